package io.warta.summary.summarizer;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Properties;

/**
 * The weights that turn sentence features into one score (a logistic model: the score is the
 * estimated probability that a human would keep the sentence), and the MMR trade-off between
 * that score and redundancy with sentences already picked.
 *
 * @param bias    intercept
 * @param weights one weight per {@link SentenceFeatures#NAMES} entry, on the raw feature scale
 * @param mmrLambda how much similarity to already-picked sentences costs (0 = none)
 */
public record RankingModel(double bias, double[] weights, double mmrLambda) {

    public static final String RESOURCE = "summarizer/ranking-model.properties";

    public RankingModel {
        if (weights.length != SentenceFeatures.NAMES.size()) {
            throw new IllegalArgumentException("expected " + SentenceFeatures.NAMES.size() + " weights, got " + weights.length);
        }
        weights = weights.clone();
    }

    /** The committed model on the classpath. */
    public static RankingModel load() {
        try (InputStream in = RankingModel.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing classpath resource " + RESOURCE);
            }
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return fromProperties(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static RankingModel fromProperties(Properties p) {
        double[] w = new double[SentenceFeatures.NAMES.size()];
        for (int k = 0; k < w.length; k++) {
            w[k] = Double.parseDouble(p.getProperty("weight." + SentenceFeatures.NAMES.get(k), "0"));
        }
        for (String key : p.stringPropertyNames()) {
            if (key.startsWith("weight.") && !SentenceFeatures.NAMES.contains(key.substring("weight.".length()))) {
                throw new IllegalStateException("unknown feature in " + RESOURCE + ": " + key);
            }
        }
        return new RankingModel(Double.parseDouble(p.getProperty("bias", "0")), w,
                Double.parseDouble(p.getProperty("mmr.lambda", "0")));
    }

    /** Writes the model in the resource format, with a header comment. */
    public void write(Writer out, String header) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (String line : header.split("\n")) {
            sb.append("# ").append(line).append('\n');
        }
        sb.append(String.format(Locale.ROOT, "bias=%.6f%n", bias));
        for (int k = 0; k < weights.length; k++) {
            sb.append(String.format(Locale.ROOT, "weight.%s=%.6f%n", SentenceFeatures.NAMES.get(k), weights[k]));
        }
        sb.append(String.format(Locale.ROOT, "mmr.lambda=%.3f%n", mmrLambda));
        out.write(sb.toString());
    }

    /** Probability-like score of one feature vector. */
    public double score(double[] features) {
        double z = bias;
        for (int k = 0; k < weights.length; k++) {
            z += weights[k] * features[k];
        }
        return 1.0 / (1.0 + Math.exp(-z));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RankingModel m && m.bias == bias && m.mmrLambda == mmrLambda && Arrays.equals(m.weights, weights);
    }

    @Override
    public int hashCode() {
        return Double.hashCode(bias) * 31 + Arrays.hashCode(weights) + Double.hashCode(mmrLambda);
    }

    @Override
    public String toString() {
        return "RankingModel[bias=" + bias + ", weights=" + Arrays.toString(weights) + ", mmrLambda=" + mmrLambda + "]";
    }
}
