package io.warta.translate.engine.names;

import io.warta.text.Deadline;
import io.warta.translate.engine.ModelFiles;
import io.warta.translate.engine.lexicon.Gazetteer;
import io.warta.translate.engine.phrase.Casing;
import io.warta.translate.engine.text.Detokenizer;
import io.warta.translate.engine.text.Tokenizer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The names of a text and their English, found on the source side the way the phrase engine finds them and checked
 * against the translation, whatever engine made it: a gazetteer name (Korea Utara, Korut) counts where the translation
 * has its English (North Korea, or the adjective North Korean); a run of capitalized words that are not a sentence's or
 * headline's capitals (Kim Jong-un, Heru Bambang Ernanto) counts where the translation copies it, the longest copied tail
 * of the run (Presiden Joko Widodo: Joko Widodo) if not all of it. A name the translation does not show is not listed:
 * its English is unknown. Aliases are grouped by their English, so the gazetteer's Korut and Korea Utara are one entity.
 * One pass over each sentence's tokens; the checks against the translation search for a few words at a time.
 */
public final class NameFinder {

    /** A name run longer than this is not a name (a title-case line the headline check missed). */
    static final int MAX_RUN_TOKENS = 6;

    /**
     * Searches of the translation per sentence, at most: each is linear in the sentence's translation, so this bound
     * keeps a sentence of thousands of capitalized words (no real sentence has 64 names) linear too.
     */
    static final int MAX_SEARCHES_PER_SENTENCE = 64;

    /** Gazetteer entries that are dates, not names. */
    private static final Set<String> CALENDAR = Set.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
            "Saturday", "Sunday", "January", "February", "March", "April", "May", "June", "July", "August", "September",
            "October", "November", "December");

    /**
     * Last words of gazetteer entries that are roles or offices, not names (Presiden: President, Kapolda: Regional
     * Police Chief, Pemprov: Provincial Government): they say which office, not whose.
     */
    private static final Set<String> ROLE_HEADS = Set.of("President", "Minister", "Governor", "Secretary", "Chief",
            "Government", "Department", "Sub-Department");

    private final Gazetteer gazetteer;

    public NameFinder(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** Over the committed gazetteer. */
    public static NameFinder load(ModelFiles files) {
        try {
            return new NameFinder(Gazetteer.read(files.open("gazetteer.tsv")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A source sentence and its translation. */
    public record Pair(String source, String translation) {
    }

    /** A name: its source forms in order of first use, its English, and how often it occurs in the text. */
    public record Entity(List<String> source, String translation, int count) {

        public Entity {
            source = List.copyOf(source);
        }
    }

    /** The entities of these sentence pairs, most frequent first (then in order of first use). */
    public List<Entity> find(List<Pair> pairs) {
        Map<String, Group> groups = new LinkedHashMap<>();
        Deadline deadline = Deadline.current();
        for (Pair pair : pairs) {
            deadline.check();
            for (Found found : names(pair)) {
                groups.computeIfAbsent(found.english().toLowerCase(Locale.ROOT), k -> new Group(found.english()))
                        .add(found.source());
            }
        }
        List<Group> ordered = new ArrayList<>(groups.values());
        ordered.sort((a, b) -> Integer.compare(b.count, a.count)); // stable: ties keep the order of first use
        return ordered.stream().map(g -> new Entity(List.copyOf(g.sources), g.english, g.count)).toList();
    }

    private record Found(String source, String english) {
    }

    private static final class Group {
        final String english;
        final Set<String> sources = new LinkedHashSet<>();
        int count;

        Group(String english) {
            this.english = english;
        }

        void add(String source) {
            sources.add(source);
            count++;
        }
    }

    private List<Found> names(Pair pair) {
        List<String> tokens = Tokenizer.tokenizeIndonesian(pair.source());
        List<String> lower = Tokenizer.lower(tokens);
        boolean[] positional = Casing.capitalizedByPosition(tokens, true);
        String translation = pair.translation() == null ? "" : pair.translation();
        String translationLower = translation.toLowerCase(Locale.ROOT);
        List<Found> found = new ArrayList<>();
        int n = tokens.size();
        int searches = 0;
        int i = 0;
        while (i < n && searches < MAX_SEARCHES_PER_SENTENCE) {
            Gazetteer.Match match = gazetteer.match(tokens, lower, i);
            if (match != null && Tokenizer.isCapitalized(tokens.get(i))) {
                String english = String.join(" ", match.english());
                searches += 2;
                boolean shown = isName(english) && (containsWords(translationLower, english.toLowerCase(Locale.ROOT))
                        || match.adjective() != null && containsWords(translationLower,
                                String.join(" ", match.adjective()).toLowerCase(Locale.ROOT)));
                if (shown) {
                    found.add(new Found(Detokenizer.detokenize(tokens.subList(i, i + match.length())), english));
                }
                i += match.length();
                continue;
            }
            int end = i;
            while (end < n && end - i < MAX_RUN_TOKENS && isNameWord(tokens.get(end))
                    && (end == i || gazetteer.match(tokens, lower, end) == null)) {
                end++;
            }
            if (end == i) {
                i++;
                continue;
            }
            // A lone capital where any word has one (a sentence's first word) says nothing: a run there needs two words.
            int from = positional[i] && end - i == 1 ? end : i;
            for (int s = from; s < end && searches < MAX_SEARCHES_PER_SENTENCE; s++) {
                if (positional[s] && end - s == 1) {
                    break;
                }
                searches++;
                String name = Detokenizer.detokenize(tokens.subList(s, end));
                if (containsWords(translation, name)) {
                    found.add(new Found(name, name));
                    break;
                }
            }
            i = end;
        }
        return found;
    }

    /**
     * A gazetteer English that names something: some word capitalized (the Netherlands, Home Affairs Ministry; not
     * fuel or civil servants, which the gazetteer also holds), not a day or month, not a role or office.
     */
    private static boolean isName(String english) {
        if (CALENDAR.contains(english) || ROLE_HEADS.contains(english.substring(english.lastIndexOf(' ') + 1))) {
            return false;
        }
        for (String word : english.split(" ")) {
            if (Tokenizer.isCapitalized(word)) {
                return true;
            }
        }
        return false;
    }

    /** A capitalized word that is not a number, symbol or web address. */
    private static boolean isNameWord(String token) {
        return Tokenizer.isCapitalized(token) && Tokenizer.hasLetter(token) && !Tokenizer.isNumber(token)
                && !Tokenizer.isWebAddress(token);
    }

    /** Whether {@code words} occurs in {@code text} between word boundaries (not inside a longer word). */
    static boolean containsWords(String text, String words) {
        if (words.isEmpty()) {
            return false;
        }
        for (int at = text.indexOf(words); at >= 0; at = text.indexOf(words, at + 1)) {
            int after = at + words.length();
            boolean startOk = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
            boolean endOk = after == text.length() || !Character.isLetterOrDigit(text.charAt(after));
            if (startOk && endOk) {
                return true;
            }
        }
        return false;
    }
}
