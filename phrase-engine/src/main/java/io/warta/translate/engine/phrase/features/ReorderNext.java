package io.warta.translate.engine.phrase.features;

import io.warta.translate.engine.phrase.Decoder;
import io.warta.translate.engine.phrase.PhraseTable;
import io.warta.translate.engine.phrase.Weights;

/**
 * {@code reorder.next}: lexicalized reordering seen from the previous phrase: ln p(orientation of the phrase after it);
 * for the last phrase, monotone when it ends the source, else discontinuous.
 */
public final class ReorderNext implements ExtensionFeature {

    public static final String NAME = "reorder.next";

    private final double weight;

    public ReorderNext(Weights weights) {
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
    public double finish(double score, Extension e) {
        return score + weight * finishValue(e);
    }

    @Override
    public double value(Extension e) {
        Decoder.Option previous = e.previous();
        return previous == null ? 0 : previous.reorder()[3 + e.orientation()];
    }

    @Override
    public double finishValue(Extension e) {
        Decoder.Option o = e.option();
        int orientation = o.end() == e.sentenceLength() ? PhraseTable.MONOTONE : PhraseTable.DISCONTINUOUS;
        return o.reorder()[3 + orientation];
    }
}
