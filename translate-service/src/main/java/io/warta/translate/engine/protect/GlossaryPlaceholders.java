package io.warta.translate.engine.protect;

import io.warta.text.glossary.Glossary;
import io.warta.text.glossary.GlossaryEntry;
import io.warta.text.glossary.GlossaryWords;
import io.warta.text.glossary.TermIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A glossary for an engine that cannot take one (OPUS-MT, remote servers, chat models): every term found in a
 * sentence is replaced by a placeholder ({@code [G1]}, {@code [G2]}, ...) that engines copy as they copy a code or a
 * name, and after translation each placeholder is replaced by the term's English. When an answer has lost or broken
 * a placeholder, its sentence is translated once more as it is, without placeholders, rather than answered with a
 * broken marker in it; the fidelity check then flags the term it missed ({@code glossary-miss}). Linear passes only:
 * the terms are found with the glossary's {@link TermIndex}, the placeholders with a hand-written scanner.
 */
public final class GlossaryPlaceholders {

    private GlossaryPlaceholders() {
    }

    /** A sentence with its terms replaced, and the English each placeholder stands for (index 0 is [G1]). */
    record Protected(String text, List<String> english) {
    }

    /**
     * The translations of {@code sentences} with the glossary applied through placeholders; {@code engine}
     * translates a batch of sentences (one call for the protected ones, one more for those whose answer lost a
     * placeholder).
     */
    public static List<String> translate(List<String> sentences, Glossary glossary,
            UnaryOperator<List<String>> engine) {
        if (glossary.isEmpty()) {
            return engine.apply(sentences);
        }
        List<Protected> protectedSentences = new ArrayList<>(sentences.size());
        List<String> texts = new ArrayList<>(sentences.size());
        for (String sentence : sentences) {
            Protected p = protect(sentence, glossary);
            protectedSentences.add(p);
            texts.add(p.text());
        }
        List<String> answers = engine.apply(texts);
        List<String> out = new ArrayList<>(sentences.size());
        List<Integer> broken = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            String restored = restore(answers.get(i), protectedSentences.get(i).english());
            if (restored == null) {
                broken.add(i);
            }
            out.add(restored);
        }
        if (!broken.isEmpty()) {
            List<String> again = engine.apply(broken.stream().map(sentences::get).toList());
            for (int k = 0; k < broken.size(); k++) {
                out.set(broken.get(k), again.get(k));
            }
        }
        return out;
    }

    static Protected protect(String sentence, Glossary glossary) {
        List<GlossaryWords.Word> words = GlossaryWords.withOffsets(sentence);
        List<TermIndex.Match<GlossaryEntry>> matches = glossary.sources()
                .find(words.stream().map(GlossaryWords.Word::lower).toList());
        if (matches.isEmpty()) {
            return new Protected(sentence, List.of());
        }
        StringBuilder text = new StringBuilder(sentence.length());
        List<String> english = new ArrayList<>(matches.size());
        int copied = 0;
        for (TermIndex.Match<GlossaryEntry> match : matches) {
            int from = words.get(match.start()).start();
            text.append(sentence, copied, from);
            english.add(Glossary.render(match.term().target(), match.clitic()));
            text.append("[G").append(english.size()).append(']');
            copied = words.get(match.end() - 1).end();
        }
        return new Protected(text.append(sentence, copied, sentence.length()).toString(), english);
    }

    /**
     * The answer with every placeholder replaced by its English (spaces inside the brackets and a lower-case g are
     * tolerated: engines do that); null when a placeholder is missing or one names no term.
     */
    static String restore(String answer, List<String> english) {
        if (english.isEmpty()) {
            return answer;
        }
        boolean[] seen = new boolean[english.size()];
        StringBuilder out = new StringBuilder(answer.length() + 32);
        int n = answer.length();
        int i = 0;
        while (i < n) {
            char c = answer.charAt(i);
            int end = c == '[' ? placeholderEnd(answer, i) : -1;
            if (end < 0) {
                out.append(c);
                i++;
                continue;
            }
            int number = placeholderNumber(answer, i, end);
            if (number < 1 || number > english.size()) {
                return null;
            }
            seen[number - 1] = true;
            out.append(english.get(number - 1));
            i = end + 1;
        }
        for (boolean s : seen) {
            if (!s) {
                return null;
            }
        }
        return out.toString();
    }

    /** Where a placeholder starting at '[' ends (its ']'), or -1: "[", spaces, G, spaces, digits, spaces, "]". */
    private static int placeholderEnd(String s, int at) {
        int i = skipSpaces(s, at + 1);
        if (i >= s.length() || (s.charAt(i) != 'G' && s.charAt(i) != 'g')) {
            return -1;
        }
        i = skipSpaces(s, i + 1);
        int digits = i;
        while (i < s.length() && i - digits < 4 && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
        }
        if (i == digits) {
            return -1;
        }
        i = skipSpaces(s, i);
        return i < s.length() && s.charAt(i) == ']' ? i : -1;
    }

    private static int placeholderNumber(String s, int from, int end) {
        int number = 0;
        for (int i = from; i < end; i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                number = number * 10 + (c - '0');
            }
        }
        return number;
    }

    private static int skipSpaces(String s, int i) {
        int limit = Math.min(s.length(), i + 3); // a few spaces at most: this stays a linear scan
        while (i < limit && s.charAt(i) == ' ') {
            i++;
        }
        return i;
    }
}
