package io.warta.translate.engine.morph;

import java.util.Set;
import java.util.function.Predicate;

/**
 * Other English readings of a phrase that starts with a bare verb, for the decoder to weigh with the language model.
 * Indonesian verbs carry no tense, and news reports what happened, but the phrase table's most frequent English for a
 * verb is often the bare form ("Putin call Kim"): the past reading gives "called". After sebelum, setelah or tanpa,
 * English wants the gerund (sebelum bertemu: "before meeting", not "before meet"). Auxiliaries and modals are left
 * alone: "will" and "can" are right as often as not.
 */
public final class VerbReadings {

    /** Function words and auxiliaries: never read as a bare verb. */
    private static final Set<String> NOT_BARE_VERBS = Set.of("the", "a", "an", "of", "to", "in", "on", "at", "and", "or",
            "but", "for", "with", "as", "by", "from", "this", "that", "these", "those", "it", "he", "she", "they", "we", "i",
            "you", "his", "her", "their", "its", "our", "my", "not", "no", "be", "is", "are", "am", "was", "were", "been",
            "being", "have", "has", "had", "do", "does", "did", "can", "could", "will", "would", "shall", "should", "may",
            "might", "must", "also", "only", "still", "very", "more", "most", "then", "there", "here", "up", "out", "off",
            "down", "over", "all", "some", "any", "each", "one", "new", "old", "good", "bad", "high", "low", "big", "small",
            "long", "last", "next", "first", "well", "so", "if", "when", "who", "which", "what");

    private VerbReadings() {
    }

    /**
     * The words with their first word in the past tense, or null when it is no bare verb: a word counts as one when
     * it has no inflection of its own and the inflected form is a word the language model knows ({@code known}), so
     * "call" gives "called" but "country" gives nothing; only the first word is tried, where Indonesian puts the verb
     * of a phrase.
     */
    public static String[] past(String[] words, Predicate<String> known) {
        return inflectFirst(words, known, EnglishInflection::past);
    }

    /** The words with their first word as a gerund (meet: meeting), or null when it is no bare verb. */
    public static String[] gerund(String[] words, Predicate<String> known) {
        return inflectFirst(words, known, EnglishInflection::gerund);
    }

    private static String[] inflectFirst(String[] words, Predicate<String> known, java.util.function.UnaryOperator<String> form) {
        if (words.length == 0) {
            return null;
        }
        String w = words[0];
        if (NOT_BARE_VERBS.contains(w) || w.length() < 3 || !Character.isLowerCase(w.charAt(0)) || w.endsWith("ed")
                || w.endsWith("ing") || w.endsWith("s")) {
            return null;
        }
        String inflected = form.apply(w);
        if (inflected.equals(w) || !known.test(inflected)) {
            return null;
        }
        String[] out = words.clone();
        out[0] = inflected;
        return out;
    }
}
