package io.warta.translate.engine.remote;

import io.warta.translate.client.RemoteAnswerException;

/**
 * What a remote engine answers is cleaned before anyone sees it or the translation memory keeps it: control and
 * invisible formatting characters (bidi overrides, zero-width) and markup tags are dropped, white space collapsed.
 * An answer far longer than its source (the bound grows with the source), empty, or carrying broken UTF-16 is
 * refused rather than cut, so the next engine translates the sentence. One linear pass, no regular expressions.
 */
final class RemoteOutput {

    /** Longest answer accepted: this many times the source's length, plus {@link #SLACK} characters. */
    static final int MAX_GROWTH = 3;
    static final int SLACK = 64;
    /** A tag longer than this is not a tag: the '<' is kept as text. */
    private static final int MAX_TAG = 256;

    private RemoteOutput() {
    }

    static String clean(String source, String translation) {
        if (translation == null) {
            throw new RemoteAnswerException("the engine answered no text");
        }
        long limit = (long) source.length() * MAX_GROWTH + SLACK;
        if (translation.length() > limit * 4) { // not worth cleaning: far beyond any bound
            throw new RemoteAnswerException("the engine answered " + translation.length() + " characters for "
                    + source.length());
        }
        StringBuilder out = new StringBuilder(translation.length());
        boolean space = false;
        int n = translation.length();
        for (int i = 0; i < n; i++) {
            char c = translation.charAt(i);
            if (c == '<') {
                int end = tagEnd(translation, i);
                if (end > 0) {
                    i = end; // dropped: the white space around it decides whether words stay apart
                    continue;
                }
            }
            if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(translation.charAt(i + 1))) {
                flushSpace(out, space);
                space = false;
                out.append(c).append(translation.charAt(++i));
                continue;
            }
            if (Character.isSurrogate(c)) {
                throw new RemoteAnswerException("the engine answered broken UTF-16");
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)) {
                space = out.length() > 0;
                continue;
            }
            if (Character.getType(c) == Character.FORMAT || c == '\uFFFD' || c == '\uFEFF') {
                continue; // bidi overrides, zero-width characters, a byte-order mark: invisible, never translation
            }
            flushSpace(out, space);
            space = false;
            out.append(c);
        }
        if (out.length() == 0) {
            throw new RemoteAnswerException("the engine answered nothing but markup or white space");
        }
        if (out.length() > limit) {
            throw new RemoteAnswerException("the engine answered " + out.length() + " characters for a source of "
                    + source.length());
        }
        return out.toString();
    }

    private static void flushSpace(StringBuilder out, boolean space) {
        if (space) {
            out.append(' ');
        }
    }

    /** Where a tag starting at {@code at} ends ('>'), or -1 when this '<' does not start one. */
    private static int tagEnd(String text, int at) {
        if (at + 1 >= text.length()) {
            return -1;
        }
        char next = text.charAt(at + 1);
        if (!(Character.isLetter(next) || next == '/' || next == '!' || next == '?')) {
            return -1; // "x < 5", "<3": text, not markup
        }
        int stop = Math.min(text.length(), at + MAX_TAG);
        for (int i = at + 1; i < stop; i++) {
            char c = text.charAt(i);
            if (c == '>') {
                return i;
            }
            if (c == '<') {
                return -1;
            }
        }
        return -1;
    }
}
