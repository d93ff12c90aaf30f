package io.warta.translate.engine.training;

import io.warta.translate.engine.text.Tokenizer;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Merges the shared Indonesian-English word lists into one cleaned lexicon. Senses are ranked by how
 * many lists give them, then by how common the English is (a frequent word is the likelier sense
 * for news), shorter senses first.
 */
public final class LexiconCompiler {

    static final int MAX_SENSES = 6;
    private static final Pattern PAREN = Pattern.compile("\\([^)]*\\)|\\[\\[|\\]\\]|\\{[^}]*\\}");

    private LexiconCompiler() {
    }

    private static final class Sense {
        final String text;
        int votes;
        int bestPosition = Integer.MAX_VALUE;

        Sense(String text) {
            this.text = text;
        }
    }

    /** Source key -> ranked senses. {@code englishCounts} are lower-case unigram counts. */
    public static Map<String, List<String>> compile(Path lexiconDir, Map<String, Integer> englishCounts) throws IOException {
        Map<String, Map<String, Sense>> all = new TreeMap<>();
        readTsv(lexiconDir.resolve("freedict-ind-eng.tsv"), all, false);
        readTsv(lexiconDir.resolve("wordnet-bahasa-ind-eng.tsv"), all, true);
        readTsv(lexiconDir.resolve("wiktionary-id-en.tsv"), all, false);
        readCsv(lexiconDir.resolve("nusax-ind-eng.csv"), all);
        readTsv(lexiconDir.resolve("iso-codes-names-ind-eng.tsv"), all, false);
        readTsv(lexiconDir.resolve("tico19-terms-ind-eng.tsv"), all, false);
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (Map.Entry<String, Map<String, Sense>> e : all.entrySet()) {
            List<Sense> senses = new ArrayList<>(e.getValue().values());
            senses.sort((a, b) -> {
                double sa = score(a, englishCounts);
                double sb = score(b, englishCounts);
                if (sa != sb) {
                    return Double.compare(sb, sa);
                }
                return a.text.compareTo(b.text);
            });
            List<String> list = new ArrayList<>();
            for (Sense s : senses) {
                if (list.size() < MAX_SENSES) {
                    list.add(s.text);
                }
            }
            out.put(e.getKey(), list);
        }
        return out;
    }

    private static double score(Sense s, Map<String, Integer> counts) {
        String[] words = s.text.toLowerCase(Locale.ROOT).split(" ");
        double minLog = Double.MAX_VALUE;
        for (String w : words) {
            minLog = Math.min(minLog, Math.log1p(counts.getOrDefault(w, 0)));
        }
        // Wordnet lists its (noisy) synonyms in sense order, so a position bonus breaks near-ties.
        return 2.0 * s.votes + 0.35 * minLog - 0.6 * (words.length - 1) - 0.05 * Math.min(s.bestPosition, 10);
    }

    private static void readTsv(Path file, Map<String, Map<String, Sense>> all, boolean positional) throws IOException {
        if (!Files.exists(file)) {
            return;
        }
        // One vote per list and sense: wiktionary repeats the source on several lines.
        Map<String, Map<String, Boolean>> seen = new HashMap<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                int tab = line.indexOf('\t');
                if (tab <= 0) {
                    continue;
                }
                String[] senses = line.substring(tab + 1).split("\\|");
                for (int i = 0; i < senses.length; i++) {
                    add(all, seen, line.substring(0, tab), senses[i], positional ? i : 0);
                }
            }
        }
    }

    private static void readCsv(Path file, Map<String, Map<String, Sense>> all) throws IOException {
        if (!Files.exists(file)) {
            return;
        }
        Map<String, Map<String, Boolean>> seen = new HashMap<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 1; i < lines.size(); i++) {
            String[] f = lines.get(i).split(",", 3);
            if (f.length == 3) {
                add(all, seen, f[1], f[2].replace("\"", ""), 0);
            }
        }
    }

    private static void add(Map<String, Map<String, Sense>> all, Map<String, Map<String, Boolean>> seen,
            String rawSource, String rawSense, int position) {
        String source = cleanSource(rawSource);
        String sense = cleanSense(rawSense);
        if (source == null || sense == null) {
            return;
        }
        Map<String, Boolean> seenHere = seen.computeIfAbsent(source, k -> new HashMap<>());
        Map<String, Sense> senses = all.computeIfAbsent(source, k -> new LinkedHashMap<>());
        String key = sense.toLowerCase(Locale.ROOT);
        Sense s = senses.get(key);
        if (s == null) {
            s = new Sense(sense);
            senses.put(key, s);
        } else if (Character.isUpperCase(s.text.charAt(0)) && !Character.isUpperCase(sense.charAt(0))) {
            // Prefer the lower-case spelling when both occur: "president" over "President".
            Sense lower = new Sense(sense);
            lower.votes = s.votes;
            lower.bestPosition = s.bestPosition;
            senses.put(key, lower);
            s = lower;
        }
        if (seenHere.put(key, Boolean.TRUE) == null) {
            s.votes++;
        }
        s.bestPosition = Math.min(s.bestPosition, position);
    }

    static String cleanSource(String raw) {
        String s = PAREN.matcher(raw).replaceAll(" ").trim();
        if (s.isEmpty()) {
            return null;
        }
        List<String> tokens = Tokenizer.lower(Tokenizer.tokenizeIndonesian(s));
        if (tokens.isEmpty() || tokens.size() > 4) {
            return null;
        }
        return String.join(" ", tokens);
    }

    static String cleanSense(String raw) {
        String s = PAREN.matcher(raw).replaceAll(" ").trim();
        if (s.startsWith("to ")) {
            s = s.substring(3);
        }
        s = s.replaceAll("[;:|\\t]", " ").replaceAll(" +", " ").trim();
        if (s.isEmpty()) {
            return null;
        }
        List<String> tokens = Tokenizer.tokenizeEnglish(s);
        if (tokens.isEmpty() || tokens.size() > 4) {
            return null;
        }
        return String.join(" ", tokens);
    }
}
