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
 * n-gram is a 32-bit fingerprint of its word ids (sorted, delta-coded on disk), with an 8-bit
 * quantized log10 probability and back-off weight. A fingerprint clash makes an unseen n-gram look
 * seen with probability about entries / 2^32, a price paid for a model a few MB big.
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

    private final int order;
    private final Map<String, Integer> vocab;
    private final int[][] fingerprints;
    private final byte[][] probs;
    private final byte[][] backoffs;
    /** Per order, open-addressing slots holding index + 1 into the sorted arrays (0 = empty): one or two probes a lookup. */
    private final int[][] slots;

    private LanguageModel(int order, Map<String, Integer> vocab, int[][] fingerprints, byte[][] probs, byte[][] backoffs) {
        this.order = order;
        this.vocab = vocab;
        this.fingerprints = fingerprints;
        this.probs = probs;
        this.backoffs = backoffs;
        this.slots = new int[order][];
        for (int n = 0; n < order; n++) {
            int[] f = fingerprints[n];
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

    private static int slot(int fingerprint, int cap) {
        return (fingerprint * 0x9E3779B9 >>> 7) & (cap - 1);
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

    /** Fingerprint of an n-gram given as packed ids (16 bits each, last word lowest). */
    public static int fingerprint(long packed, int n) {
        return (int) (mix(packed * 0x9E3779B97F4A7C15L + n) >>> 32);
    }

    private int find(int n, long packed) {
        int fp = fingerprint(packed, n);
        int[] table = slots[n - 1];
        int[] f = fingerprints[n - 1];
        int mask = table.length - 1;
        int s = slot(fp, table.length);
        int v;
        while ((v = table[s]) != 0) {
            if (f[v - 1] == fp) {
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
        for (int[] f : fingerprints) {
            n += f.length;
        }
        return n;
    }

    // ---- file format ----

    public static LanguageModel read(InputStream in) throws IOException {
        ByteReader d = ByteReader.gunzip(in);
        if (d.readInt() != 0x574c4d32) {
            throw new IOException("not a Warta LM file (v2)");
        }
        int order = d.readInt();
        int v = d.readInt();
        Map<String, Integer> vocab = new HashMap<>(v * 2);
        for (int i = 0; i < v; i++) {
            String w = d.readString();
            vocab.put(w, d.readVarint());
        }
        int[][] fps = new int[order][];
        byte[][] probs = new byte[order][];
        byte[][] bos = new byte[order][];
        for (int n = 1; n <= order; n++) {
            int count = d.readInt();
            int[] f = new int[count];
            long prev = Integer.MIN_VALUE;
            for (int i = 0; i < count; i++) {
                prev += d.readVarlong();
                f[i] = (int) prev;
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
     * Writes a model. Per order: fingerprints sorted ascending (unique), log10 probs and back-offs
     * aligned with them.
     */
    public static void write(OutputStream out, int order, Map<String, Integer> vocab, int[][] fps, float[][] logProbs,
            float[][] logBackoffs) throws IOException {
        GZIPOutputStream gz = new GZIPOutputStream(out, 1 << 16);
        DataOutputStream d = new DataOutputStream(gz);
        d.writeInt(0x574c4d32);
        d.writeInt(order);
        d.writeInt(vocab.size());
        String[] words = vocab.keySet().toArray(new String[0]);
        Arrays.sort(words);
        for (String w : words) {
            ByteReader.writeString(d, w);
            ByteReader.writeVarint(d, vocab.get(w));
        }
        for (int n = 1; n <= order; n++) {
            int[] f = fps[n - 1];
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            long prev = Integer.MIN_VALUE;
            for (int x : f) {
                long delta = x - prev;
                prev = x;
                while (delta >= 0x80) {
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
