package io.warta.translate.engine.remote;

import io.warta.translate.client.RemoteAnswerException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sentence-aligned prompt for chat models: one numbered line a sentence in, one numbered line a translation
 * out. An answer that breaks the alignment (lines merged, split, dropped, renumbered, or chatter around them) is
 * rejected rather than repaired, since a repaired guess could put a translation under the wrong sentence.
 */
final class NumberedLines {

    static final String SYSTEM_PROMPT = """
            You translate Indonesian news into English. The user sends numbered lines, one sentence each. \
            Answer with exactly the same numbered lines, in the same order: each line is its number, a period, \
            a space, and the English translation of that line only. Do not merge, split, skip or add lines. \
            Keep names, numbers and dates as they are. Write nothing else: no title, no notes, no explanation.""";

    private static final Pattern LINE = Pattern.compile("^\\s*(\\d+)[.)]\\s+(.*\\S)\\s*$");

    private NumberedLines() {
    }

    /** "1. first\n2. second": sentences never contain line breaks (the service splits on them first). */
    static String number(List<String> sentences) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < sentences.size(); i++) {
            if (i > 0) {
                text.append('\n');
            }
            text.append(i + 1).append(". ").append(sentences.get(i).replace('\n', ' '));
        }
        return text.toString();
    }

    /** The translations of an answer to {@link #number}ed {@code expected} lines; throws when it is not aligned. */
    static List<String> parse(String answer, int expected) {
        List<String> translations = new ArrayList<>(expected);
        for (String line : answer.strip().split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            Matcher numbered = LINE.matcher(line);
            if (!numbered.matches()) {
                throw new RemoteAnswerException("the model answered a line that is not numbered: " + abbreviate(line));
            }
            int number = Integer.parseInt(numbered.group(1));
            if (number != translations.size() + 1) {
                throw new RemoteAnswerException("the model answered line " + number + " where line "
                        + (translations.size() + 1) + " was expected");
            }
            translations.add(numbered.group(2));
        }
        if (translations.size() != expected) {
            throw new RemoteAnswerException("the model answered " + translations.size() + " lines for " + expected);
        }
        return translations;
    }

    private static String abbreviate(String line) {
        return line.length() <= 80 ? line : line.substring(0, 80) + "…";
    }
}
