package io.warta.translate.engine;

import io.warta.translate.engine.phrase.PhraseModel;
import io.warta.translate.engine.phrase.PhraseTranslator;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The phrase engine (module phrase-engine: phrase table, 4-gram LM, beam search, model files) as a bean. It is the
 * {@code builtin} engine: always present, so it answers last in every engine order ({@code warta.engines.order}).
 * Its version still says {@code phrase-...}: /v1/engines shows {@code builtin/phrase-<digest of engine classes and model>}.
 */
@ApplicationScoped
public class PhraseEngine extends ModelBackedEngine<PhraseTranslator> {

    public static final String ID = "builtin";

    @Override
    public String id() {
        return ID;
    }

    @Override
    protected String versionPrefix() {
        return "phrase";
    }

    @Override
    protected PhraseTranslator load(ModelFiles files) {
        return PhraseModel.load(files);
    }

    @Override
    protected String translate(PhraseTranslator core, String sentence) {
        return core.translate(sentence);
    }
}
