package io.warta.translate.engine.training.mert;

import io.warta.translate.engine.ModelFiles;
import io.warta.translate.engine.eval.MetricStatistics;
import io.warta.translate.engine.phrase.PhraseModel;
import io.warta.translate.engine.phrase.PhraseTranslator;
import io.warta.translate.engine.phrase.Weights;
import io.warta.translate.engine.training.Corpora;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * N-best MERT (Och 2003, as Moses' mert) of the decoder's weights on the even lines (0-based) of both dev sets; the
 * odd lines stay held out. Per iteration: decode the tuning lines under the current weights into n-best lists with
 * feature values ({@link PhraseTranslator#nBest}), merge them into those of the earlier iterations
 * ({@link NBestList}), and optimize the weights on all of them ({@link MertOptimizer}); stop when the lists gain
 * nothing or after the last iteration. The weights written are those whose decoded one-best scored highest.
 * Objective: the mean over the sets of chrF + {@code warta.tune.bleuWeight} (0.1) x BLEU. Deterministic.
 * Usage: {@code Mert SHARED_DIR MODEL_DIR WORK_DIR [iterations] [n-best size]}: starts from MODEL_DIR/weights.properties
 * (the model files must be on the classpath) and writes WORK_DIR/weights.properties, the n-best lists and a weights
 * file per iteration. {@code -Dwarta.mert.fixed=name,name} keeps weights as they are; {@code -Dwarta.mert.start=FILE}
 * starts from other weights, {@code -Dwarta.mert.resume=NBEST} from the n-best lists an earlier run wrote;
 * {@code -Dwarta.mert.restarts}, {@code -Dwarta.mert.randomDirections}, {@code -Dwarta.mert.seed}.
 */
public final class Mert {

    static final double BLEU_WEIGHT = Double.parseDouble(System.getProperty("warta.tune.bleuWeight", "0.1"));
    static final List<String> SETS = List.of("news-dev", "general-dev");

    private Mert() {
    }

    /** Mean over the sets of chrF + BLEU_WEIGHT x BLEU of summed statistics. */
    static double objective(long[][] setTotals) {
        double sum = 0;
        for (long[] t : setTotals) {
            sum += MetricStatistics.chrf(t) + BLEU_WEIGHT * MetricStatistics.bleu(t);
        }
        return sum / setTotals.length;
    }

    public static void main(String[] args) throws Exception {
        Path shared = Path.of(args[0]);
        Path modelDir = Path.of(args[1]);
        Path work = Path.of(args[2]);
        int iterations = args.length > 3 ? Integer.parseInt(args[3]) : 8;
        int k = args.length > 4 ? Integer.parseInt(args[4]) : 100;
        int restarts = Integer.getInteger("warta.mert.restarts", 10);
        int randomDirections = Integer.getInteger("warta.mert.randomDirections", 3);
        long seed = Long.getLong("warta.mert.seed", 13);
        List<String> fixed = List.of(System.getProperty("warta.mert.fixed", "").split(","));
        Files.createDirectories(work);
        long t0 = System.nanoTime();
        PhraseTranslator base = PhraseModel.load(new ModelFiles());
        Path dev = shared.resolve("data/parallel/dev");
        List<String> src = new ArrayList<>();
        List<MetricStatistics.Reference> refs = new ArrayList<>();
        List<Integer> sets = new ArrayList<>();
        for (int s = 0; s < SETS.size(); s++) {
            List<String> allSrc = Corpora.lines(dev.resolve(SETS.get(s) + ".id"));
            List<String> allRef = Corpora.lines(dev.resolve(SETS.get(s) + ".en"));
            for (int i = 0; i < allSrc.size(); i += 2) { // even lines only: the odd ones stay held out
                src.add(allSrc.get(i));
                refs.add(new MetricStatistics.Reference(allRef.get(i)));
                sets.add(s);
            }
        }
        int[] setOf = sets.stream().mapToInt(Integer::intValue).toArray();
        String startFile = System.getProperty("warta.mert.start", "");
        double[] w = Weights.read(Files.newInputStream(startFile.isEmpty() ? modelDir.resolve("weights.properties")
                : Path.of(startFile))).toArray();
        boolean[] free = new boolean[w.length];
        for (int j = 0; j < w.length; j++) {
            free[j] = !fixed.contains(Weights.NAMES[j]);
        }
        String resume = System.getProperty("warta.mert.resume", "");
        NBestList lists = resume.isEmpty() ? new NBestList(src.size()) : NBestList.read(Path.of(resume), src.size());
        double[] bestWeights = w.clone();
        double bestDecoded = Double.NEGATIVE_INFINITY;
        for (int it = 1; it <= iterations; it++) {
            PhraseTranslator t = base.withWeights(new Weights(w), PhraseModel.BEAM, PhraseModel.DISTORTION_LIMIT,
                    PhraseModel.OPTIONS_PER_SPAN);
            List<List<PhraseTranslator.Alternative>> nbest = new ArrayList<>();
            PhraseTranslator.Alternative[][] out = new PhraseTranslator.Alternative[src.size()][];
            IntStream.range(0, src.size()).parallel()
                    .forEach(i -> out[i] = t.nBest(src.get(i), k).toArray(new PhraseTranslator.Alternative[0]));
            long[][] oneBest = new long[SETS.size()][MetricStatistics.SIZE];
            int added = 0;
            for (int i = 0; i < src.size(); i++) {
                for (int j = 0; j < out[i].length; j++) {
                    int[] stats = MetricStatistics.of(out[i][j].text(), refs.get(i));
                    if (j == 0) {
                        for (int x = 0; x < stats.length; x++) {
                            oneBest[setOf[i]][x] += stats[x];
                        }
                    }
                    if (lists.add(i, new NBestList.Entry(out[i][j].text(), out[i][j].features(), stats))) {
                        added++;
                    }
                }
            }
            double decoded = objective(oneBest);
            log(t0, String.format(Locale.ROOT, "iteration %d: decoded %.3f (news %.2f / general %.2f chrF), "
                    + "%d new n-best entries, %d in all", it, decoded, MetricStatistics.chrf(oneBest[0]),
                    MetricStatistics.chrf(oneBest[1]), added, lists.size()));
            if (decoded > bestDecoded) {
                bestDecoded = decoded;
                bestWeights = w.clone();
                write(work.resolve("weights.properties"), bestWeights, String.format(Locale.ROOT,
                        "n-best MERT (training.mert.Mert) on the even lines of news-dev and general-dev, iteration %d "
                        + "of at most %d, n-best %d: decoded mean chrF + %.1f BLEU %.3f", it, iterations, k,
                        BLEU_WEIGHT, decoded));
            }
            lists.write(work.resolve("nbest.txt"));
            // Resumed lists hold what the start weights decode: optimize on them at least once.
            if (added == 0 && !(it == 1 && !resume.isEmpty()) || it == iterations) {
                break;
            }
            List<double[][]> features = new ArrayList<>();
            List<int[][]> stats = new ArrayList<>();
            for (int i = 0; i < src.size(); i++) {
                List<NBestList.Entry> entries = lists.get(i);
                features.add(entries.stream().map(NBestList.Entry::features).toArray(double[][]::new));
                stats.add(entries.stream().map(NBestList.Entry::stats).toArray(int[][]::new));
            }
            LineSearch search = new LineSearch(features, stats, setOf, SETS.size(), Mert::objective);
            double[] scale = new double[w.length];
            for (int j = 0; j < w.length; j++) {
                scale[j] = Math.max(0.1, Math.abs(w[j]));
            }
            double before = search.objective(w);
            MertOptimizer.Result r = new MertOptimizer(search, free, randomDirections, restarts, seed + it)
                    .optimize(w, scale);
            w = normalized(r.weights(), w, free);
            log(t0, String.format(Locale.ROOT, "  optimized on the n-best lists: %.3f -> %.3f  %s", before,
                    r.objective(), new Weights(w)));
            write(work.resolve("weights." + it + ".properties"), w, "MERT iteration " + it);
        }
        log(t0, String.format(Locale.ROOT, "best decoded %.3f: %s", bestDecoded, new Weights(bestWeights)));
    }

    /**
     * The weights scaled to the L1 norm of those they started from (the search ranks by the weights' direction only:
     * the beam keeps a fixed number of hypotheses), unless some are fixed; rounded to the 4 decimals the weights file
     * keeps, so that what is decoded is what is written.
     */
    static double[] normalized(double[] w, double[] start, boolean[] free) {
        double factor = 1;
        boolean allFree = true;
        for (boolean f : free) {
            allFree &= f;
        }
        if (allFree) {
            double before = 0;
            double after = 0;
            for (int j = 0; j < w.length; j++) {
                before += Math.abs(start[j]);
                after += Math.abs(w[j]);
            }
            factor = after > 0 ? before / after : 1;
        }
        double[] out = new double[w.length];
        for (int j = 0; j < w.length; j++) {
            out[j] = Math.round(w[j] * factor * 1e4) / 1e4;
        }
        return out;
    }

    private static void log(long t0, String message) {
        System.out.printf("[%6.1fs] %s%n", (System.nanoTime() - t0) / 1e9, message);
    }

    private static void write(Path file, double[] w, String comment) throws Exception {
        try (OutputStream o = Files.newOutputStream(file)) {
            new Weights(w).write(o, comment);
        }
    }
}
