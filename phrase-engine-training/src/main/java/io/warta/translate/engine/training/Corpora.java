package io.warta.translate.engine.training;

import io.warta.translate.engine.text.Tokenizer;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Reads the shared corpora (never copies them): training pairs, dev sets and the monolingual English news. */
public final class Corpora {

    /**
     * The sets the phrase table and the truecaser learn from: round 4's sets plus the short general-domain sets added
     * in round 5 (tatoeba-extra, talpco, tico19-dev, nusax-mt).
     */
    public static final String[] TRAIN_SETS = {
        "panl-bppt-eco", "panl-bppt-int", "panl-bppt-sci", "panl-bppt-spo", "tatoeba", "tico19", "globalvoices", "ud-pud",
        "tatoeba-extra", "talpco", "tico19-dev", "nusax-mt"};

    /**
     * The sets whose English side also feeds the language model (next to the monolingual news): since round 5's LM
     * rebuild, all of {@link #TRAIN_SETS} (docs/evaluation/translation.md).
     */
    public static final String[] LM_SETS = TRAIN_SETS;

    /** The LM's sets before round 5's LM rebuild ({@code -Dwarta.train.lmSets=round4}, to repeat that comparison). */
    public static final String[] ROUND4_LM_SETS = {
        "panl-bppt-eco", "panl-bppt-int", "panl-bppt-sci", "panl-bppt-spo", "tatoeba", "tico19", "globalvoices", "ud-pud"};

    /** A tokenized sentence pair, original case. */
    public record Pair(List<String> source, List<String> target) {
    }

    private Corpora() {
    }

    public static List<Pair> trainingPairs(Path shared, int maxLength) throws IOException {
        return trainingPairs(shared, maxLength, TRAIN_SETS);
    }

    public static List<Pair> trainingPairs(Path shared, int maxLength, String[] sets) throws IOException {
        List<Pair> out = new ArrayList<>();
        for (String set : sets) {
            Path dir = shared.resolve("data/parallel/train");
            List<String> id = Files.readAllLines(dir.resolve(set + ".id"), StandardCharsets.UTF_8);
            List<String> en = Files.readAllLines(dir.resolve(set + ".en"), StandardCharsets.UTF_8);
            addPairs(id, en, maxLength, out);
        }
        return out;
    }

    /** Tokenizes line-aligned Indonesian and English text into {@code out}: at most maxLength tokens, ratio ≤ 3. */
    public static void addPairs(List<String> id, List<String> en, int maxLength, List<Pair> out) {
        int n = Math.min(id.size(), en.size());
        for (int i = 0; i < n; i++) {
            List<String> s = Tokenizer.tokenizeIndonesian(id.get(i).trim());
            List<String> t = Tokenizer.tokenizeEnglish(en.get(i).trim());
            if (s.isEmpty() || t.isEmpty() || s.size() > maxLength || t.size() > maxLength) {
                continue;
            }
            double ratio = (double) s.size() / t.size();
            if (ratio > 3 || ratio < 1 / 3.0) {
                continue;
            }
            out.add(new Pair(s, t));
        }
    }

    public static List<String> lines(Path file) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8);
    }

    /** Each monolingual English sentence, re-tokenized the same way as the training English. */
    public static void monolingualEnglish(Path shared, Consumer<List<String>> sink) throws IOException {
        Path dir = shared.resolve("data/monolingual");
        for (int part = 0; part < 100; part++) {
            Path f = dir.resolve("globalvoices-en.part" + part + ".txt");
            if (!Files.exists(f)) {
                break;
            }
            try (BufferedReader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
                String line;
                while ((line = r.readLine()) != null) {
                    if (line.isBlank()) {
                        continue;
                    }
                    line = line.replace(" · Global Voices", "");
                    List<String> tokens = Tokenizer.tokenizeEnglish(line);
                    if (!tokens.isEmpty()) {
                        sink.accept(tokens);
                    }
                }
            }
        }
    }
}
