package io.warta.translate.engine.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits Indonesian and English sentences into tokens the models share. URLs, e-mail addresses,
 * numbers (1.000,5 / 12/8/2025 / 10:30 / 5%) and hyphenated words (negara-negara, COVID-19) stay
 * whole; English clitics are split the Penn way (it 's, do n't) so the training English, the
 * pre-tokenized monolingual news and the decoder all agree.
 */
public final class Tokenizer {

    private static final Pattern TOKEN = Pattern.compile(
            "https?://[^\\s\"'<>()]+[^\\s\"'<>().,;:!?]"
                    + "|www\\.[^\\s\"'<>()]+[^\\s\"'<>().,;:!?]"
                    + "|[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)+"
                    // Domain names without a scheme (Bisnis.com, kompas.co.id) stay one token.
                    + "|[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)*\\.(?:com|org|net|info|biz|gov|edu|int|news|co\\.id|go\\.id|ac\\.id|or\\.id|id|co\\.uk|uk|au|my|sg|tv|io)(?![\\p{L}\\p{N}])"
                    + "|n't|'(?:s|re|ve|ll|d|m)(?![\\p{L}])"
                    + "|(?:Rp|RP|US\\$|\\$)(?=\\p{N})"
                    + "|\\p{N}+(?:[.,:/]\\p{N}+)*%?"
                    + "|[\\p{L}\\p{M}\\p{N}]+(?:[-'][\\p{L}\\p{M}\\p{N}]+)*"
                    + "|\\.{2,}|-{2,}"
                    + "|\\S");
    private static final Pattern ENGLISH_NEG = Pattern.compile("(?i)([\\p{L}])n't\\b");
    private static final Pattern ENGLISH_CLITIC = Pattern.compile("(?i)([\\p{L}])'(s|re|ve|ll|d|m)\\b");
    private static final Pattern WEB = Pattern.compile("https?://.*|www\\..*|.*@.*\\..*|.*[\\p{L}\\p{N}]\\.[a-z]{2,}");
    private static final Pattern NUMBER = Pattern.compile("\\p{N}+(?:[.,:/]\\p{N}+)*%?");

    private Tokenizer() {
    }

    /** Common cleanup: NFC, curly quotes and apostrophes made straight, dashes unified. */
    public static String clean(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\u201C', '\u201D', '\u201E', '\u00AB', '\u00BB' -> b.append('"');
                case '\u2018', '\u2019', '\u201A', '`', '\u00B4' -> b.append('\'');
                case '\u2013', '\u2014', '\u2212' -> b.append(" - ");
                case '\u00A0', '\t' -> b.append(' ');
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    public static List<String> tokenizeIndonesian(String sentence) {
        return scan(clean(sentence));
    }

    public static List<String> tokenizeEnglish(String sentence) {
        String s = clean(sentence);
        s = ENGLISH_NEG.matcher(s).replaceAll("$1 n't");
        s = ENGLISH_CLITIC.matcher(s).replaceAll("$1 '$2");
        // "can't" -> "ca n't" after the rule above; keep the Penn convention.
        return scan(s);
    }

    /**
     * Longest stretch of text the token pattern looks at in one go. No token spans white space, so the pattern runs
     * on each run of non-space characters; a longer run (no word, number or address is this long) is cut into
     * pieces of this length first, which bounds the pattern's backtracking and recursion by the piece, not the input.
     */
    static final int MAX_RUN = 256;

    private static List<String> scan(String s) {
        List<String> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(s);
        int n = s.length();
        int i = 0;
        while (i < n) {
            while (i < n && isPatternSpace(s.charAt(i))) {
                i++;
            }
            int runEnd = i;
            while (runEnd < n && !isPatternSpace(s.charAt(runEnd))) {
                runEnd++;
            }
            for (int start = i; start < runEnd; ) {
                int end = Math.min(runEnd, start + MAX_RUN);
                if (end < runEnd && Character.isHighSurrogate(s.charAt(end - 1))) {
                    end--; // never between the halves of a surrogate pair
                }
                m.region(start, end);
                while (m.find()) {
                    out.add(m.group());
                }
                start = end;
            }
            i = runEnd;
        }
        return out;
    }

    /** What {@code \s} matches in {@link #TOKEN}: ASCII white space. */
    private static boolean isPatternSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** A URL, e-mail address or domain name: copied as is, never translated. */
    public static boolean isWebAddress(String token) {
        return token.length() > 3 && token.indexOf('.') > 0 && WEB.matcher(token).matches();
    }

    public static boolean isNumber(String token) {
        return NUMBER.matcher(token).matches();
    }

    /** True if the token has a letter and its first letter is upper case. */
    public static boolean isCapitalized(String token) {
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (Character.isLetter(c)) {
                return Character.isUpperCase(c);
            }
        }
        return false;
    }

    public static boolean hasLetter(String token) {
        for (int i = 0; i < token.length(); i++) {
            if (Character.isLetter(token.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    public static String lower(String token) {
        return token.toLowerCase(Locale.ROOT);
    }

    public static List<String> lower(List<String> tokens) {
        List<String> out = new ArrayList<>(tokens.size());
        for (String t : tokens) {
            out.add(lower(t));
        }
        return out;
    }

    /**
     * Indonesian number notation to English: 1.000.000 -> 1,000,000 and 2,5 -> 2.5. Dates (12/8/2025),
     * times (10.30 is ambiguous and left alone) and plain integers are unchanged.
     */
    public static String englishNumber(String token) {
        if (token.matches("\\d{1,3}(\\.\\d{3})+(,\\d+)?%?")) {
            return token.replace(".", "\u0000").replace(",", ".").replace("\u0000", ",");
        }
        if (token.matches("\\d+,\\d+%?")) {
            return token.replace(',', '.');
        }
        return token;
    }

    private static final java.util.regex.Pattern DAY_MONTH = java.util.regex.Pattern.compile("(\\d{1,2})/(\\d{1,2})(/\\d{2,4})?");

    /**
     * An Indonesian day/month date (13/12, 12/8/2025) written month first, as English-language news in Indonesia
     * prints it after a weekday: Kamis (13/12) -> Thursday (12/13). Anything that is not a valid day/month stays.
     */
    public static String monthFirstDate(String token) {
        java.util.regex.Matcher m = DAY_MONTH.matcher(token);
        if (!m.matches()) {
            return token;
        }
        int day = Integer.parseInt(m.group(1));
        int month = Integer.parseInt(m.group(2));
        if (day < 1 || day > 31 || month < 1 || month > 12) {
            return token;
        }
        return m.group(2) + "/" + m.group(1) + (m.group(3) == null ? "" : m.group(3));
    }
}
