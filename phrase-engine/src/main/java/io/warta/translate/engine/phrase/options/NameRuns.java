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
            while (j < n && !Double.isNaN(chunk.copyScore(j)) && j - i < Decoder.MAX_WORDS) {
                score += chunk.copyScore(j);
                j++;
            }
            if (j - i >= 2) {
                String[] words = chunk.tokens().subList(i, j).toArray(new String[0]);
                chunk.add(chunk.option(i, j, words, true).combining(score, j - i));
            }
            i = Math.max(i, j - 1);
        }
    }
}
