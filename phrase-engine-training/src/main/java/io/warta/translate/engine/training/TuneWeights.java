package io.warta.translate.engine.training;

import io.warta.translate.engine.ModelFiles;
import io.warta.translate.engine.phrase.PhraseModel;
import io.warta.translate.engine.eval.MtMetrics;
import io.warta.translate.engine.phrase.PhraseTranslator;
import io.warta.translate.engine.phrase.Weights;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Tunes the decoder's feature weights on news-dev (the only tuning data we may use) by coordinate
 * ascent on chrF + BLEU, re-decoding a fixed subset of the sentences for every trial. Deterministic.
 * Usage: {@code TuneWeights SHARED_DIR MODEL_DIR [passes] [every-nth-sentence] [continue]}: starts from the
 * default weights unless {@code continue} is given (then from MODEL_DIR/weights.properties); the model files must be
 * on the classpath (they are read through {@link ModelFiles}).
 */
public final class TuneWeights {

    /** Weight of BLEU next to chrF in the objective (the targets: chrF 48 first, BLEU at least 15). */
    static final double BLEU_WEIGHT = Double.parseDouble(System.getProperty("warta.tune.bleuWeight", "0.3"));

    private TuneWeights() {
    }

    public static void main(String[] args) throws Exception {
        Path shared = Path.of(args[0]);
        Path modelDir = Path.of(args[1]);
        int passes = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        int every = args.length > 3 ? Integer.parseInt(args[3]) : 3;
        long t0 = System.nanoTime();
        PhraseTranslator base = PhraseModel.load(new ModelFiles());
        Path dev = shared.resolve("data/parallel/dev");
        List<String> allSrc = Corpora.lines(dev.resolve("news-dev.id"));
        List<String> allRef = Corpora.lines(dev.resolve("news-dev.en"));
        List<String> src = new ArrayList<>();
        List<String> ref = new ArrayList<>();
        // Every n-th sentence from line 0: with an even n only even lines, so the odd half stays held out.
        for (int i = 0; i < allSrc.size(); i += every) {
            src.add(allSrc.get(i));
            ref.add(allRef.get(i));
        }
        Path weightsFile = modelDir.resolve("weights.properties");
        boolean resume = args.length > 4 && args[4].equals("continue") && Files.exists(weightsFile);
        Weights best = resume ? Weights.read(Files.newInputStream(weightsFile)) : Weights.defaults();
        double bestScore = objective(base, best, src, ref);
        TrainModel.log(t0, String.format("start %.2f  %s", bestScore, best));
        double[] steps = {-0.5, -0.25, 0.25, 0.5, 1.0};
        for (int pass = 0; pass < passes; pass++) {
            for (int i = 0; i < Weights.NAMES.length; i++) {
                double current = best.get(i);
                for (double step : steps) {
                    double scale = pass == 0 ? 1.0 : 0.5;
                    double value = current + step * scale * Math.max(0.1, Math.abs(current));
                    Weights trial = best.with(i, value);
                    double score = objective(base, trial, src, ref);
                    if (score > bestScore + 1e-6) {
                        bestScore = score;
                        best = trial;
                        TrainModel.log(t0, String.format("  %s=%.3f -> %.2f", Weights.NAMES[i], value, bestScore));
                    }
                }
            }
            TrainModel.log(t0, String.format("pass %d: %.2f  %s", pass + 1, bestScore, best));
            try (OutputStream out = Files.newOutputStream(weightsFile)) {
                best.write(out, String.format(java.util.Locale.ROOT,
                        "tuned on every %d. sentence of news-dev by TuneWeights (chrF + %.1f BLEU = %.2f)", every, BLEU_WEIGHT, bestScore));
            }
        }
    }

    static double objective(PhraseTranslator base, Weights w, List<String> src, List<String> ref) {
        PhraseTranslator t = base.withWeights(w, PhraseModel.BEAM, PhraseModel.DISTORTION_LIMIT, PhraseModel.OPTIONS_PER_SPAN);
        String[] hyp = new String[src.size()];
        IntStream.range(0, src.size()).parallel().forEach(i -> hyp[i] = t.translate(src.get(i)));
        List<String> h = List.of(hyp);
        return MtMetrics.chrf(h, ref) + BLEU_WEIGHT * MtMetrics.bleu(h, ref);
    }
}
