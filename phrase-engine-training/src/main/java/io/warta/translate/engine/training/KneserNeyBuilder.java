package io.warta.translate.engine.training;

import io.warta.translate.engine.phrase.LanguageModel;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Interpolated modified Kneser-Ney (Chen and Goodman 1998) n-gram model, estimated on all counts,
 * then pruned by count (higher orders keep n-grams seen at least {@code minCount} times) with the
 * back-off weights recomputed so each distribution still sums to one.
 */
public final class KneserNeyBuilder {

    private final int order;
    private final int maxVocab;
    private final int[] minCount;
    private final Map<String, Integer> wordCounts = new HashMap<>();
    private final List<List<String>> pending = new ArrayList<>();

    /** @param minCount minimum raw count to keep an n-gram, per order (index 0 = unigrams) */
    public KneserNeyBuilder(int order, int maxVocab, int[] minCount) {
        this.order = order;
        this.maxVocab = maxVocab;
        this.minCount = minCount;
    }

    /** Adds one lower-case tokenized sentence. */
    public void add(List<String> sentence) {
        for (String w : sentence) {
            wordCounts.merge(w, 1, Integer::sum);
        }
        pending.add(sentence);
    }

    private static long mask(int words) {
        return words >= 4 ? -1L : (1L << (16 * words)) - 1;
    }

    public void build(Path file) throws IOException {
        // Vocabulary: the most frequent words, ties by spelling, ids from 4 up.
        List<String> words = new ArrayList<>(wordCounts.keySet());
        words.sort((a, b) -> {
            int c = Integer.compare(wordCounts.get(b), wordCounts.get(a));
            return c != 0 ? c : a.compareTo(b);
        });
        Map<String, Integer> vocab = new HashMap<>();
        vocab.put("<unk>", LanguageModel.UNK);
        vocab.put("<s>", LanguageModel.BOS);
        vocab.put("</s>", LanguageModel.EOS);
        for (int i = 0; i < Math.min(words.size(), maxVocab); i++) {
            vocab.put(words.get(i), i + 4);
        }
        LongIntMap[] counts = new LongIntMap[order];
        for (int n = 0; n < order; n++) {
            counts[n] = new LongIntMap(1 << 20);
        }
        for (List<String> sentence : pending) {
            int[] ids = new int[sentence.size() + 2];
            ids[0] = LanguageModel.BOS;
            for (int i = 0; i < sentence.size(); i++) {
                ids[i + 1] = vocab.getOrDefault(sentence.get(i), LanguageModel.UNK);
            }
            ids[ids.length - 1] = LanguageModel.EOS;
            for (int end = 1; end < ids.length; end++) {
                long key = 0;
                for (int n = 1; n <= order && end - n + 1 >= 0; n++) {
                    key |= (long) ids[end - n + 1] << (16 * (n - 1));
                    counts[n - 1].add(key, 1);
                }
            }
        }
        pending.clear();
        // Adjusted counts: continuation counts for lower orders, except n-grams starting with <s>.
        LongIntMap[] adjusted = new LongIntMap[order];
        adjusted[order - 1] = counts[order - 1];
        for (int n = order - 1; n >= 1; n--) {
            LongIntMap cont = new LongIntMap(counts[n - 1].size());
            for (long k : counts[n].sortedKeys()) {
                cont.add(k & mask(n), 1);
            }
            for (long k : counts[n - 1].sortedKeys()) {
                int first = (int) ((k >>> (16 * (n - 1))) & 0xffff);
                if (first == LanguageModel.BOS || !cont.containsKey(k)) {
                    cont.put(k, counts[n - 1].get(k, 0));
                }
            }
            adjusted[n - 1] = cont;
        }
        // Discounts per order from counts of counts.
        double[][] discount = new double[order][4];
        for (int n = 1; n <= order; n++) {
            long[] coc = new long[5];
            for (long k : adjusted[n - 1].sortedKeys()) {
                int c = adjusted[n - 1].get(k, 0);
                if (c <= 4) {
                    coc[c]++;
                }
            }
            double y = coc[1] / (coc[1] + 2.0 * coc[2]);
            discount[n - 1][1] = clamp(1 - 2 * y * coc[2] / coc[1]);
            discount[n - 1][2] = clamp(2 - 3 * y * coc[3] / coc[2]);
            discount[n - 1][3] = clamp(3 - 4 * y * coc[4] / coc[3]);
            System.out.printf("  LM order %d: %d n-grams, D = %.3f %.3f %.3f%n", n, adjusted[n - 1].size(),
                    discount[n - 1][1], discount[n - 1][2], discount[n - 1][3]);
        }
        // Context statistics per order: total adjusted count and gamma numerator.
        LongIntMap[] ctxIndex = new LongIntMap[order];
        double[][] ctxTotal = new double[order][];
        double[][] ctxGammaMass = new double[order][];
        for (int n = 1; n <= order; n++) {
            LongIntMap idx = new LongIntMap(1 << 16);
            long[] keys = adjusted[n - 1].sortedKeys();
            for (long k : keys) {
                idx.index(k >>> 16);
            }
            double[] total = new double[idx.size()];
            double[] mass = new double[idx.size()];
            for (long k : keys) {
                int c = adjusted[n - 1].get(k, 0);
                int ci = idx.get(k >>> 16, -1);
                total[ci] += c;
                mass[ci] += discount[n - 1][Math.min(c, 3)];
            }
            ctxIndex[n - 1] = idx;
            ctxTotal[n - 1] = total;
            ctxGammaMass[n - 1] = mass;
        }
        // Interpolated probabilities of the kept n-grams, lowest order first.
        int v = vocab.size();
        List<Map<Long, Double>> probs = new ArrayList<>();
        long[][] kept = new long[order][];
        for (int n = 1; n <= order; n++) {
            long[] keys = adjusted[n - 1].sortedKeys();
            long[] keep = new long[keys.length];
            int kc = 0;
            Map<Long, Double> p = new HashMap<>();
            for (long k : keys) {
                int raw = counts[n - 1].get(k, 0);
                int last = (int) (k & 0xffff);
                if (n == 1 && last == LanguageModel.BOS) {
                    continue;
                }
                if (n > 1 && raw < minCount[n - 1]) {
                    continue;
                }
                keep[kc++] = k;
                p.put(k, interpolated(n, k, adjusted, discount, ctxIndex, ctxTotal, ctxGammaMass, probs, v));
            }
            kept[n - 1] = Arrays.copyOf(keep, kc);
            probs.add(p);
        }
        // Unigram <s> gets an entry (never predicted) so it can carry a back-off weight.
        probs.get(0).put((long) LanguageModel.BOS, 1e-99);
        long[] uni = Arrays.copyOf(kept[0], kept[0].length + 1);
        uni[uni.length - 1] = LanguageModel.BOS;
        Arrays.sort(uni);
        kept[0] = uni;
        // Back-off weights: bo(h) = (1 - sum_kept p(w|h)) / (1 - sum_kept p_lower(w|h')).
        List<Map<Long, double[]>> sums = new ArrayList<>();
        for (int n = 2; n <= order; n++) {
            Map<Long, double[]> s = new HashMap<>();
            for (long k : kept[n - 1]) {
                double[] acc = s.computeIfAbsent(k >>> 16, x -> new double[2]);
                acc[0] += probs.get(n - 1).get(k);
                acc[1] += lowerProb(n - 1, k & mask(n - 1), probs, kept, sums);
            }
            sums.add(s);
        }
        long[][] fps = new long[order][];
        float[][] lp = new float[order][];
        float[][] lb = new float[order][];
        for (int n = 1; n <= order; n++) {
            long[] ks = kept[n - 1];
            long[][] rows = new long[ks.length][];
            Map<Long, double[]> nextSums = n < order ? sums.get(n - 1) : Map.of();
            for (int i = 0; i < ks.length; i++) {
                double p = probs.get(n - 1).get(ks[i]);
                double bo = 1;
                double[] s = nextSums.get(ks[i]);
                if (s != null) {
                    double num = Math.max(1e-6, 1 - s[0]);
                    double den = Math.max(1e-6, 1 - s[1]);
                    bo = num / den;
                }
                rows[i] = new long[] {ks[i], Float.floatToIntBits((float) Math.log10(p)),
                    Float.floatToIntBits((float) Math.log10(bo))};
            }
            Arrays.sort(rows, (a, b) -> Long.compare(a[0], b[0]));
            long[] f = new long[rows.length];
            float[] pp = new float[rows.length];
            float[] bb = new float[rows.length];
            int u = 0;
            for (long[] r : rows) {
                f[u] = r[0]; // exact keys (LanguageModel format v3): unique, no clash to drop
                pp[u] = Float.intBitsToFloat((int) r[1]);
                bb[u] = Float.intBitsToFloat((int) r[2]);
                u++;
            }
            fps[n - 1] = Arrays.copyOf(f, u);
            lp[n - 1] = Arrays.copyOf(pp, u);
            lb[n - 1] = Arrays.copyOf(bb, u);
            System.out.printf("  LM order %d: kept %d%n", n, u);
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            LanguageModel.write(out, order, vocab, fps, lp, lb);
        }
    }

    /** p(w | h') of the back-off distribution for a kept n-gram's suffix, itself by back-off if not kept. */
    private static double lowerProb(int n, long key, List<Map<Long, Double>> probs, long[][] kept, List<Map<Long, double[]>> sums) {
        Double p = probs.get(n - 1).get(key);
        if (p != null) {
            return p;
        }
        // Not kept at this order: back off (h' has bo computed only for order n-1 contexts already summed).
        long ctx = key >>> 16;
        double bo = 1;
        if (n >= 2 && sums.size() >= n - 1) {
            double[] s = sums.get(n - 2).get(ctx);
            if (s != null) {
                bo = Math.max(1e-6, 1 - s[0]) / Math.max(1e-6, 1 - s[1]);
            }
        }
        return bo * lowerProb(n - 1, key & mask(n - 1), probs, kept, sums);
    }

    private static double interpolated(int n, long k, LongIntMap[] adjusted, double[][] discount, LongIntMap[] ctxIndex,
            double[][] ctxTotal, double[][] ctxGammaMass, List<Map<Long, Double>> probs, int v) {
        int c = adjusted[n - 1].get(k, 0);
        int ci = ctxIndex[n - 1].get(k >>> 16, -1);
        double total = ctxTotal[n - 1][ci];
        double gamma = ctxGammaMass[n - 1][ci] / total;
        double own = Math.max(0, c - discount[n - 1][Math.min(c, 3)]) / total;
        double lower;
        if (n == 1) {
            lower = 1.0 / v;
        } else {
            Double lp = probs.get(n - 2).get(k & mask(n - 1));
            lower = lp != null ? lp : 1.0 / v;
        }
        return own + gamma * lower;
    }

    private static double clamp(double d) {
        if (Double.isNaN(d)) {
            return 0.5;
        }
        return Math.max(0.05, Math.min(d, 2.95));
    }
}
