package io.warta.translate.engine.training.mert;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * MERT's inner loop on fixed n-best lists: from each start point (the weights given, then random restarts around
 * them), line searches ({@link LineSearch}) along every free coordinate and a few random directions, repeated while
 * the objective rises; the best end point wins. Directions are scaled per weight ({@code scale}: a unit's size, e.g.
 * the weight's magnitude) so a random direction moves small and large weights alike. Deterministic for a seed.
 */
public final class MertOptimizer {

    /** The weights found and their objective on the n-best lists. */
    public record Result(double[] weights, double objective) {
    }

    private final LineSearch search;
    private final boolean[] free;
    private final int randomDirections;
    private final int restarts;
    private final long seed;

    public MertOptimizer(LineSearch search, boolean[] free, int randomDirections, int restarts, long seed) {
        this.search = search;
        this.free = free;
        this.randomDirections = randomDirections;
        this.restarts = restarts;
        this.seed = seed;
    }

    /** The best weights from {@code start} and the restarts; {@code scale}: per weight, a unit step. */
    public Result optimize(double[] start, double[] scale) {
        Random random = new Random(seed);
        Result best = ascend(start.clone(), scale, random);
        for (int r = 0; r < restarts; r++) {
            double[] w = start.clone();
            for (int k = 0; k < w.length; k++) {
                if (free[k]) {
                    w[k] += (2 * random.nextDouble() - 1) * scale[k];
                }
            }
            Result result = ascend(w, scale, random);
            if (result.objective() > best.objective() + 1e-9) {
                best = result;
            }
        }
        return best;
    }

    private Result ascend(double[] w, double[] scale, Random random) {
        double value = search.objective(w);
        for (int round = 0; round < 30; round++) {
            double before = value;
            for (double[] d : directions(w.length, scale, random)) {
                LineSearch.Step step = search.search(w, d);
                if (step.gamma() != 0 && step.objective() > value + 1e-9) {
                    for (int k = 0; k < w.length; k++) {
                        w[k] += step.gamma() * d[k];
                    }
                    value = step.objective();
                }
            }
            if (value <= before + 1e-6) {
                break;
            }
        }
        return new Result(w, value);
    }

    private List<double[]> directions(int n, double[] scale, Random random) {
        List<double[]> out = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            if (free[k]) {
                double[] d = new double[n];
                d[k] = scale[k];
                out.add(d);
            }
        }
        for (int r = 0; r < randomDirections; r++) {
            double[] d = new double[n];
            for (int k = 0; k < n; k++) {
                d[k] = free[k] ? random.nextGaussian() * scale[k] : 0;
            }
            out.add(d);
        }
        return out;
    }
}
