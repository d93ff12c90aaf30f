package io.warta.translate.engine.phrase.features;

import io.warta.translate.engine.phrase.ChunkContext;
import io.warta.translate.engine.phrase.Weights;

/** {@code wordPenalty}: paid per English word, against the language model's preference for short output. */
public final class WordPenalty implements OptionFeature {

    public static final String NAME = "wordPenalty";

    private final double weight;

    public WordPenalty(Weights weights) {
        this.weight = weights.get(NAME);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public double score(double score, Candidate option, ChunkContext chunk) {
        return score + weight * value(option, chunk);
    }

    @Override
    public double value(Candidate option, ChunkContext chunk) {
        return option.countedWords();
    }
}
