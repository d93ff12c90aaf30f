package io.warta.translate.engine.training;

import io.warta.translate.engine.ModelFiles;
import io.warta.translate.engine.eval.MtMetrics;
import io.warta.translate.engine.phrase.ConfidenceCalibration;
import io.warta.translate.engine.phrase.PhraseModel;
import io.warta.translate.engine.phrase.PhraseTranslator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Writes the phrase engine's confidence calibration ({@value ConfidenceCalibration#FILE} in the model directory): the
 * engine's model score per source token on the EVEN lines (2, 4, ...) of news-dev and general-dev, as 101 percentiles.
 * The odd lines stay held out (ConfidenceRankingTest). Deterministic: the same model gives the same file. Usage, after
 * the model files (the calibration depends on them, so run it after every retraining or tuning):
 * {@code ./mvnw -B -pl phrase-engine-training -am -Ptrain process-classes -DskipTests
 * -Dtrain.main=io.warta.translate.engine.training.CalibrateConfidence -Dtrain.args="$PWD/../shared $PWD/phrase-engine/src/main/resources/model"}
 */
public final class CalibrateConfidence {

    public static final List<String> SETS = List.of("news-dev", "general-dev");
    public static final int QUANTILES = 101;

    private CalibrateConfidence() {
    }

    public static void main(String[] args) throws IOException {
        Path shared = Path.of(args[0]);
        Path modelDir = Path.of(args[1]);
        PhraseTranslator translator = PhraseModel.load(new ModelFiles());
        List<Double> scores = new ArrayList<>();
        List<String> hyps = new ArrayList<>();
        List<String> refs = new ArrayList<>();
        for (String set : SETS) {
            List<String> src = DevLines.even(shared, set, "id");
            refs.addAll(DevLines.even(shared, set, "en"));
            for (String sentence : src) {
                PhraseTranslator.Scored scored = translator.translateScored(sentence);
                hyps.add(scored.text());
                scores.add(scored.scorePerToken());
            }
        }
        double[] sorted = scores.stream().mapToDouble(Double::doubleValue).filter(s -> !Double.isNaN(s)).sorted().toArray();
        List<String> lines = new ArrayList<>();
        lines.add("# Phrase engine confidence calibration: the model score per source token (best hypothesis) at the");
        lines.add("# percentiles 0..100 of the even lines of " + String.join(" and ", SETS) + " (" + sorted.length
                + " sentences). Written by");
        lines.add("# phrase-engine-training CalibrateConfidence (deterministic); rerun after every change to the model.");
        for (double q : quantiles(sorted, QUANTILES)) {
            lines.add(String.format(Locale.ROOT, "%.6f", q));
        }
        Files.write(modelDir.resolve(ConfidenceCalibration.FILE), lines, StandardCharsets.UTF_8);
        System.out.printf(Locale.ROOT, "wrote %s from %d sentences%n", modelDir.resolve(ConfidenceCalibration.FILE),
                sorted.length);
        double[] chrf = ConfidenceQuartiles.chrfByQuartile(hyps, refs, scores);
        System.out.printf(Locale.ROOT, "even lines, sentence chrF by score quartile (bottom..top): %.2f %.2f %.2f %.2f%n",
                chrf[0], chrf[1], chrf[2], chrf[3]);
    }

    /** {@code count} evenly spaced quantiles of ascending values, linear between neighbours. */
    public static double[] quantiles(double[] ascending, int count) {
        double[] out = new double[count];
        for (int k = 0; k < count; k++) {
            double pos = (double) k / (count - 1) * (ascending.length - 1);
            int lo = (int) Math.floor(pos);
            int hi = Math.min(lo + 1, ascending.length - 1);
            out[k] = ascending[lo] + (pos - lo) * (ascending[hi] - ascending[lo]);
        }
        return out;
    }

    /** A dev set's even or odd lines (1-based: line 1 is odd). */
    public static final class DevLines {

        private DevLines() {
        }

        public static List<String> even(Path shared, String set, String language) throws IOException {
            return every(shared, set, language, 1);
        }

        public static List<String> odd(Path shared, String set, String language) throws IOException {
            return every(shared, set, language, 0);
        }

        private static List<String> every(Path shared, String set, String language, int first) throws IOException {
            List<String> all = Files.readAllLines(shared.resolve("data/parallel/dev/" + set + "." + language),
                    StandardCharsets.UTF_8);
            List<String> out = new ArrayList<>();
            for (int i = first; i < all.size(); i += 2) {
                out.add(all.get(i));
            }
            return out;
        }
    }

    /** Mean sentence chrF of the sentences in each quartile of a score (ties kept in input order). */
    public static final class ConfidenceQuartiles {

        private ConfidenceQuartiles() {
        }

        public static double[] chrfByQuartile(List<String> hyps, List<String> refs, List<Double> scores) {
            Integer[] order = new Integer[hyps.size()];
            for (int i = 0; i < order.length; i++) {
                order[i] = i;
            }
            Arrays.sort(order, (a, b) -> Double.compare(key(scores.get(a)), key(scores.get(b))));
            double[] means = new double[4];
            for (int q = 0; q < 4; q++) {
                int from = q * order.length / 4;
                int to = (q + 1) * order.length / 4;
                double sum = 0;
                for (int k = from; k < to; k++) {
                    int i = order[k];
                    sum += MtMetrics.chrf(List.of(hyps.get(i)), List.of(refs.get(i)));
                }
                means[q] = to > from ? sum / (to - from) : Double.NaN;
            }
            return means;
        }

        private static double key(Double score) {
            return score == null || Double.isNaN(score) ? Double.NEGATIVE_INFINITY : score;
        }
    }
}
