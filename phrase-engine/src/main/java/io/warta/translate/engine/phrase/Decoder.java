package io.warta.translate.engine.phrase;

import io.warta.text.Deadline;
import io.warta.translate.engine.phrase.features.Extension;
import io.warta.translate.engine.phrase.features.ExtensionFeature;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Phrase-based beam search (Koehn 2004): hypotheses grouped by number of covered source words,
 * recombined on (coverage, LM history, last source position), pruned to a fixed beam by score plus
 * a future-cost estimate of the uncovered spans; reordering limited by a distortion limit. What it adds to an option's
 * static score is up to the {@link ExtensionFeature}s it is given (language model, distortion, reordering, ...).
 */
public final class Decoder {

    /** A translation option for source span [start, end): English LM ids, its static score and how to write it. */
    public static final class Option {
        final int start;
        final int end;
        final int[] lmIds;
        final double staticScore;
        /** English words the language model does not know (scored as {@code <unk>}). */
        final int unknownWords;
        /** ln p(orientation) towards the previous phrase [0..2] and the next [3..5] (PhraseTable order). */
        final float[] reorder;
        final Rendering rendering;
        /** The option features' unweighted values ({@code Features#values}), kept only for tuning; else null. */
        final double[] features;

        /** {@code staticScore}: the weighted sum of the option features ({@code Features#score}). */
        public Option(int start, int end, int[] lmIds, double staticScore, float[] reorder, Rendering rendering) {
            this(start, end, lmIds, staticScore, reorder, rendering, null);
        }

        /** As above, with the option features' unweighted values (null: not kept). */
        public Option(int start, int end, int[] lmIds, double staticScore, float[] reorder, Rendering rendering,
                double[] features) {
            this.features = features;
            this.start = start;
            this.end = end;
            this.lmIds = lmIds;
            this.staticScore = staticScore;
            int unknown = 0;
            for (int id : lmIds) {
                if (id == LanguageModel.UNK) {
                    unknown++;
                }
            }
            this.unknownWords = unknown;
            this.reorder = reorder;
            this.rendering = rendering;
        }

        public int start() {
            return start;
        }

        public int end() {
            return end;
        }

        public int[] lmIds() {
            return lmIds;
        }

        public int unknownWords() {
            return unknownWords;
        }

        public double staticScore() {
            return staticScore;
        }

        public float[] reorder() {
            return reorder;
        }

        /** The option features' unweighted values, one per {@code Weights.NAMES} entry, or null where not kept. */
        public double[] features() {
            return features;
        }

        /** How the caller writes the option's words (surface words, casing hints). */
        public Rendering rendering() {
            return rendering;
        }
    }

    private static final class Hyp {
        final long coverage;
        final long lmState;
        final int histLen;
        final int lastEnd;
        final double score;
        final double estimate;
        final Hyp prev;
        final Option option;

        Hyp(long coverage, long lmState, int histLen, int lastEnd, double score, double estimate, Hyp prev, Option option) {
            this.coverage = coverage;
            this.lmState = lmState;
            this.histLen = histLen;
            this.lastEnd = lastEnd;
            this.score = score;
            this.estimate = estimate;
            this.prev = prev;
            this.option = option;
        }
    }

    private record Key(long coverage, long lmState, int lastEnd, int lastStart) {
    }

    public static final int MAX_WORDS = 63;

    private final ExtensionFeature[] features;
    private final int beam;
    private final int distortionLimit;
    /** Per thread, the step the features see (it holds the language model's lookup cache). */
    private final ThreadLocal<Extension> extensions = ThreadLocal.withInitial(Extension::new);

    /** A decoder adding these features' scores, in this order, to each option's static score. */
    public Decoder(List<ExtensionFeature> features, int beam, int distortionLimit) {
        this.features = features.toArray(new ExtensionFeature[0]);
        this.beam = beam;
        this.distortionLimit = distortionLimit;
    }

    /**
     * Best option sequence in output order. Every single word must have at least one option.
     *
     * @param n number of source words (at most {@link #MAX_WORDS})
     * @param options all options, any order
     */
    public List<Option> decode(int n, List<Option> options) {
        return search(n, options).options();
    }

    /** The best option sequence (output order) and its model score: the weighted sum the search maximized. */
    public record Result(List<Option> options, double score) {
    }

    /** As {@link #decode}, with the best hypothesis' score (0 for an empty input). */
    public Result search(int n, List<Option> options) {
        if (n == 0) {
            return new Result(List.of(), 0);
        }
        Hyp best = null;
        for (Hyp h : finalStack(n, options)) {
            if (best == null || h.score > best.score || h.score == best.score && h.lmState < best.lmState) {
                best = h;
            }
        }
        return new Result(path(best), best == null ? 0 : best.score);
    }

    /** A complete hypothesis: its options (output order), model score and unweighted feature values. */
    public record Scored(List<Option> options, double score, double[] features) {
    }

    /**
     * For tuning: up to {@code k} hypotheses of the final stack, best first (ordered as {@link #search} picks the
     * best), each with its feature values: its options' {@link Option#features} (which must have been kept) plus the
     * extension features' values along its path, so that the weights times the values is its score. {@code names}:
     * the feature names in vector order ({@code Weights.NAMES}).
     */
    public List<Scored> nBest(int n, List<Option> options, int k, List<String> names) {
        if (n == 0) {
            return List.of(new Scored(List.of(), 0, new double[names.size()]));
        }
        List<Hyp> last = new ArrayList<>(finalStack(n, options));
        last.sort((a, b) -> a.score != b.score ? Double.compare(b.score, a.score) : Long.compare(a.lmState, b.lmState));
        int[] slot = new int[features.length];
        for (int f = 0; f < features.length; f++) {
            slot[f] = names.indexOf(features[f].name());
        }
        List<Scored> out = new ArrayList<>();
        Extension e = new Extension();
        for (Hyp h : last.subList(0, Math.min(k, last.size()))) {
            List<Hyp> chain = new ArrayList<>();
            for (Hyp x = h; x.option != null; x = x.prev) {
                chain.add(x);
            }
            Collections.reverse(chain);
            double[] v = new double[names.size()];
            for (Hyp x : chain) {
                double[] o = x.option.features;
                for (int i = 0; i < v.length; i++) {
                    v[i] += o[i];
                }
                Hyp p = x.prev;
                e.set(n, p.lmState, p.histLen, p.lastEnd, p.option, x.option);
                for (int f = 0; f < features.length; f++) {
                    v[slot[f]] += features[f].value(e);
                }
            }
            e.lmStateAfter(h.lmState, h.histLen);
            for (int f = 0; f < features.length; f++) {
                v[slot[f]] += features[f].finishValue(e);
            }
            out.add(new Scored(path(h), h.score, v));
        }
        return out;
    }

    private static List<Option> path(Hyp best) {
        List<Option> out = new ArrayList<>();
        for (Hyp h = best; h != null && h.option != null; h = h.prev) {
            out.add(h.option);
        }
        Collections.reverse(out);
        return out;
    }

    /** The search's last stack: every complete hypothesis left after recombination (n at least 1). */
    private java.util.Collection<Hyp> finalStack(int n, List<Option> options) {
        if (n > MAX_WORDS) {
            throw new IllegalArgumentException("sentence too long for one search: " + n);
        }
        Extension e = extensions.get();
        for (ExtensionFeature f : features) {
            f.beginSentence(e);
        }
        List<List<Option>> byStart = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            byStart.add(new ArrayList<>());
        }
        double[][] future = new double[n + 1][n + 1];
        for (double[] row : future) {
            Arrays.fill(row, Double.NEGATIVE_INFINITY);
        }
        for (Option o : options) {
            byStart.get(o.start).add(o);
            double est = o.staticScore;
            for (ExtensionFeature f : features) {
                est = f.estimate(est, o);
            }
            future[o.start][o.end] = Math.max(future[o.start][o.end], est);
        }
        for (int len = 2; len <= n; len++) {
            for (int i = 0; i + len <= n; i++) {
                int j = i + len;
                for (int k = i + 1; k < j; k++) {
                    double v = future[i][k] + future[k][j];
                    if (v > future[i][j]) {
                        future[i][j] = v;
                    }
                }
            }
        }
        List<Map<Key, Hyp>> stacks = new ArrayList<>();
        for (int i = 0; i <= n; i++) {
            stacks.add(new HashMap<>());
        }
        long full = n == 64 ? -1L : (1L << n) - 1;
        Map<Long, Double> estimates = new HashMap<>();
        Hyp start = new Hyp(0L, LanguageModel.BOS, 1, 0, 0, future[0][n], null, null);
        stacks.get(0).put(new Key(0, LanguageModel.BOS, 0, 0), start);
        Deadline deadline = Deadline.current(); // checked once per stack: at most a few thousand hypotheses apart
        for (int covered = 0; covered < n; covered++) {
            deadline.check();
            List<Hyp> stack = new ArrayList<>(stacks.get(covered).values());
            stack.sort((a, b) -> {
                int c = Double.compare(b.score + b.estimate, a.score + a.estimate);
                if (c != 0) {
                    return c;
                }
                return Long.compare(a.coverage, b.coverage) != 0 ? Long.compare(a.coverage, b.coverage)
                        : Long.compare(a.lmState, b.lmState) != 0 ? Long.compare(a.lmState, b.lmState)
                        : Integer.compare(a.lastEnd, b.lastEnd);
            });
            if (stack.size() > beam) {
                stack = stack.subList(0, beam);
            }
            for (Hyp h : stack) {
                int firstGap = Long.numberOfTrailingZeros(~h.coverage);
                for (int s = firstGap; s < n; s++) {
                    if ((h.coverage & (1L << s)) != 0) {
                        continue;
                    }
                    if (Math.abs(s - h.lastEnd) > distortionLimit || s - firstGap > distortionLimit) {
                        if (s > h.lastEnd) {
                            break;
                        }
                        continue;
                    }
                    for (Option o : byStart.get(s)) {
                        long span = spanBits(o.start, o.end);
                        if ((h.coverage & span) != 0) {
                            continue;
                        }
                        if (s > firstGap && o.end - firstGap > distortionLimit) {
                            continue;
                        }
                        long cov = h.coverage | span;
                        e.set(n, h.lmState, h.histLen, h.lastEnd, h.option, o);
                        double score = h.score + o.staticScore;
                        for (ExtensionFeature f : features) {
                            score = f.extend(score, e);
                        }
                        if (cov == full) {
                            for (ExtensionFeature f : features) {
                                score = f.finish(score, e);
                            }
                        }
                        long state = e.lmStateAfter();
                        int hist = e.lmHistoryAfter();
                        int c = Long.bitCount(cov);
                        Key key = new Key(cov, state, o.end, o.start);
                        Map<Key, Hyp> target = stacks.get(c);
                        Hyp old = target.get(key);
                        if (old == null || old.score < score) {
                            Double est = estimates.get(cov);
                            if (est == null) {
                                est = estimate(cov, n, future);
                                estimates.put(cov, est);
                            }
                            target.put(key, new Hyp(cov, state, hist, o.end, score, est, h, o));
                        }
                    }
                }
            }
        }
        return stacks.get(n).values();
    }

    private static long spanBits(int start, int end) {
        return ((end - start) == 64 ? -1L : ((1L << (end - start)) - 1)) << start;
    }

    private static double estimate(long coverage, int n, double[][] future) {
        double total = 0;
        int i = 0;
        while (i < n) {
            if ((coverage & (1L << i)) != 0) {
                i++;
                continue;
            }
            int j = i;
            while (j < n && (coverage & (1L << j)) == 0) {
                j++;
            }
            total += future[i][j];
            i = j;
        }
        return total;
    }
}
