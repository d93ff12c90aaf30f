package io.warta.translate.engine.phrase.features;

import io.warta.translate.engine.phrase.Decoder;

/**
 * A feature of extending a hypothesis by an option (Moses: a stateful feature): it reads what the hypothesis ends
 * with (language-model history, last option, last source position), which the decoder keeps in its recombination
 * key. The decoder adds the features in the order listed, so each method returns {@code score} plus its own part.
 */
public interface ExtensionFeature extends Feature {

    /** Called once per sentence before the search, with the extension the decoder will pass (to reset a cache). */
    default void beginSentence(Extension e) {
    }

    /** The option's part of the future-cost estimate, as if it stood alone. */
    default double estimate(double score, Decoder.Option option) {
        return score;
    }

    /** {@code score} plus this feature's weighted value for putting {@code e.option()} after the hypothesis. */
    double extend(double score, Extension e);

    /** {@code score} plus this feature's value for ending the sentence after {@code e.option()} (all words covered). */
    default double finish(double score, Extension e) {
        return score;
    }

    /**
     * The unweighted value {@link #extend} adds times the weight, for the tuner's feature vectors (the search never
     * calls it); a feature used only in tests of the search may leave it out.
     */
    default double value(Extension e) {
        throw new UnsupportedOperationException(name() + " has no feature value");
    }

    /** The unweighted value {@link #finish} adds times the weight. */
    default double finishValue(Extension e) {
        return 0;
    }
}
