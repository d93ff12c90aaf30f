package io.warta.translate.engine.training.mert;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Och's (2003) exact line search: along {@code w + gamma d}, each sentence's best n-best entry changes only where the
 * upper envelope of its lines {@code w.f + gamma d.f} has a corner; sweeping those corners in order with the summed
 * metric statistics gives the objective on every interval of gamma, and the search returns the middle of the best.
 */
public final class LineSearch {

    /** Relative distance under which two corners count as one. */
    private static final double TIE = 1e-9;

    /** The objective of summed statistics, one vector per set. */
    public interface Objective {
        double of(long[][] setTotals);
    }

    /** The step chosen and the objective there. */
    public record Step(double gamma, double objective) {
    }

    private final List<double[][]> features;
    private final List<int[][]> stats;
    private final int[] setOf;
    private final int sets;
    private final Objective objective;

    /**
     * {@code features.get(i)[j]}, {@code stats.get(i)[j]}: the values and statistics of sentence i's entry j;
     * {@code setOf[i]}: its set (0 to sets - 1).
     */
    public LineSearch(List<double[][]> features, List<int[][]> stats, int[] setOf, int sets, Objective objective) {
        this.features = features;
        this.stats = stats;
        this.setOf = setOf;
        this.sets = sets;
        this.objective = objective;
    }

    /** The objective at w: each sentence's best entry under w (first of equals). */
    public double objective(double[] w) {
        return search(w, new double[w.length]).objective();
    }

    /**
     * The best step along d from w. Gamma 0 (no move) unless another interval is strictly better; an unbounded best
     * interval gives a step one unit of its corner's distance (at least 1) beyond the corner.
     */
    public Step search(double[] w, double[] d) {
        int statSize = stats.get(0)[0].length;
        long[][] totals = new long[sets][statSize];
        List<double[]> events = new ArrayList<>(); // {gamma, sentence, from entry, to entry}
        for (int i = 0; i < features.size(); i++) {
            int[] envelope = envelope(features.get(i), w, d, events, i);
            add(totals[setOf[i]], stats.get(i)[envelope[0]], 1);
        }
        events.sort(Comparator.comparingDouble(e -> e[0]));
        double bestObjective = objective.of(totals);
        double bestLow = Double.NEGATIVE_INFINITY;
        double bestHigh = events.isEmpty() ? Double.POSITIVE_INFINITY : events.get(0)[0];
        double zeroObjective = bestHigh > 0 ? bestObjective : Double.NaN;
        int k = 0;
        while (k < events.size()) {
            double gamma = events.get(k)[0];
            // Corners equal but for rounding (lines of several sentences meeting at one point) are one corner.
            while (k < events.size() && events.get(k)[0] - gamma <= TIE * Math.max(1, Math.abs(gamma))) {
                double[] e = events.get(k);
                long[] t = totals[setOf[(int) e[1]]];
                add(t, stats.get((int) e[1])[(int) e[2]], -1);
                add(t, stats.get((int) e[1])[(int) e[3]], 1);
                k++;
            }
            double next = k < events.size() ? events.get(k)[0] : Double.POSITIVE_INFINITY;
            double value = objective.of(totals);
            if (gamma <= 0 && next > 0) {
                zeroObjective = value;
            }
            if (value > bestObjective) {
                bestObjective = value;
                bestLow = gamma;
                bestHigh = next;
            }
        }
        if (!(bestObjective > zeroObjective) || bestLow <= 0 && bestHigh > 0) {
            return new Step(0, zeroObjective);
        }
        double gamma;
        if (bestLow == Double.NEGATIVE_INFINITY) {
            gamma = bestHigh - Math.max(1, Math.abs(bestHigh));
        } else if (bestHigh == Double.POSITIVE_INFINITY) {
            gamma = bestLow + Math.max(1, Math.abs(bestLow));
        } else {
            gamma = (bestLow + bestHigh) / 2;
        }
        return new Step(gamma, bestObjective);
    }

    private static void add(long[] totals, int[] s, int sign) {
        for (int k = 0; k < s.length; k++) {
            totals[k] += sign * s[k];
        }
    }

    /**
     * The upper envelope of the sentence's lines (intercept w.f, slope d.f): its entries from gamma = -infinity on,
     * and an event per corner. Of equal lines the first entry.
     */
    static int[] envelope(double[][] f, double[] w, double[] d, List<double[]> events, int sentence) {
        int n = f.length;
        double[] a = new double[n];
        double[] b = new double[n];
        Integer[] order = new Integer[n];
        for (int j = 0; j < n; j++) {
            a[j] = dot(w, f[j]) + 0.0; // + 0.0: no -0.0, which sorts before 0.0
            b[j] = dot(d, f[j]) + 0.0;
            order[j] = j;
        }
        // By slope, then intercept, then (for equal lines) the later entry first so the first one survives.
        Arrays.sort(order, (x, y) -> b[x] != b[y] ? Double.compare(b[x], b[y])
                : a[x] != a[y] ? Double.compare(a[x], a[y]) : Integer.compare(y, x));
        int[] hull = new int[n];
        double[] from = new double[n];
        int size = 0;
        for (int idx = 0; idx < n; idx++) {
            int j = order[idx];
            if (idx + 1 < n && b[order[idx + 1]] == b[j]) {
                continue; // a line of the same slope and a higher (or equal, earlier) intercept follows
            }
            double x = Double.NEGATIVE_INFINITY;
            while (size > 0) {
                int top = hull[size - 1];
                x = (a[top] - a[j]) / (b[j] - b[top]);
                if (x <= from[size - 1]) {
                    size--;
                    x = Double.NEGATIVE_INFINITY;
                } else {
                    break;
                }
            }
            hull[size] = j;
            from[size] = size == 0 ? Double.NEGATIVE_INFINITY : x;
            size++;
        }
        for (int s = 1; s < size; s++) {
            events.add(new double[] {from[s], sentence, hull[s - 1], hull[s]});
        }
        return Arrays.copyOf(hull, size);
    }

    static double dot(double[] x, double[] y) {
        double s = 0;
        for (int k = 0; k < x.length; k++) {
            s += x[k] * y[k];
        }
        return s;
    }
}
