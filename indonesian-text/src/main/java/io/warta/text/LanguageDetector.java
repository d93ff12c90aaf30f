package io.warta.text;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Tells Indonesian from English and from other languages, from cheap statistics: the writing
 * system of the letters, and for Latin script the share of words that are frequent function
 * words of each language (plus Indonesian affixes such as me-, ber-, -nya, -kan). Good on a
 * sentence or more; on a few words it answers with a low confidence rather than a guess.
 * Deterministic, no resources to load.
 */
public final class LanguageDetector {

    public static final String INDONESIAN = "id";
    public static final String ENGLISH = "en";
    public static final String MALAY = "ms";
    /** Undetermined: no letters, or a Latin-script language this detector does not know. */
    public static final String UNDETERMINED = "und";

    /** Confidence from which {@link Detection#isClearlyNot} rejects. */
    public static final double CLEAR_CONFIDENCE = 0.5;

    /**
     * @param language   an ISO 639-1 code ({@code id}, {@code en}, {@code ms}, {@code jv}, {@code zh}, …) or {@code und}
     * @param confidence 0 (a guess) to 1 (certain)
     */
    public record Detection(String language, double confidence) {

        public boolean is(String code) {
            return language.equals(code);
        }

        /**
         * True when the text is confidently in another language than {@code code}. Malay does not
         * count as clearly not Indonesian: the two are mutually intelligible and share most words.
         */
        public boolean isClearlyNot(String code) {
            if (language.equals(code) || confidence < CLEAR_CONFIDENCE) {
                return false;
            }
            return !(code.equals(INDONESIAN) && language.equals(MALAY) || code.equals(MALAY) && language.equals(INDONESIAN));
        }
    }

    private static final Map<String, Set<String>> FUNCTION_WORDS = LatinFunctionWords.BY_LANGUAGE;

    /** Characters read of a long text: its start, middle and end, so detection costs the same for any length. */
    static final int SAMPLE_CHARS = 9_000;

    /** Words Malay writes differently from Indonesian, and the Indonesian forms. */
    private static final Set<String> MALAY_MARKERS = words("kerana bahawa iaitu mahupun sahaja selepas kerajaan semasa "
            + "manakala wang berkata pelbagai beliau telefon");
    private static final Set<String> INDONESIAN_MARKERS = words("karena bahwa yaitu maupun saja setelah pemerintah uang "
            + "mengatakan berbagai telepon enggak nggak tapi");

    private enum Script { LATIN, HAN, KANA, HANGUL, CYRILLIC, ARABIC, THAI, DEVANAGARI, GREEK, HEBREW, OTHER }

    private static final Map<Script, String> SCRIPT_LANGUAGE = new EnumMap<>(Map.of(
            Script.HAN, "zh", Script.KANA, "ja", Script.HANGUL, "ko", Script.CYRILLIC, "ru", Script.ARABIC, "ar",
            Script.THAI, "th", Script.DEVANAGARI, "hi", Script.GREEK, "el", Script.HEBREW, "he"));

    private LanguageDetector() {
    }

    /** Whether a lower-case word is one of the frequent Indonesian function words this detector counts. */
    public static boolean isIndonesianFunctionWord(String lowerCaseWord) {
        return LatinFunctionWords.BY_LANGUAGE.get(INDONESIAN).contains(lowerCaseWord);
    }

    public static Detection detect(String fullText) {
        if (fullText == null || fullText.isBlank()) {
            return new Detection(UNDETERMINED, 0);
        }
        String text = sample(fullText);
        Map<Script, Integer> scripts = new EnumMap<>(Script.class);
        int letters = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetter(cp)) {
                scripts.merge(script(cp), 1, Integer::sum);
                letters++;
            }
        }
        if (letters == 0) {
            return new Detection(UNDETERMINED, 0);
        }
        Script dominant = Script.LATIN;
        int dominantCount = -1;
        for (Map.Entry<Script, Integer> e : scripts.entrySet()) {
            if (e.getValue() > dominantCount) {
                dominant = e.getKey();
                dominantCount = e.getValue();
            }
        }
        if (dominant == Script.HAN && scripts.getOrDefault(Script.KANA, 0) > 0) {
            dominant = Script.KANA; // Japanese mixes kanji with kana
            dominantCount += scripts.get(Script.KANA);
        }
        if (dominant != Script.LATIN) {
            return new Detection(SCRIPT_LANGUAGE.getOrDefault(dominant, UNDETERMINED),
                    round(Math.min(1.0, (double) dominantCount / letters) * Math.min(1.0, letters / 4.0)));
        }
        return detectLatin(text);
    }

    private static Detection detectLatin(String text) {
        List<String> tokens = tokens(text);
        if (tokens.isEmpty()) {
            return new Detection(UNDETERMINED, 0);
        }
        Map<String, Double> hits = new HashMap<>();
        int malay = 0;
        int indonesian = 0;
        for (String t : tokens) {
            for (Map.Entry<String, Set<String>> e : FUNCTION_WORDS.entrySet()) {
                if (e.getValue().contains(t)) {
                    hits.merge(e.getKey(), 1.0, Double::sum);
                }
            }
            if (!FUNCTION_WORDS.get(INDONESIAN).contains(t) && hasIndonesianAffix(t)) {
                hits.merge(INDONESIAN, 0.5, Double::sum);
            }
            malay += MALAY_MARKERS.contains(t) ? 1 : 0;
            indonesian += INDONESIAN_MARKERS.contains(t) ? 1 : 0;
        }
        String best = UNDETERMINED;
        double bestHits = 0;
        double secondHits = 0;
        for (String language : FUNCTION_WORDS.keySet()) { // fixed order: ties are deterministic
            double h = hits.getOrDefault(language, 0.0);
            if (h > bestHits) {
                secondHits = bestHits;
                bestHits = h;
                best = language;
            } else if (h > secondHits) {
                secondHits = h;
            }
        }
        double lengthFactor = Math.min(1.0, tokens.size() / 8.0);
        if (best.equals(UNDETERMINED)) {
            // Latin letters but none of the words we know: a headline of names and nouns, or a language
            // we do not know. Only a long text without a single known word is clearly something else.
            return new Detection(UNDETERMINED, round(tokens.size() >= 15 ? 0.8 : 0.3 * lengthFactor));
        }
        // How far ahead of its rival, relative to the text's length (some words are shared: "di", "de"). For Indonesian
        // the rival is the runner-up; for any other language it is Indonesian, since what matters is whether the text
        // is Indonesian: French with a few Dutch-looking words is still clearly not Indonesian.
        double rivalHits = best.equals(INDONESIAN) ? secondHits : hits.getOrDefault(INDONESIAN, 0.0);
        double margin = Math.min(1.0, (bestHits - rivalHits) / Math.max(1.0, 0.15 * tokens.size()));
        double coverage = Math.min(1.0, bestHits / tokens.size() / 0.2);
        double confidence = margin * coverage * lengthFactor;
        if (best.equals(INDONESIAN) && malay >= 2 && malay > 2 * indonesian) {
            return new Detection(MALAY, round(confidence * malay / (malay + indonesian)));
        }
        return new Detection(best, round(confidence));
    }

    /** The whole text when short; else its start, middle and end, each {@link #SAMPLE_CHARS} / 3, cut at spaces. */
    static String sample(String text) {
        if (text.length() <= SAMPLE_CHARS) {
            return text;
        }
        int part = SAMPLE_CHARS / 3;
        int middle = text.length() / 2 - part / 2;
        return window(text, 0, part) + " " + window(text, middle, middle + part) + " "
                + window(text, text.length() - part, text.length());
    }

    /** text[from, to) shrunk to whole words (at most one partial word dropped at each end), surrogates kept whole. */
    private static String window(String text, int from, int to) {
        int start = from;
        if (start > 0) {
            int space = text.indexOf(' ', start);
            start = space >= 0 && space < to ? space + 1 : start;
        }
        int end = to;
        if (end < text.length()) {
            int space = text.lastIndexOf(' ', end);
            end = space > start ? space : end;
        }
        if (start > 0 && Character.isLowSurrogate(text.charAt(start))) {
            start++;
        }
        if (end < text.length() && end > start && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    /** Indonesian verbal and nominal affixes (di-tunda, ber-encana, ter-genang, men-urun, -nya, -kan). */
    private static boolean hasIndonesianAffix(String t) {
        if (t.length() < 6) {
            return false;
        }
        return t.startsWith("di") || t.startsWith("ber") || t.startsWith("ter") || t.startsWith("mem")
                || t.startsWith("men") || t.startsWith("meng") || t.startsWith("meny") || t.startsWith("pen")
                || t.startsWith("pem") || t.startsWith("per") || t.endsWith("nya") || t.endsWith("kan");
    }

    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c) || (c == '\'' && !current.isEmpty())) {
                current.append(c);
            } else if (!current.isEmpty()) {
                tokens.add(LowerCase.of(current.toString()));
                current.setLength(0);
            }
        }
        if (!current.isEmpty()) {
            tokens.add(LowerCase.of(current.toString()));
        }
        return tokens;
    }

    private static Script script(int cp) {
        Character.UnicodeScript s = Character.UnicodeScript.of(cp);
        return switch (s) {
            case LATIN -> Script.LATIN;
            case HAN -> Script.HAN;
            case HIRAGANA, KATAKANA -> Script.KANA;
            case HANGUL -> Script.HANGUL;
            case CYRILLIC -> Script.CYRILLIC;
            case ARABIC -> Script.ARABIC;
            case THAI -> Script.THAI;
            case DEVANAGARI -> Script.DEVANAGARI;
            case GREEK -> Script.GREEK;
            case HEBREW -> Script.HEBREW;
            default -> Script.OTHER;
        };
    }

    private static Set<String> words(String spaceSeparated) {
        return Set.copyOf(new java.util.HashSet<>(List.of(spaceSeparated.strip().split("\\s+"))));
    }

    private static double round(double x) {
        return Math.round(x * 1000) / 1000.0;
    }
}
