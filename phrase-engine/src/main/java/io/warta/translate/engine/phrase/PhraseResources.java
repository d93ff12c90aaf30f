package io.warta.translate.engine.phrase;

import io.warta.translate.engine.lexicon.Gazetteer;
import io.warta.translate.engine.phrase.features.Features;

/**
 * What the stages of the phrase engine read: the model files, the search setting of options per span, and the
 * features that score the options (weighted by {@code weights}).
 */
public record PhraseResources(PhraseTable table, LanguageModel lm, Truecaser truecaser, Gazetteer gazetteer,
        Weights weights, int optionsPerSpan, Features features) {

    /** With the engine's standard features ({@link Features#standard}) under these weights. */
    public PhraseResources(PhraseTable table, LanguageModel lm, Truecaser truecaser, Gazetteer gazetteer, Weights weights,
            int optionsPerSpan) {
        this(table, lm, truecaser, gazetteer, weights, optionsPerSpan, Features.standard(weights, lm));
    }
}
