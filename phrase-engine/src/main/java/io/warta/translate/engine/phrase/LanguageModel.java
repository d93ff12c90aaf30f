package io.warta.translate.engine.phrase;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/**
 * Back-off n-gram language model (orders up to 4) over lower-case English, stored compactly: each
 * n-gram is its exact key, its word ids packed 16 bits each into a long (sorted, delta-coded on disk), with an
 * 8-bit quantized log10 probability and back-off weight. Format v3 ({@code WLM3}); v2 stored 32-bit
 * fingerprints of the keys instead, and a fingerprint clash made an unseen n-gram look seen (about entries / 2^32
 * of the lookups): few in a perplexity, but the decoder's search found them, and with all 3- and 4-grams kept they
 * cost 0.4-0.5 chrF on the dev sets (docs/evaluation/translation.md, round 5). Exact keys delta-code to fewer bytes
 * than the fingerprints did (a sorted n-gram's key shares its context with its neighbours).
 *
 * <p>Word ids: 1 = {@code <unk>}, 2 = {@code <s>}, 3 = {@code </s>}, then the vocabulary; each fits
 * in 16 bits so a history of three words packs into one long (the decoder's LM state).
 */
public final class LanguageModel {

    public static final int UNK = 1;
    public static final int BOS = 2;
    public static final int EOS = 3;
    public static final double PROB_SCALE = 32.0;
    public static final double BACKOFF_OFFSET = 4.0;
    /** "WLM3": format v3, exact keys (v2, "WLM2", had 32-bit fingerprints). */
    private static final int MAGIC = 0x574c4d33;

    private final int order;
    private final Map<String, Integer> vocab;
    private final long[][] keys;
    private final byte[][] probs;
    private final byte[][] backoffs;
    /** Per order, open-addressing slots holding index + 1 into the sorted arrays (0 = empty): one or two probes a lookup. */
    private final int[][] slots;

    private LanguageModel(int order, Map<String, Integer> vocab, long[][] keys, byte[][] probs, byte[][] backoffs) {
        this.order = order;
        this.vocab = vocab;
        this.keys = keys;
        this.probs = probs;
        this.backoffs = backoffs;
        this.slots = new int[order][];
        for (int n = 0; n < order; n++) {
            long[] f = keys[n];
            int cap = Integer.highestOneBit(Math.max(4, f.length * 2 - 1)) << 1;
            int[] table = new int[cap];
            for (int i = 0; i < f.length; i++) {
                int s = slot(f[i], cap);
                while (table[s] != 0) {
                    s = (s + 1) & (cap - 1);
                }
                table[s] = i + 1;
            }
            slots[n] = table;
        }
    }

    private static int slot(long key, int cap) {
        return (int) (mix(key) >>> 20) & (cap - 1);
    }

    public int order() {
        return order;
    }

    /** The vocabulary, including {@code <unk>}, {@code <s>} and {@code </s>}. */
    public java.util.Set<String> words() {
        return java.util.Collections.unmodifiableSet(vocab.keySet());
    }

    public int id(String word) {
        Integer id = vocab.get(word);
        return id == null ? UNK : id;
    }

    public static long mix(long k) {
        k ^= k >>> 33;
        k *= 0xff51afd7ed558ccdL;
        k ^= k >>> 33;
        k *= 0xc4ceb9fe1a85ec53L;
        k ^= k >>> 33;
        return k;
    }

    /** Index of the n-gram given as packed ids (16 bits each, last word lowest) in its order's arrays, or -1. */
    private int find(int n, long packed) {
        int[] table = slots[n - 1];
        long[] f = keys[n - 1];
        int mask = table.length - 1;
        int s = slot(packed, table.length);
        int v;
        while ((v = table[s]) != 0) {
            if (f[v - 1] == packed) {
                return v - 1;
            }
            s = (s + 1) & mask;
        }
        return -1;
    }

    /** log10 p(word | history), history = packed last words (most recent lowest 16 bits), histLen words valid. */
    public float score(long history, int histLen, int word) {
        double acc = 0;
        int maxN = Math.min(order, histLen + 1);
        for (int n = maxN; n >= 1; n--) {
            long ctx = n == 1 ? 0 : history & ((1L << (16 * (n - 1))) - 1);
            long packed = (ctx << 16) | word;
            int i = find(n, packed);
            if (i >= 0) {
                return (float) (acc - (probs[n - 1][i] & 0xff) / PROB_SCALE);
            }
            if (n > 1) {
                int c = find(n - 1, ctx);
                if (c >= 0) {
                    acc += (backoffs[n - 2][c] & 0xff) / PROB_SCALE - BACKOFF_OFFSET;
                }
            }
        }
        // An id the model never stored (cannot happen for ids from id()); treat as <unk>.
        return (float) (acc - 7.0);
    }

    /** New history after appending word, keeping order-1 words. */
    public long push(long history, int word) {
        return ((history << 16) | word) & ((1L << (16 * (order - 1))) - 1);
    }

    public int entries() {
        int n = 0;
        for (long[] f : keys) {
            n += f.length;
        }
        return n;
    }

    // ---- file format ----

    public static LanguageModel read(InputStream in) throws IOException {
        ByteReader d = ByteReader.gunzip(in);
        if (d.readInt() != MAGIC) {
            throw new IOException("not a Warta LM file (v3, exact n-gram keys)");
        }
        int order = d.readInt();
        int v = d.readInt();
        Map<String, Integer> vocab = new HashMap<>(v * 2);
        for (int i = 0; i < v; i++) {
            String w = d.readString();
            vocab.put(w, d.readVarint());
        }
        long[][] fps = new long[order][];
        byte[][] probs = new byte[order][];
        byte[][] bos = new byte[order][];
        for (int n = 1; n <= order; n++) {
            int count = d.readInt();
            long[] f = new long[count];
            long prev = Long.MIN_VALUE;
            for (int i = 0; i < count; i++) {
                prev += d.readVarlong();
                f[i] = prev;
            }
            fps[n - 1] = f;
            probs[n - 1] = new byte[count];
            d.readFully(probs[n - 1]);
            if (n < order) {
                bos[n - 1] = new byte[count];
                d.readFully(bos[n - 1]);
            }
        }
        return new LanguageModel(order, vocab, fps, probs, bos);
    }

    /**
     * Writes a model. Per order: the n-grams' packed keys sorted ascending (signed, unique), log10 probs and
     * back-offs aligned with them.
     */
    public static void write(OutputStream out, int order, Map<String, Integer> vocab, long[][] fps, float[][] logProbs,
            float[][] logBackoffs) throws IOException {
        GZIPOutputStream gz = new GZIPOutputStream(out, 1 << 16);
        DataOutputStream d = new DataOutputStream(gz);
        d.writeInt(MAGIC);
        d.writeInt(order);
        d.writeInt(vocab.size());
        String[] words = vocab.keySet().toArray(new String[0]);
        Arrays.sort(words);
        for (String w : words) {
            ByteReader.writeString(d, w);
            ByteReader.writeVarint(d, vocab.get(w));
        }
        for (int n = 1; n <= order; n++) {
            long[] f = fps[n - 1];
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            long prev = Long.MIN_VALUE;
            for (long x : f) {
                long delta = x - prev; // unsigned: the keys ascend from Long.MIN_VALUE
                prev = x;
                while ((delta >>> 7) != 0) {
                    bytes.write((int) (delta & 0x7f) | 0x80);
                    delta >>>= 7;
                }
                bytes.write((int) delta);
            }
            d.writeInt(f.length);
            bytes.writeTo(d);
            for (float p : logProbs[n - 1]) {
                d.writeByte(quantizeProb(p));
            }
            if (n < order) {
                for (float b : logBackoffs[n - 1]) {
                    d.writeByte(quantizeBackoff(b));
                }
            }
        }
        d.flush();
        gz.finish();
    }

    static int quantizeProb(float log10) {
        return (int) Math.max(0, Math.min(255, Math.round(-log10 * PROB_SCALE)));
    }

    static int quantizeBackoff(float log10) {
        return (int) Math.max(0, Math.min(255, Math.round((log10 + BACKOFF_OFFSET) * PROB_SCALE)));
    }
}
