package io.warta.translate.engine.morph;

import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Indonesian verbs carry no tense, and news reports what happened, but the phrase table's most frequent English for a
 * verb is often the bare form ("Putin call Kim"). This gives an option's past-tense reading (its first bare verb put
 * in the past) so that the decoder can weigh both with the language model. Auxiliaries and modals are left alone:
 * "will" and "can" are right as often as not.
 */
public final class EnglishPastTense {

    /** Irregular verbs whose past differs from the past participle {@link EnglishInflection} gives. */
    private static final Map<String, String> IRREGULAR_PAST = Map.ofEntries(
            Map.entry("begin", "began"), Map.entry("break", "broke"), Map.entry("choose", "chose"), Map.entry("come", "came"),
            Map.entry("draw", "drew"), Map.entry("drive", "drove"), Map.entry("eat", "ate"), Map.entry("fall", "fell"),
            Map.entry("forget", "forgot"), Map.entry("give", "gave"), Map.entry("go", "went"), Map.entry("grow", "grew"),
            Map.entry("hide", "hid"), Map.entry("know", "knew"), Map.entry("ride", "rode"), Map.entry("run", "ran"),
            Map.entry("see", "saw"), Map.entry("show", "showed"), Map.entry("sing", "sang"), Map.entry("speak", "spoke"),
            Map.entry("steal", "stole"), Map.entry("take", "took"), Map.entry("throw", "threw"), Map.entry("write", "wrote"),
            Map.entry("rise", "rose"), Map.entry("become", "became"), Map.entry("wear", "wore"), Map.entry("fly", "flew"));

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
        String past = IRREGULAR_PAST.getOrDefault(w, EnglishInflection.pastParticiple(w));
        if (past.equals(w) || !known.test(past)) {
            return null;
        }
        String[] out = words.clone();
        out[0] = past;
        return out;
    }
}
