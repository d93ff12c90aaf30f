package io.warta.translate.engine.lexicon;

import io.warta.translate.engine.text.Tokenizer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Names and titles whose English differs from the Indonesian (Korea Utara -> North Korea, AS -> US).
 * A key written with a capital letter only matches capitalized source text, so "Minggu" (Sunday)
 * does not translate "minggu" (week).
 */
public final class Gazetteer {

    /** A match: how many source tokens it covers, the English tokens, and the adjective (Russian), or null. */
    public record Match(int length, List<String> english, List<String> adjective) {
    }

    private final Map<String, List<Entry>> byFirstToken = new HashMap<>();

    private record Entry(String[] sourceLower, boolean needsCapital, List<String> english, List<String> adjective) {
    }

    public static Gazetteer read(InputStream in) throws IOException {
        Gazetteer g = new Gazetteer();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\t");
                if (parts.length >= 3) {
                    g.add(parts[0], parts[1], parts[2]);
                } else if (parts.length == 2) {
                    g.add(parts[0], parts[1]);
                }
            }
        }
        return g;
    }

    public void add(String source, String english) {
        add(source, english, null);
    }

    /** An entry with the English adjective used before a noun (Rusia: Russia, Russian), or null. */
    public void add(String source, String english, String adjective) {
        List<String> src = Tokenizer.tokenizeIndonesian(source);
        String[] lower = Tokenizer.lower(src).toArray(new String[0]);
        Entry e = new Entry(lower, Tokenizer.isCapitalized(src.get(0)), Tokenizer.tokenizeEnglish(english),
                adjective == null ? null : Tokenizer.tokenizeEnglish(adjective));
        List<Entry> list = byFirstToken.computeIfAbsent(lower[0], k -> new ArrayList<>());
        list.add(e);
        list.sort((a, b) -> Integer.compare(b.sourceLower.length, a.sourceLower.length));
    }

    /** Longest entry starting at token {@code start}, or null. */
    public Match match(List<String> tokens, List<String> lowerTokens, int start) {
        List<Entry> list = byFirstToken.get(lowerTokens.get(start));
        if (list == null) {
            return null;
        }
        for (Entry e : list) {
            if (start + e.sourceLower.length > tokens.size()) {
                continue;
            }
            if (e.needsCapital && !Tokenizer.isCapitalized(tokens.get(start))) {
                continue;
            }
            boolean ok = true;
            for (int i = 1; i < e.sourceLower.length && ok; i++) {
                ok = e.sourceLower[i].equals(lowerTokens.get(start + i));
            }
            if (ok) {
                return new Match(e.sourceLower.length, e.english, e.adjective);
            }
        }
        return null;
    }

    public int size() {
        int n = 0;
        for (List<Entry> l : byFirstToken.values()) {
            n += l.size();
        }
        return n;
    }
}
