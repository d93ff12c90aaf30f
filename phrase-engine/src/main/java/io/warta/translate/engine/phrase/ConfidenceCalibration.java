package io.warta.translate.engine.phrase;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the engine's model score per source token ({@link PhraseTranslator.Scored}) into a confidence between 0 and 1:
 * the score's position in the engine's own score distribution on dev data (the empirical CDF, linear between the
 * stored quantiles). 0.8 means "scored higher than about 80% of the dev sentences". A ranking aid, not a probability
 * that the translation is right. The quantiles are the model file {@value #FILE}, written by phrase-engine-training's
 * {@code CalibrateConfidence}.
 */
public final class ConfidenceCalibration {

    public static final String FILE = "confidence.tsv";

    /** Scores at evenly spaced quantiles, ascending: {@code quantiles[k]} is the k/(n-1) quantile. */
    private final double[] quantiles;

    public ConfidenceCalibration(double[] quantiles) {
        if (quantiles.length < 2) {
            throw new IllegalArgumentException("a calibration needs at least two quantiles");
        }
        for (int k = 1; k < quantiles.length; k++) {
            if (!(quantiles[k] >= quantiles[k - 1])) {
                throw new IllegalArgumentException("calibration quantiles must ascend: line " + (k + 1));
            }
        }
        this.quantiles = quantiles.clone();
    }

    /** One quantile a line, ascending; lines starting with {@code #} are comments. */
    public static ConfidenceCalibration read(InputStream in) throws IOException {
        List<Double> values = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String value = line.strip();
                if (!value.isEmpty() && !value.startsWith("#")) {
                    values.add(Double.parseDouble(value));
                }
            }
        }
        return new ConfidenceCalibration(values.stream().mapToDouble(Double::doubleValue).toArray());
    }

    /** The confidence of a score per token, rounded to three decimals; null for a sentence without a score. */
    public Double confidence(double scorePerToken) {
        if (Double.isNaN(scorePerToken)) {
            return null;
        }
        int last = quantiles.length - 1;
        if (scorePerToken <= quantiles[0]) {
            return 0.0;
        }
        if (scorePerToken >= quantiles[last]) {
            return 1.0;
        }
        int lo = 0;
        int hi = last; // quantiles[lo] < score < quantiles[hi]: binary search for the step that holds it
        while (hi - lo > 1) {
            int mid = (lo + hi) >>> 1;
            if (quantiles[mid] <= scorePerToken) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        double width = quantiles[hi] - quantiles[lo];
        double within = width > 0 ? (scorePerToken - quantiles[lo]) / width : 0;
        return Math.round((lo + within) / last * 1000) / 1000.0;
    }
}
