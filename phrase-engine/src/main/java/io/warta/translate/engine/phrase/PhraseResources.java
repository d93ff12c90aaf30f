package io.warta.translate.engine.phrase;

import io.warta.translate.engine.lexicon.Gazetteer;

/** What the stages of the phrase engine read: the model files and the search setting of options per span. */
public record PhraseResources(PhraseTable table, LanguageModel lm, Truecaser truecaser, Gazetteer gazetteer,
        Weights weights, int optionsPerSpan) {
}
