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
import java.util.zip.GZIPOutputStream;

/**
 * Builds every model file the engines load, deterministically, from {@code ../shared}.
 * Usage: {@code TrainModel SHARED_DIR MODEL_DIR [lexicon|phrases|truecase|lm|all]} (phrases = all but the language model,
 * lm = the language model alone, a few minutes).
 */
public final class TrainModel {

    private TrainModel() {
    }

    public static void main(String[] args) throws Exception {
        Path shared = Path.of(args.length > 0 ? args[0] : "../../shared").toAbsolutePath().normalize();
        Path modelDir = Path.of(args.length > 1 ? args[1] : "src/main/resources/model").toAbsolutePath().normalize();
        String stage = args.length > 2 ? args[2] : "all";
        Files.createDirectories(modelDir);
        long t0 = System.nanoTime();
        if (stage.equals("lm")) {
            PhraseModelTrainer.buildLanguageModel(shared, modelDir, t0);
            return;
        }
        log(t0, "reading training corpora from " + shared);
        List<Corpora.Pair> pairs = Corpora.trainingPairs(shared, 80);
        log(t0, pairs.size() + " sentence pairs");
        if (stage.equals("truecase")) {
            TruecaserBuilder.build(shared, pairs, modelDir.resolve("truecase.tsv.gz"));
            log(t0, "truecase.tsv.gz written");
            return;
        }
        Map<String, Integer> englishCounts = new HashMap<>();
        for (Corpora.Pair p : pairs) {
            for (String w : p.target()) {
                englishCounts.merge(Tokenizer.lower(w), 1, Integer::sum);
            }
        }
        Corpora.monolingualEnglish(shared, tokens -> {
            for (String w : tokens) {
                englishCounts.merge(Tokenizer.lower(w), 1, Integer::sum);
            }
        });
        log(t0, englishCounts.size() + " English word types");
        Map<String, List<String>> lexicon = LexiconCompiler.compile(shared.resolve("data/lexicon"), englishCounts);
        writeLexicon(lexicon, modelDir.resolve("lexicon.tsv.gz"));
        log(t0, "lexicon.tsv.gz: " + lexicon.size() + " entries");
        if (stage.equals("lexicon")) {
            return;
        }
        PhraseModelTrainer.train(shared, modelDir, pairs, lexicon, t0, !stage.equals("phrases"));
    }

    static void writeLexicon(Map<String, List<String>> lexicon, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file);
                GZIPOutputStream gz = new GZIPOutputStream(out, 1 << 16);
                Writer w = new OutputStreamWriter(gz, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, List<String>> e : lexicon.entrySet()) {
                w.write(e.getKey());
                w.write('\t');
                w.write(String.join("|", e.getValue()));
                w.write('\n');
            }
        }
    }

    static void log(long t0, String message) {
        System.out.printf("[%6.1fs] %s%n", (System.nanoTime() - t0) / 1e9, message);
    }
}
