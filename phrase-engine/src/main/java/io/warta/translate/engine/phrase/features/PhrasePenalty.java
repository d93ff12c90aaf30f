package io.warta.translate.engine.phrase.features;

import io.warta.translate.engine.phrase.ChunkContext;
import io.warta.translate.engine.phrase.Weights;

/** {@code phrasePenalty}: paid once per option, so the weight decides between few long phrases and many short ones. */
public final class PhrasePenalty implements OptionFeature {

    public static final String NAME = "phrasePenalty";

    private final double weight;

    public PhrasePenalty(Weights weights) {
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
        return option.phrases();
    }
}
