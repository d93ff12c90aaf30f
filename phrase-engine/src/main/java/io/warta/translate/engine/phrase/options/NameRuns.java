package io.warta.translate.engine.phrase.options;

import io.warta.translate.engine.phrase.ChunkContext;
import io.warta.translate.engine.phrase.Decoder;
import io.warta.translate.engine.phrase.OptionSource;

/**
 * Runs of copied names (Heru Bambang Ernanto) also as one block, so reordering cannot split them: the words' copy
 * scores together, less the phrase penalties of all but one.
 */
public final class NameRuns implements OptionSource {

    @Override
    public void addOptions(ChunkContext chunk) {
        int n = chunk.size();
        for (int i = 0; i < n; i++) {
            int j = i;
            double score = 0;
            double[] features = null;
            while (j < n && !Double.isNaN(chunk.copyScore(j)) && j - i < Decoder.MAX_WORDS) {
                score += chunk.copyScore(j);
                features = plus(features, chunk.copyFeatures(j));
                j++;
            }
            if (j - i >= 2) {
                String[] words = chunk.tokens().subList(i, j).toArray(new String[0]);
                chunk.add(chunk.option(i, j, words, true).combining(score, features, j - i));
            }
            i = Math.max(i, j - 1);
        }
    }

    /** The sum of two feature vectors; null where the part has none (they are kept only for tuning). */
    private static double[] plus(double[] sum, double[] part) {
        if (part == null) {
            return null;
        }
        double[] s = sum == null ? new double[part.length] : sum;
        for (int k = 0; k < part.length; k++) {
            s[k] += part[k];
        }
        return s;
    }
}
