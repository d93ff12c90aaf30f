package io.warta.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits Indonesian (or English) prose into sentences. A sentence ends at '.', '!' or '?'
 * (optionally followed by closing quotes or brackets) when the next token starts a new
 * sentence, unless the period belongs to an abbreviation, an initial, a number or a date
 * such as {@code Selasa (12/8/2025)}. Paragraph breaks always end a sentence.
 */
public final class SentenceSplitter {

    /** Lower-cased abbreviations (without the final period) that do not end a sentence. */
    private static final Set<String> ABBREVIATIONS = Set.of(
            // Indonesian
            "dr", "drs", "dra", "ir", "prof", "h", "hj", "kh", "st", "sdr", "sdri", "bpk", "yth", "no", "hlm", "tel",
            "jl", "jln", "kab", "kec", "kel", "prov", "rp", "tsb", "dll", "dsb", "dst", "dkk", "yg", "pt", "tbk", "cv",
            "s.h", "s.e", "m.si", "m.m", "s.pd", "s.t", "s.kom", "a.n", "u.p", "an", "up", "ny", "nn", "tn", "sdn",
            "smp", "sma", "bld", "kol", "letjen", "mayjen", "brigjen", "jend", "kapt", "lettu", "serka",
            // English
            "mr", "mrs", "ms", "jr", "sr", "vs", "etc", "inc", "ltd", "co", "corp", "gen", "col", "lt", "sgt", "capt",
            "gov", "sen", "rep", "dept", "est", "fig", "approx", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
            "sep", "sept", "oct", "nov", "dec", "u.s", "u.k", "e.g", "i.e", "a.m", "p.m");

    /** Longer "words" before a full stop are never abbreviations, initials or acronyms: looked at no further back. */
    static final int MAX_ABBREVIATION_LENGTH = 32;

    private SentenceSplitter() {
    }

    /** Splits a text (paragraphs separated by blank lines or line breaks) into trimmed sentences. */
    public static List<String> split(String text) {
        List<String> sentences = new ArrayList<>();
        for (String paragraph : TextNormalizer.normalize(text).split("\\n+")) {
            splitParagraph(paragraph.strip(), sentences);
        }
        return sentences;
    }

    private static void splitParagraph(String p, List<String> out) {
        int start = 0;
        int n = p.length();
        // A run of terminators and closers is measured once, not again from each of its characters.
        int runEnd = -1;
        int runNext = -1;
        for (int i = 0; i < n; i++) {
            char c = p.charAt(i);
            if (c != '.' && c != '!' && c != '?' && c != '…') {
                continue;
            }
            if (i >= runEnd) {
                runEnd = i + 1;
                // Swallow runs of terminators and closing quotes/brackets: ?!  ."  .)  ...
                while (runEnd < n && isTerminatorOrCloser(p.charAt(runEnd))) {
                    runEnd++;
                }
                runNext = runEnd;
                while (runNext < n && Character.isWhitespace(p.charAt(runNext))) {
                    runNext++;
                }
            }
            int end = runEnd;
            if (end < n && !Character.isWhitespace(p.charAt(end))) {
                i = end - 1; // the same for every character of the run
                continue; // 12.5, e-mail.com, "ya.Ini" — not a boundary
            }
            int next = runNext;
            if (next >= n) {
                break;
            }
            if (c == '.' && !endsSentence(p, start, i, p.charAt(next))) {
                continue;
            }
            if (!startsSentence(p.charAt(next))) {
                continue;
            }
            addIfNotBlank(p.substring(start, end), out);
            start = next;
            i = next - 1;
        }
        addIfNotBlank(p.substring(start), out);
    }

    private static boolean isTerminatorOrCloser(char c) {
        return c == '.' || c == '!' || c == '?' || c == '…' || c == '"' || c == '\'' || c == '”' || c == '’'
                || c == ')' || c == ']' || c == '»';
    }

    private static boolean startsSentence(char c) {
        return Character.isUpperCase(c) || Character.isDigit(c) || c == '"' || c == '“' || c == '\'' || c == '‘'
                || c == '(' || c == '[' || c == '«' || c == '—' || c == '–' || c == '-';
    }

    private static boolean endsSentence(String p, int sentenceStart, int dot, char nextChar) {
        int w = dot;
        while (w > sentenceStart && !Character.isWhitespace(p.charAt(w - 1)) && p.charAt(w - 1) != '(') {
            if (dot - w == MAX_ABBREVIATION_LENGTH) {
                return true; // a longer word
            }
            w--;
        }
        String word = p.substring(w, dot);
        if (word.isEmpty()) {
            return true;
        }
        String lower = word.toLowerCase(Locale.ROOT);
        if (ABBREVIATIONS.contains(lower)) {
            return false;
        }
        // A single capital letter is an initial (Susilo B. Yudhoyono), unless followed by a digit.
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0)) && !Character.isDigit(nextChar)) {
            return false;
        }
        // Dotted acronyms such as "U.S" or "S.H" (the final period handled here).
        return !isDottedAcronym(word);
    }

    /** Letters separated by single full stops, such as "U.S" or "S.H" (the final period is the caller's). */
    private static boolean isDottedAcronym(String word) {
        int letters = 0;
        boolean letterNext = true;
        for (int i = 0; i < word.length(); ) {
            int cp = word.codePointAt(i);
            if (letterNext != Character.isLetter(cp) || !letterNext && cp != '.') {
                return false;
            }
            letters += letterNext ? 1 : 0;
            letterNext = !letterNext;
            i += Character.charCount(cp);
        }
        return !letterNext && letters >= 2;
    }

    private static void addIfNotBlank(String s, List<String> out) {
        String t = s.strip();
        if (!t.isEmpty()) {
            out.add(t);
        }
    }
}
