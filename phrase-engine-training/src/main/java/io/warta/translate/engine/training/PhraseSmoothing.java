package io.warta.translate.engine.training;

import java.util.Locale;

/**
 * How phi(e|f) and phi(f|e) are estimated from the phrase-pair counts. Relative frequency overrates pairs seen once
 * or twice (a target phrase seen once with its source gets phi = 1), which on a corpus of 50,000 sentence pairs is
 * most of the table. Two estimates:
 * <ul>
 * <li>{@link #absolute}: c(f,e) minus a fixed discount, over c(f); the discounted mass is dropped.</li>
 * <li>{@link #kneserNey}: modified Kneser-Ney (Foster, Kuhn and Johnson 2006, "Phrasetable smoothing for statistical
 * machine translation"; discounts D1, D2, D3+ from the counts of counts, Chen and Goodman 1998): the discounted mass
 * of a given phrase goes to every phrase of the other side by how many distinct phrases that one pairs with,
 * phi(e|f) = (c(f,e) - D(c)) / c(f) + (sum of f's discounts / c(f)) x n(*,e) / n(*,*).</li>
 * </ul>
 * Deterministic: integer counts and a fixed order of sums.
 */
public final class PhraseSmoothing {

    private final double[] discount;
    private final boolean backOff;
    private final double[] sourceMass;
    private final double[] targetMass;
    private final int[] sourceTypes;
    private final int[] targetTypes;
    private final long types;

    private PhraseSmoothing(double[] discount, boolean backOff, double[] sourceMass, double[] targetMass,
            int[] sourceTypes, int[] targetTypes, long types) {
        this.discount = discount;
        this.backOff = backOff;
        this.sourceMass = sourceMass;
        this.targetMass = targetMass;
        this.sourceTypes = sourceTypes;
        this.targetTypes = targetTypes;
        this.types = types;
    }

    /** A fixed discount, no back-off (a pair seen once: {@code (1 - d) / c(f)}). */
    public static PhraseSmoothing absolute(double d) {
        return new PhraseSmoothing(new double[] {0, d, d, d}, false, null, null, null, null, 0);
    }

    /**
     * Modified Kneser-Ney over all extracted pairs: {@code keys} are the pair keys (source id in the high 32 bits,
     * target id in the low), {@code counts} their counts; ids are dense below {@code sources} and {@code targets}.
     */
    public static PhraseSmoothing kneserNey(long[] keys, LongIntMap counts, int sources, int targets) {
        long[] countOfCounts = new long[5];
        for (long k : keys) {
            int c = counts.get(k, 0);
            if (c <= 4) {
                countOfCounts[c]++;
            }
        }
        double[] d = discounts(countOfCounts);
        double[] sourceMass = new double[sources];
        double[] targetMass = new double[targets];
        int[] sourceTypes = new int[sources];
        int[] targetTypes = new int[targets];
        for (long k : keys) {
            int sid = (int) (k >> 32);
            int tid = (int) k;
            double dc = d[Math.min(3, counts.get(k, 0))];
            sourceMass[sid] += dc;
            targetMass[tid] += dc;
            sourceTypes[sid]++;
            targetTypes[tid]++;
        }
        return new PhraseSmoothing(d, true, sourceMass, targetMass, sourceTypes, targetTypes, keys.length);
    }

    /** D1, D2, D3+ (index 1-3) from n1..n4, kept inside (0, c); 0.5 each when a count of counts is missing. */
    public static double[] discounts(long[] n) {
        if (n[1] == 0 || n[2] == 0 || n[3] == 0 || n[4] == 0) {
            return new double[] {0, 0.5, 0.5, 0.5};
        }
        double y = n[1] / (double) (n[1] + 2 * n[2]);
        return new double[] {0,
            clamp(1 - 2 * y * n[2] / n[1], 0.05, 0.95),
            clamp(2 - 3 * y * n[3] / n[2], 0.05, 1.95),
            clamp(3 - 4 * y * n[4] / n[3], 0.05, 2.95)};
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }

    /**
     * phi of the pair (seen {@code c} times) given one side seen {@code total} times: phi(e|f) when
     * {@code givenSource}, else phi(f|e).
     */
    public double probability(int c, double total, int sid, int tid, boolean givenSource) {
        double d = discount[Math.min(3, c)];
        if (!backOff) {
            return Math.max(c - d, 0.1) / total;
        }
        double mass = givenSource ? sourceMass[sid] : targetMass[tid];
        int otherTypes = givenSource ? targetTypes[tid] : sourceTypes[sid];
        return (c - d) / total + mass / total * otherTypes / types;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s, discounts %.3f %.3f %.3f", backOff ? "Kneser-Ney" : "absolute",
                discount[1], discount[2], discount[3]);
    }
}
