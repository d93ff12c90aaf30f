package io.warta.translate.engine.phrase.features;

import io.warta.translate.engine.phrase.Decoder;
import io.warta.translate.engine.phrase.Weights;

/**
 * {@code lm.unknownWord}: per English word the language model does not know. {@code <unk>} stands for every rare word
 * of the LM's training text, so its probability is high, and without this penalty a rare or junk option would beat a
 * known word.
 */
public final class UnknownWordPenalty implements ExtensionFeature {

    public static final String NAME = "lm.unknownWord";

    private final double weight;

    public UnknownWordPenalty(Weights weights) {
        this.weight = weights.get(NAME);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public double estimate(double score, Decoder.Option option) {
        return score + weight * option.unknownWords();
    }

    @Override
    public double extend(double score, Extension e) {
        return score + weight * value(e);
    }

    @Override
    public double value(Extension e) {
        return e.option().unknownWords();
    }
}
