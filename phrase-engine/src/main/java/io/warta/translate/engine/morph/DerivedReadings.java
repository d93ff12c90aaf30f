package io.warta.translate.engine.morph;

import io.warta.text.morph.Analysis;
import io.warta.text.morph.IndonesianMorphology;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * English readings of an Indonesian word the model has not seen, made from the translations of its root: for each
 * reading of the word by {@link IndonesianMorphology#analyze} whose root has translations, the root's best
 * one-word translations in the English form the affixes ask for. The mapping is general, not per word:
 * <ul>
 * <li>di-X, di-X-kan, di-X-i and ter-X (passives): the past participle (dikoordinasikan: coordinated);</li>
 * <li>peN-X-an, per-X-an, ke-X-an (nouns of an action or a state): the root's word and its -ing form
 * (pengeboman: bombing);</li>
 * <li>a reduplicated word without other affixes: the plural (negara-negara: countries);</li>
 * <li>every other affix (meN-, ber-, -kan, -i, -an, peN-): the root's word as it is;</li>
 * <li>-ku / -mu: "my" / "your" before it.</li>
 * </ul>
 * An inflected form is offered only when the English vocabulary knows it ({@code coordination} gives no
 * "coordinationed"); the root's word as it is stays as the fallback. Each reading carries the scores of the root's
 * translation it came from, so the decoder weighs it like a table entry. Bounded work: at most {@link #MAX_ROOTS}
 * roots of the word (whose readings {@link IndonesianMorphology} caps at 64 letters) and {@link #PER_ROOT}
 * translations of each.
 */
public final class DerivedReadings {

    /** Readings of at most this many distinct roots, longest root first. */
    public static final int MAX_ROOTS = Integer.getInteger("warta.derived.maxRoots", 1);
    static final boolean ACTIVE_SIBLINGS = !Boolean.getBoolean("warta.derived.noActive");
    static final boolean BASE_TOO = Boolean.getBoolean("warta.derived.baseToo");
    /** The root's best this many one-word translations. */
    public static final int PER_ROOT = 3;

    /** A translation of the root as the table gives it: English words and the table's scores. */
    public record RootTranslation(String[] words, float[] scores) {
    }

    /** A reading of the derived word: English words and the scores of the root translation it came from. */
    public record Reading(String[] words, float[] scores) {
    }

    private DerivedReadings() {
    }

    /**
     * @param word lower-case Indonesian word
     * @param translations a known Indonesian word's one-word translations, best first (null or empty: unknown);
     *     asked for roots and for active forms
     * @param englishKnown whether the English vocabulary knows a lower-case word
     * @return the readings: from the active form of a passive when the model knows it, else from the first root it
     *     knows; empty when it knows neither
     */
    public static List<Reading> readings(String word, Function<String, List<RootTranslation>> translations,
            Predicate<String> englishKnown) {
        List<Analysis> analyses = IndonesianMorphology.analyze(word);
        List<Reading> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        if (ACTIVE_SIBLINGS) {
            for (Analysis a : analyses) {
                if (!(a.prefix().equals("di") || a.prefix().equals("di+per"))) {
                    continue;
                }
                for (String active : activeForms(a)) {
                    List<RootTranslation> ts = translations.apply(active);
                    if (ts == null || ts.isEmpty()) {
                        continue;
                    }
                    int taken = 0;
                    for (RootTranslation t : ts) {
                        if (taken >= PER_ROOT) {
                            break;
                        }
                        if (t.words().length != 1) {
                            continue;
                        }
                        taken++;
                        String english = t.words()[0];
                        String participle = EnglishInflection.pastParticiple(english);
                        String[] words = withClitic(a.clitic(), englishKnown.test(participle) ? participle : english);
                        if (seen.add(String.join(" ", words))) {
                            out.add(new Reading(words, t.scores()));
                        }
                    }
                    if (!out.isEmpty()) {
                        return out;
                    }
                }
            }
        }
        int roots = 0;
        for (Analysis a : analyses) {
            if (roots >= MAX_ROOTS) {
                break;
            }
            List<RootTranslation> ts = translations.apply(a.root());
            if (ts == null || ts.isEmpty()) {
                continue;
            }
            roots++;
            int taken = 0;
            for (RootTranslation t : ts) {
                if (taken >= PER_ROOT) {
                    break;
                }
                if (t.words().length != 1) {
                    continue;
                }
                taken++;
                for (String english : forms(a, t.words()[0], englishKnown)) {
                    String[] words = withClitic(a.clitic(), english);
                    if (seen.add(String.join(" ", words))) {
                        out.add(new Reading(words, t.scores()));
                    }
                }
            }
        }
        return out;
    }

    /**
     * The active (meN-) spellings of a di- passive's reading: the nasal the root's first letter takes, with and
     * without the letter it may swallow (menulis and mentransfer), then the same suffix (dilarikan: melarikan;
     * diperparah: memperparah).
     */
    static List<String> activeForms(Analysis a) {
        String root = a.root();
        String suffix = a.suffix();
        List<String> out = new ArrayList<>(2);
        if (a.prefix().equals("di+per")) {
            out.add("memper" + root + suffix);
            return out;
        }
        char c = root.charAt(0);
        String rest = root.substring(1);
        if ("aiueo".indexOf(c) >= 0 || c == 'g' || c == 'h') {
            out.add("meng" + root);
        } else if (c == 'k') {
            out.add("meng" + rest);
            out.add("mengk" + rest);
        } else if (c == 'p') {
            out.add("mem" + rest);
            out.add("memp" + rest);
        } else if (c == 'b' || c == 'f' || c == 'v') {
            out.add("mem" + root);
        } else if (c == 't') {
            out.add("men" + rest);
            out.add("ment" + rest);
        } else if (c == 's') {
            out.add("meny" + rest);
            out.add("mens" + rest);
        } else if (c == 'c' || c == 'd' || c == 'j' || c == 'z') {
            out.add("men" + root);
        } else {
            out.add("me" + root);
        }
        out.replaceAll(f -> f + suffix);
        return out;
    }

    /** The English forms of one translation of the root that the affixes of this reading ask for. */
    static List<String> forms(Analysis a, String english, Predicate<String> englishKnown) {
        String prefix = a.prefix();
        String first = prefix.indexOf('+') < 0 ? prefix : prefix.substring(0, prefix.indexOf('+'));
        String suffix = a.suffix();
        List<String> out = new ArrayList<>(2);
        String inflected = null;
        if (a.reduplicated() && prefix.isEmpty() && suffix.isEmpty()) {
            inflected = EnglishInflection.plural(english);
        } else if (first.equals("di") || first.equals("ter") && suffix.isEmpty()) {
            inflected = EnglishInflection.pastParticiple(english);
        } else if (suffix.equals("an") && (first.equals("pe") || first.equals("per") || first.equals("ke"))) {
            inflected = EnglishInflection.gerund(english);
        }
        boolean known = inflected != null && !inflected.equals(english) && englishKnown.test(inflected);
        if (known) {
            out.add(inflected);
        }
        // A noun of an action is the root's word or its -ing form; a passive or a plural only its inflected form.
        if (!known || BASE_TOO || suffix.equals("an")) {
            out.add(english);
        }
        return out;
    }

    private static String[] withClitic(String clitic, String english) {
        return switch (clitic) {
            case "ku" -> new String[] {"my", english};
            case "mu" -> new String[] {"your", english};
            default -> new String[] {english};
        };
    }
}
