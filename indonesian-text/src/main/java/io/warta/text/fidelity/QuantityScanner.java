package io.warta.text.fidelity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Finds the numbers, amounts, dates and times of one sentence in one language. Two linear passes and no regular
 * expression: the text is cut into tokens (digit runs with their inner separators, letter runs, single other
 * characters), then each token is read with a look at its neighbours. Work is bounded by the text's length.
 */
final class QuantityScanner {

    private static final int NUMBER = 0;
    private static final int WORD = 1;
    private static final int OTHER = 2;
    /** Longer digit runs are compared as written, not parsed (a hostile 10,000-digit number costs nothing). */
    private static final int MAX_PARSED_LENGTH = 30;
    private static final long MAX_SPELLED = 1_000_000_000_000_000L;

    private final String text;
    private final NumberLanguage language;
    private final int maxQuantities;
    private final List<int[]> tokens = new ArrayList<>(); // {kind, start, end, whitespace before (0/1)}
    private final List<Quantity> found = new ArrayList<>();

    private QuantityScanner(String text, NumberLanguage language, int maxQuantities) {
        this.text = text;
        this.language = language;
        this.maxQuantities = maxQuantities;
    }

    /** The quantities of {@code text}, or {@code null} when it has more than {@code maxQuantities}. */
    static List<Quantity> scan(String text, NumberLanguage language, int maxQuantities) {
        QuantityScanner scanner = new QuantityScanner(text, language, maxQuantities);
        scanner.tokenize();
        return scanner.read() ? scanner.found : null;
    }

    private void tokenize() {
        int i = 0;
        boolean space = false;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) { // no-break spaces too
                space = true;
                i++;
                continue;
            }
            int start = i;
            int kind;
            if (isDigit(c)) {
                kind = NUMBER;
                i++;
                while (i < text.length()) {
                    char d = text.charAt(i);
                    if (isDigit(d) || (isSeparator(d) && i + 1 < text.length() && isDigit(text.charAt(i + 1)))) {
                        i++;
                    } else {
                        break;
                    }
                }
            } else if (Character.isLetter(c)) {
                kind = WORD;
                while (i < text.length() && Character.isLetter(text.charAt(i))) {
                    i++;
                }
            } else {
                kind = OTHER;
                i++;
            }
            tokens.add(new int[] {kind, start, i, space ? 1 : 0});
            space = false;
        }
    }

    private boolean read() {
        int j = 0;
        while (j < tokens.size()) {
            int kind = tokens.get(j)[0];
            if (kind == NUMBER) {
                j = readNumber(j);
            } else if (kind == WORD && isNumberWord(word(j))) {
                j = readSpelled(j);
            } else {
                j++;
            }
            if (found.size() > maxQuantities) {
                return false;
            }
        }
        return true;
    }

    /** Digits with their separators, and the words right after them that change what they mean. */
    private int readNumber(int j) {
        int[] token = tokens.get(j);
        String raw = text.substring(token[1], token[2]);
        int next = j + 1;
        if (raw.length() > MAX_PARSED_LENGTH) {
            add(List.of("x:" + digitsOf(raw)));
            return next;
        }
        if (raw.indexOf('/') >= 0) {
            readSlashed(raw);
            return next;
        }
        // An ordinal suffix written onto the digits ("12th") says nothing about the value.
        if (next < tokens.size() && tokens.get(next)[3] == 0 && isOrdinalSuffix(word(next))) {
            next++;
        }
        Integer power = magnitudeAt(next, token[1]);
        if (power != null) {
            next++;
        }
        int hour = -1;
        int minute = -1;
        int colon = raw.indexOf(':');
        int dot = raw.indexOf('.');
        int clockSeparator = colon >= 0 ? colon : dot;
        if (clockSeparator > 0 && clockSeparator <= 2 && raw.length() == clockSeparator + 3
                && (colon < 0 || dot < 0) && raw.indexOf(',') < 0) {
            hour = Integer.parseInt(raw.substring(0, clockSeparator));
            minute = Integer.parseInt(raw.substring(clockSeparator + 1));
            if (hour > 24 || minute > 59) {
                hour = -1;
            }
        } else if (isPlainInteger(raw) && raw.length() <= 2) {
            hour = Integer.parseInt(raw);
            minute = 0;
        }
        // A time marker ("07.56 WIB", "1 p.m.") or "pukul" before it makes a time of day.
        boolean clock = colon >= 0 && hour >= 0;
        String marker = power == null ? timeMarkerAt(next) : null;
        if (marker != null && hour >= 0 && hour <= 24) {
            next = skipTimeMarker(next);
            add(List.of(timeKey(adjustHour(hour, marker), minute)));
            return next;
        }
        if (clock) {
            add(List.of(timeKey(hour, minute)));
            return next;
        }
        if (colon >= 0) {
            readParts(raw);
            return next;
        }
        List<String> keys = valueKeys(raw, power == null ? 0 : power);
        if (keys == null) {
            readParts(raw);
            return next;
        }
        if (power == null && hour >= 0 && (dot > 0 || isPukulBefore(j))) {
            // "13.00" may be a time even without a marker; after "pukul" it is one first of all.
            keys.add(isPukulBefore(j) ? 0 : keys.size(), timeKey(hour, minute));
        }
        if (power == null) {
            Integer shared = rangeMagnitude(next);
            if (shared != null) {
                keys.addAll(valueKeys(raw, shared)); // "Rp 50-100 juta": the 50 is millions too
            }
        }
        if (power == null && isPlainInteger(raw)) {
            int day = Integer.parseInt(raw.length() > 2 ? "99" : raw);
            Integer month = monthBeside(j, next);
            if (month != null && day >= 1 && day <= 31) {
                keys.add("dm:" + day + "/" + month);
            }
        }
        add(keys);
        return next;
    }

    /** "12/8/2025" and "(12/8)" are dates (the English side may be month-first); "8/2007" is two numbers. */
    private void readSlashed(String raw) {
        String[] parts = raw.split("/", -1);
        boolean digitsOnly = true;
        for (String part : parts) {
            digitsOnly &= isPlainInteger(part);
        }
        if (digitsOnly && (parts.length == 2 || parts.length == 3) && parts[0].length() <= 2 && parts[1].length() <= 2
                && (parts.length == 2 || parts[2].length() == 2 || parts[2].length() == 4)) {
            int first = Integer.parseInt(parts[0]);
            int second = Integer.parseInt(parts[1]);
            List<String> keys = new ArrayList<>(2);
            if (isDayMonth(first, second)) {
                keys.add("dm:" + first + "/" + second);
            }
            if (isDayMonth(second, first) && first != second) {
                // Month-first, as English writes it; read both ways on both sides so "RT 04/14" copied stays equal.
                keys.add("dm:" + second + "/" + first);
            }
            if (!keys.isEmpty()) {
                add(keys);
                if (parts.length == 3) {
                    add(new ArrayList<>(List.of("n:" + new BigDecimal(parts[2]).toPlainString())));
                }
                return;
            }
        }
        for (String part : parts) {
            List<String> keys = part.length() <= MAX_PARSED_LENGTH ? valueKeys(part, 0) : null;
            if (keys != null) {
                add(keys);
            } else {
                readParts(part);
            }
        }
    }

    /** A token that is no number of this language as a whole: each digit run is a number of its own. */
    private void readParts(String raw) {
        int start = -1;
        for (int i = 0; i <= raw.length(); i++) {
            boolean digit = i < raw.length() && isDigit(raw.charAt(i));
            if (digit && start < 0) {
                start = i;
            } else if (!digit && start >= 0) {
                add(new ArrayList<>(List.of("n:" + new BigDecimal(raw.substring(start, i)).toPlainString())));
                start = -1;
            }
        }
    }

    /**
     * The value of digits with separators read this language's way ("1.000,5" in Indonesian) or, when that is no
     * number, the other way round ("3.5" in an Indonesian text); times 10^power. A single separator before exactly three
     * digits that this language reads as a decimal point ("1,500" in Indonesian) keeps the other reading as a second key.
     */
    private List<String> valueKeys(String raw, int power) {
        BigDecimal own = parse(raw, language.group, language.decimal);
        BigDecimal other = parse(raw, language.decimal, language.group);
        List<String> keys = new ArrayList<>(2);
        if (own != null) {
            keys.add(valueKey(own, power));
            int at = raw.indexOf(language.decimal);
            if (other != null && at >= 0 && raw.length() - at == 4 && raw.indexOf(language.group) < 0) {
                keys.add(valueKey(other, power));
            }
        } else if (other != null) {
            keys.add(valueKey(other, power));
        } else {
            return null;
        }
        return keys;
    }

    /** Digits, groups of three after {@code group}, then at most one {@code decimal} and digits; null otherwise. */
    private static BigDecimal parse(String raw, char group, char decimal) {
        StringBuilder plain = new StringBuilder(raw.length());
        int firstRun = -1;
        int run = 0;
        boolean grouped = false;
        boolean inFraction = false;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (isDigit(c)) {
                plain.append(c);
                run++;
                continue;
            }
            if (c == group && !inFraction) {
                if ((firstRun < 0 && run > 3) || (firstRun >= 0 && run != 3)) {
                    return null;
                }
                if (firstRun < 0) {
                    firstRun = run;
                }
                grouped = true;
            } else if (c == decimal && !inFraction) {
                if (grouped && run != 3) {
                    return null;
                }
                inFraction = true;
                plain.append('.');
            } else {
                return null;
            }
            run = 0;
        }
        if (grouped && !inFraction && run != 3) {
            return null;
        }
        return new BigDecimal(plain.toString());
    }

    private static String valueKey(BigDecimal value, int power) {
        BigDecimal scaled = value.scaleByPowerOfTen(power).stripTrailingZeros();
        return "n:" + (scaled.signum() == 0 ? "0" : scaled.toPlainString());
    }

    /**
     * Number words ("dua puluh lima", "twenty-four thousand", "tiga ratus juta"): a small state machine over the words,
     * joined by hyphens (and "and" in English). These only help to match: a translator may write 24 or twenty-four.
     */
    private int readSpelled(int j) {
        long total = 0;
        long group = 0;
        long unit = 0;
        boolean any = false;
        while (j < tokens.size()) {
            int[] token = tokens.get(j);
            if (any && isConnector(j) && numberWordAfterConnectors(j)) {
                j++;
                continue;
            }
            if (token[0] != WORD) {
                break;
            }
            String w = word(j);
            Integer unitValue = language.units.get(w);
            if (unitValue == null && !any && language.isIndonesian() && w.startsWith("ke")) {
                unitValue = language.units.get(w.substring(2)); // "kelima": the fifth, or the five of them
            }
            Integer tensValue = language.tens.get(w);
            Integer power = language.magnitudes.get(w);
            if (unitValue != null) {
                if (unit != 0) {
                    break; // "two three": two numbers; the next starts here
                }
                unit = unitValue;
            } else if (tensValue != null) {
                if (unit != 0 || group % 100 != 0) {
                    break;
                }
                group += tensValue;
            } else if (w.equals("belas") && language.isIndonesian() && unit > 0 && unit < 10) {
                group += unit + 10;
                unit = 0;
            } else if (w.equals("puluh") && language.isIndonesian() && unit > 0 && unit < 10) {
                group += unit * 10;
                unit = 0;
            } else if (w.equals("ratus") || w.equals("hundred")) {
                group = (group + Math.max(unit, 1)) * 100;
                unit = 0;
            } else if (w.equals("seratus") && language.isIndonesian()) {
                group += 100;
            } else if (power != null || w.equals("seribu") || w.equals("sejuta")) {
                int p = power != null ? power : (w.equals("seribu") ? 3 : 6);
                long value = group + unit;
                total += Math.max(value, 1) * pow10(p);
                group = 0;
                unit = 0;
            } else {
                break;
            }
            any = true;
            j++;
            if (total > MAX_SPELLED || group > 1_000_000) {
                break; // "hundred hundred hundred …" is no number anyone writes
            }
        }
        long value = total + group + unit;
        if (value > 0) {
            add(new ArrayList<>(List.of("n:" + value)), false);
        }
        return any ? j : j + 1;
    }

    /** A hyphen written between words ("twenty-four") or, in English, "and" ("one hundred and five"). */
    private boolean isConnector(int j) {
        int[] token = tokens.get(j);
        if (token[0] == OTHER) {
            return text.charAt(token[1]) == '-' && j + 1 < tokens.size() && tokens.get(j + 1)[3] == 0;
        }
        return token[0] == WORD && !language.isIndonesian() && word(j).equals("and");
    }

    /** Whether a number word follows the connectors starting at {@code j} ("-and-sixty"); looks at most 4 tokens on. */
    private boolean numberWordAfterConnectors(int j) {
        for (int k = j; k < tokens.size() && k < j + 4; k++) {
            if (!isConnector(k)) {
                return tokens.get(k)[0] == WORD && isNumberWord(word(k));
            }
        }
        return false;
    }

    /**
     * The power of ten of the magnitude word at token {@code j}, right after digits that start at {@code numberStart}:
     * "juta", "billion"; Indonesian "M" and "T" (capital) for miliar and triliun; English "m" written onto an amount
     * ("$5m").
     */
    private Integer magnitudeAt(int j, int numberStart) {
        if (j >= tokens.size() || tokens.get(j)[0] != WORD) {
            return null;
        }
        String w = word(j);
        Integer power = language.magnitudes.get(w);
        if (power != null) {
            return power;
        }
        String raw = text.substring(tokens.get(j)[1], tokens.get(j)[2]);
        if (!isAmount(numberStart)) {
            return null; // "636 M" is a year (Masehi), "5m" five metres
        }
        if (language.isIndonesian()) {
            return raw.equals("M") ? Integer.valueOf(9) : raw.equals("T") ? Integer.valueOf(12) : null;
        }
        return tokens.get(j)[3] == 0 && w.equals("m") ? Integer.valueOf(6) : null;
    }

    /** Whether a currency is written right before the digits at {@code numberStart} ("Rp 5", "US$6", "£50"). */
    private boolean isAmount(int numberStart) {
        int i = numberStart - 1;
        if (i >= 0 && text.charAt(i) == ' ') {
            i--;
        }
        if (i < 0) {
            return false;
        }
        char c = text.charAt(i);
        if (c == '$' || c == '£' || c == '€') {
            return true;
        }
        return i >= 1 && (text.charAt(i - 1) == 'R' && c == 'p' || text.charAt(i - 1) == 'D' && c == 'R');
    }

    /** The magnitude of a range's second number ("50-100 million", "50 to 100 million"), if the range has one. */
    private Integer rangeMagnitude(int j) {
        if (j + 2 >= tokens.size()) {
            return null;
        }
        int[] between = tokens.get(j);
        boolean dash = between[0] == OTHER && (text.charAt(between[1]) == '-' || text.charAt(between[1]) == '–');
        String w = word(j);
        boolean rangeWord = w.equals("to") || w.equals("hingga") || w.equals("sampai") || w.equals("and")
                || w.equals("dan");
        if ((!dash && !rangeWord) || tokens.get(j + 1)[0] != NUMBER) {
            return null;
        }
        return magnitudeAt(j + 2, tokens.get(j + 1)[1]);
    }

    private boolean isNumberWord(String w) {
        return language.units.containsKey(w) || language.tens.containsKey(w)
                || (language.isIndonesian() && w.startsWith("ke") && language.units.containsKey(w.substring(2))) || language.magnitudes.containsKey(w)
                || (language.isIndonesian() && (w.equals("seratus") || w.equals("seribu") || w.equals("sejuta")
                        || w.equals("ratus")))
                || (!language.isIndonesian() && w.equals("hundred"));
    }

    /** The time marker starting at token {@code j} ("wib", "pm", or "p" "." "m" as in "p.m."), or null. */
    private String timeMarkerAt(int j) {
        if (j >= tokens.size() || tokens.get(j)[0] != WORD) {
            return null;
        }
        String w = word(j);
        if (language.timeMarkers.contains(w)) {
            return w;
        }
        if (!language.isIndonesian() && (w.equals("a") || w.equals("p")) && j + 2 < tokens.size()
                && tokens.get(j + 1)[0] == OTHER && text.charAt(tokens.get(j + 1)[1]) == '.'
                && tokens.get(j + 2)[0] == WORD && word(j + 2).equals("m")) {
            return w + "m";
        }
        return null;
    }

    private int skipTimeMarker(int j) {
        String w = word(j);
        return (w.equals("a") || w.equals("p")) && !language.isIndonesian() ? j + 3 : j + 1;
    }

    private static int adjustHour(int hour, String marker) {
        if (marker.equals("pm") && hour < 12) {
            return hour + 12;
        }
        if (marker.equals("am") && hour == 12) {
            return 0;
        }
        return hour;
    }

    private boolean isPukulBefore(int j) {
        if (j == 0 || tokens.get(j - 1)[0] != WORD) {
            return false;
        }
        String w = word(j - 1);
        return language.isIndonesian() ? w.equals("pukul") || w.equals("jam") : w.equals("at");
    }

    /** The month named right before the number or right after it (past the consumed suffix), if any. */
    private Integer monthBeside(int j, int next) {
        Integer month = null;
        if (j > 0 && tokens.get(j - 1)[0] == WORD) {
            month = language.months.get(word(j - 1));
        }
        if (month == null && next < tokens.size() && tokens.get(next)[0] == WORD) {
            month = language.months.get(word(next));
        }
        return month;
    }

    private void add(List<String> keys) {
        add(keys, true);
    }

    private void add(List<String> keys, boolean written) {
        found.add(new Quantity(keys, written));
    }

    private String word(int j) {
        int[] token = tokens.get(j);
        return token[0] == WORD ? text.substring(token[1], token[2]).toLowerCase(Locale.ROOT) : "";
    }

    private static boolean isOrdinalSuffix(String w) {
        return w.equals("st") || w.equals("nd") || w.equals("rd") || w.equals("th") || w.equals("an");
    }

    private static String timeKey(int hour, int minute) {
        return "t:" + hour + ":" + (minute < 10 ? "0" : "") + minute;
    }

    private static boolean isDayMonth(int day, int month) {
        return day >= 1 && day <= 31 && month >= 1 && month <= 12;
    }

    private static boolean isPlainInteger(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (!isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static String digitsOf(String raw) {
        StringBuilder digits = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            if (isDigit(raw.charAt(i))) {
                digits.append(raw.charAt(i));
            }
        }
        return digits.toString();
    }

    private static long pow10(int power) {
        long value = 1;
        for (int i = 0; i < power; i++) {
            value *= 10;
        }
        return value;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isSeparator(char c) {
        return c == '.' || c == ',' || c == '/' || c == ':';
    }
}
