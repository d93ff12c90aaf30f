package io.warta.translate.engine.phrase;

import io.warta.translate.engine.text.Tokenizer;
import java.util.ArrayList;
import java.util.List;

/**
 * The stage after decoding: writes the chosen options' English with its capitals (names and numbers as written,
 * words copied from the source in its spelling, other words truecased, title case where the source is), and the
 * sentence-level rules (headlines in title case, capitals after sentence punctuation and opening quotes).
 */
public final class Casing {

    private final Truecaser truecaser;

    public Casing(Truecaser truecaser) {
        this.truecaser = truecaser;
    }

    /** The English words of the decoded options, cased. */
    public List<String> render(ChunkContext chunk, List<Decoder.Option> best) {
        List<String> tokens = chunk.tokens();
        List<String> lower = chunk.lower();
        List<String> out = new ArrayList<>();
        for (Decoder.Option o : best) {
            Rendering r = o.rendering();
            boolean titleCase = !r.fixedCase() && allCapitalized(tokens, o.start(), o.end()) && !chunk.startLike(o.start());
            int before = out.size();
            for (String w : r.words()) {
                String source = r.fixedCase() ? null : sourceSpelling(tokens, lower, o.start(), o.end(), w);
                if (r.fixedCase() || out.size() - before < r.fixedPrefix()) {
                    out.add(w);
                } else if (source != null) {
                    out.add(source);
                } else {
                    String cased = truecaser.apply(w);
                    if (titleCase && !WordLists.LOWER_IN_TITLES.contains(w)) {
                        cased = Character.toUpperCase(cased.charAt(0)) + cased.substring(1);
                    }
                    out.add(cased);
                }
            }
        }
        return out;
    }

    /** Capitalizes the first word after sentence punctuation and after an opening double quote. */
    public static List<String> capitalizeSentenceStarts(List<String> tokens) {
        List<String> out = new ArrayList<>(tokens.size());
        boolean insideQuote = false;
        boolean capitalizeNext = false;
        for (String t : tokens) {
            if (t.equals("\"")) {
                insideQuote = !insideQuote;
                // A quote that opens a sentence of direct speech (at the start or after a colon); after a comma it
                // is usually the closing quote of speech begun in an earlier sentence (...saja," kata Jokowi).
                String before = out.isEmpty() ? "" : out.get(out.size() - 1);
                capitalizeNext = insideQuote && (out.isEmpty() || before.equals(":"));
                out.add(t);
                continue;
            }
            if (capitalizeNext && Tokenizer.hasLetter(t) && Character.isLowerCase(t.charAt(0))) {
                t = Character.toUpperCase(t.charAt(0)) + t.substring(1);
            }
            if (Tokenizer.hasLetter(t) || Tokenizer.isNumber(t)) {
                capitalizeNext = false;
            }
            if (t.equals(".") || t.equals("?") || t.equals("!")) {
                capitalizeNext = true;
            }
            out.add(t);
        }
        return out;
    }

    /**
     * Where a capital letter says nothing about being a name: the chunk's first word, the first word after
     * sentence punctuation or an opening quote, and every word of a headline written in title case.
     */
    public static boolean[] capitalizedByPosition(List<String> tokens, boolean sentenceStart) {
        int n = tokens.size();
        boolean[] out = new boolean[n];
        boolean headline = isTitleCaseHeadline(tokens);
        boolean start = sentenceStart;
        boolean insideQuote = false;
        for (int i = 0; i < n; i++) {
            String t = tokens.get(i);
            if (t.equals("\"")) {
                insideQuote = !insideQuote;
                start |= insideQuote;
                continue;
            }
            if (Tokenizer.hasLetter(t) || Tokenizer.isNumber(t)) {
                out[i] = start || headline;
                start = false;
            } else if (t.equals(".") || t.equals("?") || t.equals("!")) {
                start = true;
            }
        }
        return out;
    }

    /** At least four words, 70% of them capitalized, and no final full stop: a headline written in title case. */
    public static boolean isTitleCaseHeadline(List<String> tokens) {
        int words = 0;
        int capitalized = 0;
        for (String t : tokens) {
            if (Tokenizer.hasLetter(t) && !Tokenizer.isNumber(t)) {
                words++;
                if (Tokenizer.isCapitalized(t)) {
                    capitalized++;
                }
            }
        }
        return words >= 4 && capitalized >= 0.7 * words && !tokens.get(tokens.size() - 1).equals(".");
    }

    /** An English headline in title case: every word capitalized but short function words after the first. */
    public static List<String> titleCase(List<String> tokens) {
        List<String> out = new ArrayList<>(tokens.size());
        for (String t : tokens) {
            if (Tokenizer.hasLetter(t) && Character.isLowerCase(t.charAt(0))
                    && (out.isEmpty() || !WordLists.LOWER_IN_TITLES.contains(t))) {
                t = Character.toUpperCase(t.charAt(0)) + t.substring(1);
            }
            out.add(t);
        }
        return out;
    }

    /** The source token a target word copies, when that token carries capitals (Un in Kim Jong Un, KCNA), else null. */
    private static String sourceSpelling(List<String> tokens, List<String> lower, int start, int end, String word) {
        for (int i = start; i < end; i++) {
            if (lower.get(i).equals(word) && !tokens.get(i).equals(word) && (i > 0 || SourceWords.isAcronym(tokens.get(i)))) {
                return tokens.get(i);
            }
        }
        return null;
    }

    private static boolean allCapitalized(List<String> tokens, int start, int end) {
        boolean any = false;
        for (int i = start; i < end; i++) {
            String t = tokens.get(i);
            if (Tokenizer.hasLetter(t)) {
                if (!Tokenizer.isCapitalized(t)) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }
}
