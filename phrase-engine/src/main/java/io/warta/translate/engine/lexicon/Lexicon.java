package io.warta.translate.engine.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Indonesian word or phrase (lower case, tokens joined by one space) to English senses, best first.
 * File format: one entry a line, {@code source<TAB>sense|sense|...}.
 */
public final class Lexicon {

    private final Map<String, String[]> senses;
    private final int maxSourceTokens;

    public Lexicon(Map<String, String[]> senses) {
        this.senses = senses;
        int max = 1;
        for (String k : senses.keySet()) {
            max = Math.max(max, k.split(" ").length);
        }
        this.maxSourceTokens = max;
    }

    public static Lexicon read(InputStream in, boolean gzipped) throws IOException {
        InputStream raw = gzipped ? new GZIPInputStream(in, 1 << 16) : in;
        Map<String, String[]> map = new HashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(raw, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                int tab = line.indexOf('\t');
                if (tab <= 0 || line.startsWith("#")) {
                    continue;
                }
                map.put(line.substring(0, tab), line.substring(tab + 1).split("\\|"));
            }
        }
        return new Lexicon(map);
    }

    public static Lexicon of(Map<String, List<String>> entries) {
        Map<String, String[]> map = new HashMap<>();
        entries.forEach((k, v) -> map.put(k, v.toArray(new String[0])));
        return new Lexicon(map);
    }

    public String[] senses(String source) {
        return senses.get(source);
    }

    public boolean contains(String source) {
        return senses.containsKey(source);
    }

    public int maxSourceTokens() {
        return maxSourceTokens;
    }

    public int size() {
        return senses.size();
    }

    public Map<String, String[]> entries() {
        return senses;
    }
}
