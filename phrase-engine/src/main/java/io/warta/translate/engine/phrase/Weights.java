package io.warta.translate.engine.phrase;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Properties;

/** Log-linear feature weights of the phrase decoder, tuned on news-dev and stored in {@code weights.properties}. */
public final class Weights {

    public static final String[] NAMES = {
        "tm.phiEF", "tm.phiFE", "tm.lexEF", "tm.lexFE", "tm.dictionaryOnly",
        "phrasePenalty", "wordPenalty", "lm", "distortion", "unknown", "morphology", "copyName",
        "reorder.previous", "reorder.next", "lm.unknownWord", "nounPhraseSwap", "pastTense"};
    public static final int TM0 = 0;
    public static final int PHRASE = 5;
    public static final int WORD = 6;
    public static final int LM = 7;
    public static final int DISTORTION = 8;
    public static final int UNKNOWN = 9;
    public static final int MORPH = 10;
    public static final int COPY_NAME = 11;
    public static final int REORDER_PREVIOUS = 12;
    public static final int REORDER_NEXT = 13;
    public static final int LM_UNKNOWN = 14;
    /** Added to an option that puts an Indonesian post-modifier before its head (monyet kecil -> small monkey). */
    public static final int NP_SWAP = 15;
    /** Added to an option whose first verb is put in the past tense (Indonesian has no tense; news reports the past). */
    public static final int PAST_TENSE = 16;

    private final double[] w;

    public Weights(double[] w) {
        if (w.length != NAMES.length) {
            throw new IllegalArgumentException("expected " + NAMES.length + " weights");
        }
        this.w = w.clone();
    }

    public static Weights defaults() {
        return new Weights(new double[] {0.2, 0.2, 0.2, 0.2, -0.5, -0.5, 0.3, 1.0, -0.3, -5.0, -2.0, -0.5, 0.3, 0.3, 0.0, -1.0, -100.0});
    }

    public double get(int i) {
        return w[i];
    }

    /** The translation-model weights ({@code tm.*}), in the order of the phrase table's scores. */
    public double[] translationModel() {
        double[] tm = new double[PhraseTable.SCORES];
        for (int f = 0; f < tm.length; f++) {
            tm[f] = get(NAMES[TM0 + f]);
        }
        return tm;
    }

    /** {@code score} plus each phrase-table score times its weight, added in score order. */
    public static double plusTranslationModel(double score, double[] tm, float[] scores) {
        double s = score;
        for (int f = 0; f < tm.length; f++) {
            s += tm[f] * scores[f];
        }
        return s;
    }

    /** The weight of the feature so named in {@link #NAMES} and {@code weights.properties}. */
    public double get(String name) {
        for (int i = 0; i < NAMES.length; i++) {
            if (NAMES[i].equals(name)) {
                return w[i];
            }
        }
        throw new IllegalArgumentException("no weight named " + name);
    }

    public double[] toArray() {
        return w.clone();
    }

    public Weights with(int i, double value) {
        double[] c = w.clone();
        c[i] = value;
        return new Weights(c);
    }

    public static Weights read(InputStream in) throws IOException {
        Properties p = new Properties();
        p.load(in);
        double[] w = defaults().toArray();
        for (int i = 0; i < NAMES.length; i++) {
            String v = p.getProperty(NAMES[i]);
            if (v != null) {
                w[i] = Double.parseDouble(v.trim());
            }
        }
        return new Weights(w);
    }

    public void write(OutputStream out, String comment) throws IOException {
        StringBuilder b = new StringBuilder("# ").append(comment).append('\n');
        for (int i = 0; i < NAMES.length; i++) {
            b.append(NAMES[i]).append('=').append(String.format(java.util.Locale.ROOT, "%.4f", w[i])).append('\n');
        }
        out.write(b.toString().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < NAMES.length; i++) {
            b.append(NAMES[i]).append('=').append(String.format(java.util.Locale.ROOT, "%.3f", w[i])).append(' ');
        }
        return b.toString().trim();
    }
}
