package io.warta.translate.engine.phrase;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * Log-linear feature weights of the phrase decoder, tuned on news-dev and stored in {@code weights.properties}; each
 * feature ({@code features.Features}) reads its own by name. {@link #NAMES} orders them for the file and the tuner.
 */
public final class Weights {

    /** Each feature's weight until tuned, in the order of {@code weights.properties} and of the tuner's passes. */
    private static final Map<String, Double> DEFAULTS = new LinkedHashMap<>();

    static {
        DEFAULTS.put("tm.phiEF", 0.2);
        DEFAULTS.put("tm.phiFE", 0.2);
        DEFAULTS.put("tm.lexEF", 0.2);
        DEFAULTS.put("tm.lexFE", 0.2);
        DEFAULTS.put("tm.dictionaryOnly", -0.5);
        DEFAULTS.put("phrasePenalty", -0.5);
        DEFAULTS.put("wordPenalty", 0.3);
        DEFAULTS.put("lm", 1.0);
        DEFAULTS.put("distortion", -0.3);
        DEFAULTS.put("unknown", -5.0);
        DEFAULTS.put("morphology", -2.0);
        DEFAULTS.put("copyName", -0.5);
        DEFAULTS.put("reorder.previous", 0.3);
        DEFAULTS.put("reorder.next", 0.3);
        DEFAULTS.put("lm.unknownWord", 0.0);
        DEFAULTS.put("nounPhraseSwap", -1.0);
        DEFAULTS.put("pastTense", -100.0);
    }

    /** The weights' names, one per feature of {@code features.Features#standard}. */
    public static final String[] NAMES = DEFAULTS.keySet().toArray(new String[0]);

    private final double[] w;

    public Weights(double[] w) {
        if (w.length != NAMES.length) {
            throw new IllegalArgumentException("expected " + NAMES.length + " weights");
        }
        this.w = w.clone();
    }

    public static Weights defaults() {
        return new Weights(DEFAULTS.values().stream().mapToDouble(Double::doubleValue).toArray());
    }

    public double get(int i) {
        return w[i];
    }

    /** The weight of the feature so named in {@link #NAMES} and {@code weights.properties}. */
    public double get(String name) {
        return w[index(name)];
    }

    /** These weights with the one so named set to {@code value}. */
    public Weights with(String name, double value) {
        return with(index(name), value);
    }

    /** The position of the weight so named in {@link #NAMES}. */
    public static int indexOf(String name) {
        return index(name);
    }

    private static int index(String name) {
        for (int i = 0; i < NAMES.length; i++) {
            if (NAMES[i].equals(name)) {
                return i;
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
