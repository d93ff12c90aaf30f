package io.warta.translate.engine.names;

import io.warta.text.Deadline;
import io.warta.text.glossary.TermIndex;
import io.warta.translate.engine.ModelFiles;
import io.warta.translate.engine.lexicon.Gazetteer;
import io.warta.translate.engine.phrase.Casing;
import io.warta.translate.engine.text.Detokenizer;
import io.warta.translate.engine.text.Tokenizer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One article's copied names made consistent: the engine's copy of a name (a run of capitalized words that is not a
 * gazetteer entry) competes with the phrase table's readings, so <i>Jakarta</i> can be copied in one sentence and
 * come out as "Here" in the next. Given the article's sentences and their translations, this says which sentences to
 * translate again with which names fixed as themselves: a name that occurs in two sentences or more, copied in as
 * many of them as it vanished from, is pinned (source = target) in the sentences it vanished from. A sentence where
 * the name shows adapted (Burma as Burmese, Asia as Asian, Nyonya Tymoshenko as Madam Tymoshenko) keeps it. Only
 * whole runs count, and a sentence is pinned only where every mention of the name in it is such a run (never
 * <i>Agung</i> inside <i>Mahkamah Agung</i>). A gazetteer name needs none of this: its English is fixed already.
 * One pass over each sentence's tokens; at most {@link #MAX_NAMES} names are pinned in an article (a constant of
 * the engine's code, so inside its digest: a setting would change translations without changing their version).
 */
public final class ArticleNames {

    /** Runs read per sentence, at most: bounds the work of a sentence of thousands of capitalized words. */
    static final int MAX_RUNS_PER_SENTENCE = 64;

    /** A stem shorter than this never counts as a derived form (Asi- of Asian is the shortest that does). */
    private static final int MIN_DERIVED_STEM = 3;

    /** Names pinned in one article, at most: bounds the extra translations an article can cause. */
    public static final int MAX_NAMES = 32;

    private final Gazetteer gazetteer;
    private final int maxNames;

    public ArticleNames(Gazetteer gazetteer) {
        this(gazetteer, MAX_NAMES);
    }

    /** With another cap (tests). */
    ArticleNames(Gazetteer gazetteer, int maxNames) {
        this.gazetteer = gazetteer;
        this.maxNames = maxNames;
    }

    /** Over the committed gazetteer. */
    public static ArticleNames load(ModelFiles files) {
        try {
            return new ArticleNames(Gazetteer.read(files.open("gazetteer.tsv")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How a name's mention shows in its sentence's translation. */
    enum Shown { COPIED, ADAPTED, VANISHED }

    /** A mention of a name: its sentence and how the translation shows it. */
    private record Mention(int sentence, Shown shown) {
    }

    /** Words [start, end) of a sentence as one key. */
    private static long span(int start, int end) {
        return ((long) start << 32) | end;
    }

    /**
     * For each pair, in order, the names to fix as themselves when the sentence is translated again; an empty list
     * for a sentence to keep. Checks the current deadline between sentences.
     */
    public List<List<String>> pins(List<NameFinder.Pair> pairs) {
        Deadline deadline = Deadline.current();
        Map<String, List<Mention>> byName = new LinkedHashMap<>();
        List<List<String>> lowerTokens = new ArrayList<>(pairs.size());
        List<Set<Long>> runs = new ArrayList<>(pairs.size());
        for (int s = 0; s < pairs.size(); s++) {
            deadline.check();
            Set<Long> spans = new HashSet<>();
            lowerTokens.add(mentions(s, pairs.get(s), byName, spans));
            runs.add(spans);
        }
        List<List<String>> pins = new ArrayList<>(pairs.size());
        for (int s = 0; s < pairs.size(); s++) {
            pins.add(new ArrayList<>());
        }
        int pinned = 0;
        for (Map.Entry<String, List<Mention>> entry : byName.entrySet()) {
            if (pinned >= maxNames) {
                break;
            }
            List<Mention> mentions = entry.getValue();
            int copied = 0;
            int vanished = 0;
            int firstSentence = mentions.get(0).sentence();
            boolean inTwoSentences = false;
            for (Mention m : mentions) {
                copied += m.shown() == Shown.COPIED ? 1 : 0;
                vanished += m.shown() == Shown.VANISHED ? 1 : 0;
                inTwoSentences |= m.sentence() != firstSentence;
            }
            // The majority decides; on a tie the copy, which is never a wrong word for a name.
            if (!inTwoSentences || copied == 0 || vanished == 0 || copied < vanished) {
                continue;
            }
            pinned++;
            for (Mention m : mentions) {
                if (m.shown() == Shown.VANISHED && !pins.get(m.sentence()).contains(entry.getKey())) {
                    pins.get(m.sentence()).add(entry.getKey());
                }
            }
        }
        // A name is fixed wherever its words occur in the sentence: only where each of those is a whole run.
        for (int s = 0; s < pairs.size(); s++) {
            List<String> names = pins.get(s);
            if (!names.isEmpty()) {
                names.retainAll(onlyAsWholeRuns(names, lowerTokens.get(s), runs.get(s)));
            }
        }
        return pins;
    }

    /** Records the sentence's runs under their names; returns its lower-cased tokens. */
    private List<String> mentions(int sentence, NameFinder.Pair pair, Map<String, List<Mention>> byName,
            Set<Long> spans) {
        List<String> tokens = Tokenizer.tokenizeIndonesian(pair.source());
        List<String> lower = Tokenizer.lower(tokens);
        boolean[] positional = Casing.capitalizedByPosition(tokens, true);
        String translation = pair.translation() == null ? "" : pair.translation();
        int n = tokens.size();
        int runs = 0;
        int i = 0;
        while (i < n && runs < MAX_RUNS_PER_SENTENCE) {
            Gazetteer.Match match = gazetteer.match(tokens, lower, i);
            if (match != null) {
                i += match.length();
                continue;
            }
            int end = i;
            while (end < n && isNameWord(tokens.get(end))
                    && (end == i || !positional[end] && gazetteer.match(tokens, lower, end) == null)) {
                end++;
            }
            if (end == i) {
                i++;
                continue;
            }
            // A lone capital where any word has one says nothing; a longer run is a name whatever its first word.
            // A run longer than a name can be is a title-case line the headline check missed.
            if (!(positional[i] && end - i == 1) && end - i <= NameFinder.MAX_RUN_TOKENS) {
                runs++;
                String words = Detokenizer.detokenize(tokens.subList(i, end));
                byName.computeIfAbsent(words, k -> new ArrayList<>())
                        .add(new Mention(sentence, shown(tokens.subList(i, end), translation)));
                spans.add(span(i, end));
            }
            i = end;
        }
        return lower;
    }

    /**
     * Copied whole; adapted where the engine kept the name but not as written: a derived form of a one-word name
     * (Burmese), or the run's last words with its first translated (Nyonya Tymoshenko as Madam Tymoshenko);
     * vanished otherwise (Jakarta as "Here", Kuningan as "Yellow").
     */
    private static Shown shown(List<String> run, String translation) {
        String name = Detokenizer.detokenize(run);
        if (NameFinder.containsWords(translation, name)) {
            return Shown.COPIED;
        }
        if (run.size() == 1) {
            return hasDerivedForm(translation, name) ? Shown.ADAPTED : Shown.VANISHED;
        }
        for (int from = 1; from < run.size(); from++) {
            if (NameFinder.containsWords(translation, Detokenizer.detokenize(run.subList(from, run.size())))) {
                return Shown.ADAPTED;
            }
        }
        return Shown.VANISHED;
    }

    /** Whether the translation has a capitalized word that starts like the name less its last letter (Burm-ese). */
    private static boolean hasDerivedForm(String translation, String name) {
        String stem = name.substring(0, name.length() - 1);
        if (stem.length() < MIN_DERIVED_STEM) {
            return false;
        }
        for (int at = translation.indexOf(stem); at >= 0; at = translation.indexOf(stem, at + 1)) {
            if (at == 0 || !Character.isLetterOrDigit(translation.charAt(at - 1))) {
                return true;
            }
        }
        return false;
    }

    /** The names whose every occurrence in the sentence (any case, as the glossary matches) is one of its runs. */
    private static List<String> onlyAsWholeRuns(List<String> names, List<String> lower, Set<Long> runs) {
        TermIndex<String> index = TermIndex.of(names, name -> Tokenizer.lower(Tokenizer.tokenizeIndonesian(name)), true);
        List<String> unsafe = new ArrayList<>();
        for (TermIndex.Match<String> match : index.find(lower)) {
            if (!runs.contains(span(match.start(), match.end()))) {
                unsafe.add(match.term());
            }
        }
        List<String> safe = new ArrayList<>(names);
        safe.removeAll(unsafe);
        return safe;
    }

    /** A capitalized word that is not a number, symbol or web address. */
    private static boolean isNameWord(String token) {
        return Tokenizer.isCapitalized(token) && Tokenizer.hasLetter(token) && !Tokenizer.isNumber(token)
                && !Tokenizer.isWebAddress(token);
    }
}
