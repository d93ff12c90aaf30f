package io.warta.translate.engine.training;

import io.warta.translate.engine.text.Tokenizer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;

/** Builds truecase.tsv.gz: the usual spelling of English words whose usual spelling is not lower case. */
final class TruecaserBuilder {

    static final double TRUECASE_DOMINANCE = 0.8;

    private TruecaserBuilder() {
    }

    /** Most frequent spelling of each English word away from sentence starts, where it is not plain lower case. */
    static void build(Path shared, List<Corpora.Pair> pairs, Path file) throws IOException {
        Map<String, Map<String, Integer>> forms = new HashMap<>();
        java.util.function.Consumer<List<String>> count = tokens -> {
            boolean start = true;
            for (String t : tokens) {
                if (!Tokenizer.hasLetter(t)) {
                    if (!t.equals("\"") && !t.equals("(")) {
                        start = t.equals(".") || t.equals(":") || t.equals("?") || t.equals("!");
                    }
                    continue;
                }
                if (!start) {
                    forms.computeIfAbsent(Tokenizer.lower(t), k -> new HashMap<>()).merge(t, 1, Integer::sum);
                }
                start = false;
            }
        };
        for (Corpora.Pair p : pairs) {
            count.accept(p.target());
        }
        Corpora.monolingualEnglish(shared, count);
        TreeMap<String, String> out = new TreeMap<>();
        for (Map.Entry<String, Map<String, Integer>> e : forms.entrySet()) {
            String best = null;
            int bestCount = 0;
            int total = 0;
            for (Map.Entry<String, Integer> f : new TreeMap<>(e.getValue()).entrySet()) {
                total += f.getValue();
                if (f.getValue() > bestCount) {
                    best = f.getKey();
                    bestCount = f.getValue();
                }
            }
            // Only clear cases: "president" is capitalized in titles (the source shows those) but not otherwise.
            if (best != null && !best.equals(e.getKey()) && bestCount >= 2 && bestCount >= TRUECASE_DOMINANCE * total) {
                out.put(e.getKey(), best);
            }
        }
        try (OutputStream os = Files.newOutputStream(file);
                GZIPOutputStream gz = new GZIPOutputStream(os);
                Writer w = new OutputStreamWriter(gz, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, String> e : out.entrySet()) {
                w.write(e.getKey() + "\t" + e.getValue() + "\n");
            }
        }
    }
}
