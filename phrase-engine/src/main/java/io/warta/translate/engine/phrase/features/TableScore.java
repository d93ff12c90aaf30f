package io.warta.translate.engine.phrase.features;

import io.warta.translate.engine.phrase.ChunkContext;
import io.warta.translate.engine.phrase.PhraseTable;
import io.warta.translate.engine.phrase.Weights;

/**
 * One of the phrase table's scores of an option ({@code tm.phiEF}, {@code tm.phiFE}, {@code tm.lexEF},
 * {@code tm.lexFE}: log probabilities; {@code tm.dictionaryOnly}: 1 for a pair only the dictionary gave), weighted;
 * nothing for an option not from the table.
 */
public final class TableScore implements OptionFeature {

    /** The names of the table's scores, in the order {@link PhraseTable} stores them. */
    public static final String[] NAMES = {"tm.phiEF", "tm.phiFE", "tm.lexEF", "tm.lexFE", "tm.dictionaryOnly"};

    private final int index;
    private final double weight;

    /** The feature of the table's score number {@code index} ({@link #NAMES}). */
    public TableScore(int index, Weights weights) {
        if (PhraseTable.SCORES != NAMES.length) {
            throw new IllegalStateException("a name for each phrase-table score");
        }
        this.index = index;
        this.weight = weights.get(NAMES[index]);
    }

    @Override
    public String name() {
        return NAMES[index];
    }

    @Override
    public double score(double score, Candidate option, ChunkContext chunk) {
        return score + weight * value(option, chunk);
    }

    @Override
    public double value(Candidate option, ChunkContext chunk) {
        float[] scores = option.tableScores();
        return scores == null ? 0 : scores[index];
    }
}
