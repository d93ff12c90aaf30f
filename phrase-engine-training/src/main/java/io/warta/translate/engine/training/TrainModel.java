package io.warta.translate.engine.training;

import io.warta.translate.engine.ModelFiles;
import io.warta.translate.engine.phrase.PhraseModel;
import io.warta.translate.engine.phrase.PhraseTable;
import io.warta.translate.engine.phrase.PhraseTranslator;
import io.warta.translate.engine.text.Tokenizer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPOutputStream;

/**
 * Builds every model file the engines load, deterministically, from {@code ../shared}.
 * Usage: {@code TrainModel SHARED_DIR MODEL_DIR [lexicon|phrases|truecase|lm|synthetic|all]} (phrases = all but the
 * language model, lm = the language model alone, a few minutes; synthetic = IndoSum decoded by the model on the classpath
 * into {@code -Dwarta.train.synthetic=DIR}, see {@link SyntheticPairs}).
 * With {@code -Dwarta.train.synthetic=DIR} the phrase table (only: not the lexicon, truecaser or LM) also learns from
 * the synthetic pairs in DIR ({@code -Dwarta.train.syntheticShare}: the share of them with the best model score).
 */
public final class TrainModel {

    /** The directory of the synthetic pairs (SyntheticPairs); empty: the phrase table learns from the corpora alone. */
    static final String SYNTHETIC_DIR = System.getProperty("warta.train.synthetic", "");
    /** The share of the synthetic pairs the phrase table learns from, best model score per token first. */
    static final double SYNTHETIC_SHARE = Double.parseDouble(System.getProperty("warta.train.syntheticShare", "1"));
    /**
     * The share of the synthetic pairs the aligner also sees (best score first): those beyond SYNTHETIC_SHARE are
     * aligned with the rest but not extracted into phrases. Default: SYNTHETIC_SHARE (none beyond).
     */
    static final double SYNTHETIC_ALIGN_SHARE = Double.parseDouble(
            System.getProperty("warta.train.syntheticAlignShare", String.valueOf(SYNTHETIC_SHARE)));
    /** Decoding threads of the stage "synthetic". */
    static final int SYNTHETIC_THREADS = Integer.getInteger("warta.train.syntheticThreads", 2);

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
        if (stage.equals("synthetic")) {
            decodeSynthetic(shared, t0);
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
        List<Corpora.Pair> tablePairs = pairs;
        int extracted = pairs.size();
        if (!SYNTHETIC_DIR.isEmpty()) {
            tablePairs = new ArrayList<>(pairs);
            List<Corpora.Pair> synthetic = SyntheticPairs.read(Path.of(SYNTHETIC_DIR), SYNTHETIC_SHARE, 80);
            tablePairs.addAll(synthetic);
            extracted = tablePairs.size();
            log(t0, "phrase table: + " + synthetic.size() + " synthetic pairs from " + SYNTHETIC_DIR + " (share "
                    + SYNTHETIC_SHARE + ")");
            if (SYNTHETIC_ALIGN_SHARE > SYNTHETIC_SHARE) {
                // The further synthetic pairs only shape the alignment: they follow the extracted ones.
                Set<Corpora.Pair> inPhrases = new HashSet<>(synthetic);
                int before = tablePairs.size();
                for (Corpora.Pair p : SyntheticPairs.read(Path.of(SYNTHETIC_DIR), SYNTHETIC_ALIGN_SHARE, 80)) {
                    if (!inPhrases.contains(p)) {
                        tablePairs.add(p);
                    }
                }
                log(t0, "alignment only: + " + (tablePairs.size() - before) + " synthetic pairs (share "
                        + SYNTHETIC_ALIGN_SHARE + ")");
            }
        }
        PhraseModelTrainer.train(shared, modelDir, tablePairs, extracted, pairs, lexicon, t0, !stage.equals("phrases"));
    }

    /**
     * IndoSum translated by the engine the classpath holds (the normal PhraseModel path: its table, LM and weights),
     * written to {@link #SYNTHETIC_DIR}.
     */
    private static void decodeSynthetic(Path shared, long t0) throws IOException, InterruptedException {
        if (SYNTHETIC_DIR.isEmpty()) {
            throw new IllegalArgumentException("stage synthetic needs -Dwarta.train.synthetic=DIR");
        }
        ModelFiles files = new ModelFiles();
        PhraseTranslator engine = PhraseModel.load(files);
        PhraseTable table = PhraseTable.read(files.open("phrase-table.bin.gz"));
        log(t0, "engine loaded from the classpath");
        SyntheticPairs.build(shared, Path.of(SYNTHETIC_DIR), engine::translateScored, table::contains, SYNTHETIC_THREADS,
                t0);
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
