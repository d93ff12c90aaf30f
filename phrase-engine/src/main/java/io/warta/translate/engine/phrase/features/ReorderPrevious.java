package io.warta.translate.engine.phrase.features;

import io.warta.translate.engine.phrase.Weights;

/**
 * {@code reorder.previous}: lexicalized reordering seen from the option: ln p(orientation towards the previous phrase)
 * as the phrase table saw it (monotone, swap, discontinuous).
 */
public final class ReorderPrevious implements ExtensionFeature {

    public static final String NAME = "reorder.previous";

    private final double weight;

    public ReorderPrevious(Weights weights) {
        this.weight = weights.get(NAME);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public double extend(double score, Extension e) {
        return score + weight * value(e);
    }

    @Override
    public double value(Extension e) {
        return e.option().reorder()[e.orientation()];
    }
}
