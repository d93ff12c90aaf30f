package io.warta.text.glossary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Finds glossary terms in a list of lower-cased words (whatever tokenizer made them, as long as the terms were
 * split by the same one): a hashed lookup of the word n-grams starting at each word, extended only while they are
 * a prefix of some term, so each word costs at most the longest term's length in characters whatever the text
 * (no regular expression over user text). Terms match whole words only; with clitics on, a term's last word may
 * carry an Indonesian clitic (KPK-nya, Korea Utaranya, Jakartapun: see {@link Glossary#CLITICS}).
 *
 * @param <T> what a term stands for (a glossary entry, a placeholder)
 */
public final class TermIndex<T> {

    /** A term found at words [start, end), with the clitic its last word carried ("" when none). */
    public record Match<T>(int start, int end, T term, String clitic) {
    }

    /** A stem shorter than this never takes an attached clitic: "mu" in "ilmu" is no clitic of "il". */
    private static final int MIN_ATTACHED_STEM = 3;

    private final Map<String, T> terms = new HashMap<>();
    private final Set<String> prefixes = new HashSet<>();
    private final boolean clitics;
    private int maxWords;
    private int maxWordLength;

    private TermIndex(boolean clitics) {
        this.clitics = clitics;
    }

    /** An index of {@code terms}, each split into lower-cased words by {@code words}; the first of equal terms wins. */
    public static <T> TermIndex<T> of(Iterable<T> terms, Function<T, List<String>> words, boolean clitics) {
        TermIndex<T> index = new TermIndex<>(clitics);
        for (T term : terms) {
            index.add(words.apply(term), term);
        }
        return index;
    }

    private void add(List<String> words, T term) {
        if (words.isEmpty()) {
            return;
        }
        StringBuilder key = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            if (i > 0) {
                prefixes.add(key.toString());
                key.append(' ');
            }
            key.append(words.get(i));
            maxWordLength = Math.max(maxWordLength, words.get(i).length());
        }
        terms.putIfAbsent(key.toString(), term);
        maxWords = Math.max(maxWords, words.size());
    }

    public boolean isEmpty() {
        return terms.isEmpty();
    }

    /** The terms in {@code words}, left to right, the longest at each place, never overlapping. */
    public List<Match<T>> find(List<String> words) {
        List<Match<T>> found = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            Match<T> match = longestAt(words, i);
            if (match == null) {
                i++;
            } else {
                found.add(match);
                i = match.end();
            }
        }
        return found;
    }

    /** Every term that occurs in {@code words} as it is (no clitic), also inside or across other terms. */
    public Set<T> present(List<String> words) {
        Set<T> present = new LinkedHashSet<>();
        for (int i = 0; i < words.size(); i++) {
            StringBuilder key = new StringBuilder();
            for (int len = 1; len <= maxWords && i + len <= words.size(); len++) {
                String word = words.get(i + len - 1);
                if (word.length() > maxWordLength) {
                    break;
                }
                if (len > 1) {
                    key.append(' ');
                }
                String k = key.append(word).toString();
                T term = terms.get(k);
                if (term != null) {
                    present.add(term);
                }
                if (!prefixes.contains(k)) {
                    break;
                }
            }
        }
        return present;
    }

    private Match<T> longestAt(List<String> words, int i) {
        Match<T> best = null;
        StringBuilder key = new StringBuilder();
        for (int len = 1; len <= maxWords && i + len <= words.size(); len++) {
            String word = words.get(i + len - 1);
            if (word.length() > maxWordLength + Glossary.LONGEST_CLITIC + 1) {
                break; // neither a term's word nor one with a clitic: costs nothing however long
            }
            int before = key.length();
            if (len > 1) {
                key.append(' ');
            }
            String k = key.append(word).toString();
            T exact = terms.get(k);
            if (exact != null) {
                best = new Match<>(i, i + len, exact, "");
            } else if (clitics) {
                String clitic = cliticOf(word);
                if (clitic != null) {
                    String stem = word.substring(0, word.length() - clitic.length());
                    stem = stem.endsWith("-") ? stem.substring(0, stem.length() - 1) : stem;
                    T withClitic = terms.get(key.substring(0, before) + (len > 1 ? " " : "") + stem);
                    if (withClitic != null && (word.charAt(stem.length()) == '-' || stem.length() >= MIN_ATTACHED_STEM)) {
                        best = new Match<>(i, i + len, withClitic, clitic);
                    }
                }
            }
            if (!prefixes.contains(k)) {
                break;
            }
        }
        return best;
    }

    /** The clitic a word ends with (after a hyphen or attached), or null. */
    private static String cliticOf(String word) {
        for (String clitic : Glossary.CLITICS) {
            if (word.length() > clitic.length() + 1 && word.endsWith(clitic)) {
                return clitic;
            }
        }
        return null;
    }
}
