package io.warta.translate.engine.training;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the tokenized sentences of IndoSum's JSON lines ({@code ../shared/data/summarization/indosum-dev.jsonl}:
 * {@code "paragraphs"} → sentences → tokens), in file order. Only that field is parsed (the project has no JSON
 * library in this module, and the field is a plain nesting of string arrays).
 */
public final class IndoSum {

    private static final String FIELD = "\"paragraphs\"";

    private IndoSum() {
    }

    /** Every sentence of every article, as its tokens. */
    public static List<List<String>> sentences(Path jsonl) throws IOException {
        List<List<String>> out = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(jsonl, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank()) {
                    out.addAll(sentencesOf(line));
                }
            }
        }
        return out;
    }

    /** The sentences of one article's JSON object. */
    static List<List<String>> sentencesOf(String json) {
        int at = json.indexOf(FIELD);
        if (at < 0) {
            throw new IllegalArgumentException("no \"paragraphs\" field");
        }
        int i = json.indexOf('[', at + FIELD.length());
        List<List<String>> out = new ArrayList<>();
        // Depth 1: paragraphs, 2: sentences, 3: tokens.
        int depth = 0;
        List<String> sentence = null;
        for (; i < json.length(); i++) {
            char c = json.charAt(i);
            if (c == '[') {
                depth++;
                if (depth == 3) {
                    sentence = new ArrayList<>();
                }
            } else if (c == ']') {
                if (depth == 3) {
                    out.add(sentence);
                }
                depth--;
                if (depth == 0) {
                    return out;
                }
            } else if (c == '"') {
                StringBuilder b = new StringBuilder();
                i = readString(json, i + 1, b);
                if (depth == 3) {
                    sentence.add(b.toString());
                }
            }
        }
        throw new IllegalArgumentException("unterminated \"paragraphs\" field");
    }

    /** Reads a JSON string's body from {@code i} into {@code b}; returns the index of its closing quote. */
    private static int readString(String json, int i, StringBuilder b) {
        for (; i < json.length(); i++) {
            char c = json.charAt(i);
            if (c == '"') {
                return i;
            }
            if (c != '\\') {
                b.append(c);
                continue;
            }
            char e = json.charAt(++i);
            switch (e) {
                case 'n' -> b.append('\n');
                case 't' -> b.append('\t');
                case 'r' -> b.append('\r');
                case 'b' -> b.append('\b');
                case 'f' -> b.append('\f');
                case 'u' -> {
                    b.append((char) Integer.parseInt(json.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> b.append(e); // \" \\ \/
            }
        }
        throw new IllegalArgumentException("unterminated string");
    }
}
