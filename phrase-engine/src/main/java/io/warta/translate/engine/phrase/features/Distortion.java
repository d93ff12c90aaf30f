package io.warta.translate.engine.phrase.features;

import io.warta.translate.engine.phrase.Weights;

/** {@code distortion}: how far the option's source span starts from where the previous one ended, in words. */
public final class Distortion implements ExtensionFeature {

    public static final String NAME = "distortion";

    private final double weight;

    public Distortion(Weights weights) {
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
        return Math.abs(e.option().start() - e.lastEnd());
    }
}
