package io.warta.translate.engine;

import io.warta.text.glossary.Glossary;
import io.warta.translate.engine.phrase.PhraseModel;
import io.warta.translate.engine.phrase.PhraseTranslator;
import io.warta.translate.engine.phrase.options.GlossaryTerms;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

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

    /** The glossary's terms become fixed spans of the search (phrase-engine's {@link GlossaryTerms}), prepared once. */
    @Override
    public List<String> translateAll(List<String> sentences, Glossary glossary) {
        if (glossary.isEmpty()) {
            return translateAll(sentences);
        }
        PhraseTranslator translator = core();
        GlossaryTerms terms = new GlossaryTerms(glossary);
        return sentences.stream().map(sentence -> translator.translate(sentence, terms)).toList();
    }
}
