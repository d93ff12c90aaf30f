package io.warta.translate.engine.text;

import java.util.List;

/** Joins English tokens into running text: no space before closing punctuation and clitics, paired quotes. */
public final class Detokenizer {

    private Detokenizer() {
    }

    public static String detokenize(List<String> tokens) {
        StringBuilder b = new StringBuilder();
        boolean noSpaceNext = true;
        boolean insideDoubleQuote = false;
        for (String t : tokens) {
            boolean attachLeft;
            boolean attachRightAfter = false;
            if (t.equals("\"")) {
                // A quote right after sentence punctuation closes one opened in an earlier sentence.
                if (!insideDoubleQuote && b.length() > 0 && ".,!?;".indexOf(b.charAt(b.length() - 1)) >= 0
                        && !noSpaceNext) {
                    insideDoubleQuote = true;
                }
                if (insideDoubleQuote) {
                    attachLeft = true;
                } else {
                    attachLeft = false;
                    attachRightAfter = true;
                }
                insideDoubleQuote = !insideDoubleQuote;
            } else if (t.equals("(") || t.equals("[") || t.equals("{") || t.equals("$") || t.equals("#")) {
                attachLeft = false;
                attachRightAfter = true;
            } else if (isClosing(t)) {
                attachLeft = true;
            } else {
                attachLeft = false;
            }
            if (b.length() > 0 && !noSpaceNext && !attachLeft) {
                b.append(' ');
            }
            b.append(t);
            noSpaceNext = attachRightAfter;
        }
        return b.toString();
    }

    private static boolean isClosing(String t) {
        switch (t) {
            case ".", ",", ";", ":", "!", "?", ")", "]", "}", "%", "...", "n't", "'s", "'re", "'ve", "'ll", "'d", "'m", "'" -> {
                return true;
            }
            default -> {
                return false;
            }
        }
    }
}
