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
 * Tunes the decoder's feature weights on the even lines (0-based) of both dev sets, news-dev and general-dev, by
 * coordinate ascent on chrF + BLEU, re-decoding a fixed subset of the sentences for every trial; the odd lines of
 * both stay held out. The objective is the mean of the two sets' scores, so the larger set does not outweigh the
 * other. Deterministic.
 * Usage: {@code TuneWeights SHARED_DIR MODEL_DIR [passes] [every-nth-sentence] [continue]}: starts from the
 * default weights unless {@code continue} is given (then from MODEL_DIR/weights.properties); the model files must be
 * on the classpath (they are read through {@link ModelFiles}). {@code -Dwarta.tune.sets=news-dev} tunes on one set;
 * {@code -Dwarta.tune.only=name,name} moves only the weights so named (the others stay as they are).
 */
public final class TuneWeights {

    /** Weight of BLEU next to chrF in the objective (the targets: chrF 48 first, BLEU at least 15). */
    static final double BLEU_WEIGHT = Double.parseDouble(System.getProperty("warta.tune.bleuWeight", "0.3"));
    static final List<String> SETS = List.of(System.getProperty("warta.tune.sets", "news-dev,general-dev").split(","));
    static final List<String> ONLY = System.getProperty("warta.tune.only", "").isBlank() ? List.of()
            : List.of(System.getProperty("warta.tune.only").split(","));

    /** {@code -Dwarta.tune.directional=true}: per weight, step on only in a direction that improves (see main). */
    static final boolean DIRECTIONAL = Boolean.getBoolean("warta.tune.directional");

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
        if (every % 2 != 0) {
            throw new IllegalArgumentException("every-nth-sentence must be even, so that the odd lines stay held out");
        }
        List<List<String>> src = new ArrayList<>();
        List<List<String>> ref = new ArrayList<>();
        for (String set : SETS) {
            List<String> allSrc = Corpora.lines(dev.resolve(set + ".id"));
            List<String> allRef = Corpora.lines(dev.resolve(set + ".en"));
            List<String> s = new ArrayList<>();
            List<String> r = new ArrayList<>();
            // Every n-th sentence from line 0: with an even n only even lines, so the odd half stays held out.
            for (int i = 0; i < allSrc.size(); i += every) {
                s.add(allSrc.get(i));
                r.add(allRef.get(i));
            }
            src.add(s);
            ref.add(r);
        }
        Path weightsFile = modelDir.resolve("weights.properties");
        boolean resume = args.length > 4 && args[4].equals("continue") && Files.exists(weightsFile);
        Weights best = resume ? Weights.read(Files.newInputStream(weightsFile)) : Weights.defaults();
        double bestScore = objective(base, best, src, ref);
        TrainModel.log(t0, String.format("start %.2f  %s", bestScore, best));
        double[] steps = {-0.5, -0.25, 0.25, 0.5, 1.0};
        for (int pass = 0; pass < passes; pass++) {
            for (int i = 0; i < Weights.NAMES.length; i++) {
                if (!ONLY.isEmpty() && !ONLY.contains(Weights.NAMES[i])) {
                    continue;
                }
                double current = best.get(i);
                double scale = (pass == 0 ? 1.0 : 0.5) * Math.max(0.1, Math.abs(current));
                if (DIRECTIONAL) {
                    // A quarter step up, then down; go on in a direction only while it keeps improving (2-4 trials
                    // a weight instead of 5).
                    for (double sign : new double[] {1, -1}) {
                        boolean improved = false;
                        for (double step : new double[] {0.25, 0.5, 1.0}) {
                            double value = current + sign * step * scale;
                            Weights trial = best.with(i, value);
                            double score = objective(base, trial, src, ref);
                            TrainModel.log(t0, String.format("    %s=%.4f: %.3f", Weights.NAMES[i], value, score));
                            if (score <= bestScore + 1e-6) {
                                break;
                            }
                            bestScore = score;
                            best = trial;
                            improved = true;
                            TrainModel.log(t0, String.format("  %s=%.4f -> %.3f", Weights.NAMES[i], value, bestScore));
                        }
                        if (improved) {
                            break;
                        }
                    }
                    continue;
                }
                for (double step : steps) {
                    double value = current + step * scale;
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
                        "tuned on every %d. sentence of %s by TuneWeights (mean chrF + %.1f BLEU = %.2f)", every, String.join(" and ", SETS),
                        BLEU_WEIGHT, bestScore));
            }
        }
    }

    /** Mean over the sets of chrF + BLEU_WEIGHT x BLEU. */
    static double objective(PhraseTranslator base, Weights w, List<List<String>> src, List<List<String>> ref) {
        PhraseTranslator t = base.withWeights(w, PhraseModel.BEAM, PhraseModel.DISTORTION_LIMIT, PhraseModel.OPTIONS_PER_SPAN);
        double sum = 0;
        for (int k = 0; k < src.size(); k++) {
            List<String> s = src.get(k);
            String[] hyp = new String[s.size()];
            IntStream.range(0, s.size()).parallel().forEach(i -> hyp[i] = t.translate(s.get(i)));
            List<String> h = List.of(hyp);
            sum += MtMetrics.chrf(h, ref.get(k)) + BLEU_WEIGHT * MtMetrics.bleu(h, ref.get(k));
        }
        return sum / src.size();
    }
}
