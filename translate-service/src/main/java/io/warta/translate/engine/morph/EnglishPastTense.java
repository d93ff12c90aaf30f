package io.warta.translate.engine.morph;

import java.util.Set;
import java.util.function.Predicate;

/**
 * Indonesian verbs carry no tense, and news reports what happened, but the phrase table's most frequent English for a
 * verb is often the bare form ("Putin call Kim"). This gives an option's past-tense reading (its first bare verb put
 * in the past) so that the decoder can weigh both with the language model. Auxiliaries and modals are left alone:
 * "will" and "can" are right as often as not.
 */
public final class EnglishPastTense {

    /** Function words and auxiliaries: never read as a bare verb. */
    private static final Set<String> NOT_BARE_VERBS = Set.of("the", "a", "an", "of", "to", "in", "on", "at", "and", "or",
            "but", "for", "with", "as", "by", "from", "this", "that", "these", "those", "it", "he", "she", "they", "we", "i",
            "you", "his", "her", "their", "its", "our", "my", "not", "no", "be", "is", "are", "am", "was", "were", "been",
            "being", "have", "has", "had", "do", "does", "did", "can", "could", "will", "would", "shall", "should", "may",
            "might", "must", "also", "only", "still", "very", "more", "most", "then", "there", "here", "up", "out", "off",
            "down", "over", "all", "some", "any", "each", "one", "new", "old", "good", "bad", "high", "low", "big", "small",
            "long", "last", "next", "first", "well", "so", "if", "when", "who", "which", "what");

    private EnglishPastTense() {
    }

    /**
     * The words with their first bare verb in the past tense, or null: a word counts as a bare verb when it has no
     * inflection of its own and its past is a word the language model knows ({@code known}), so "call" gives "called"
     * but "country" gives nothing; only the first word is tried, where Indonesian puts the verb of a phrase.
     */
    public static String[] pastVariant(String[] words, Predicate<String> known) {
        if (words.length == 0) {
            return null;
        }
        String w = words[0];
        if (NOT_BARE_VERBS.contains(w) || w.length() < 3 || !Character.isLowerCase(w.charAt(0)) || w.endsWith("ed")
                || w.endsWith("ing") || w.endsWith("s")) {
            return null;
        }
        String past = EnglishInflection.past(w);
        if (past.equals(w) || !known.test(past)) {
            return null;
        }
        String[] out = words.clone();
        out[0] = past;
        return out;
    }
}
