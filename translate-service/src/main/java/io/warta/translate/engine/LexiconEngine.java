package io.warta.translate.engine;

import io.warta.translate.engine.lexicon.LexiconModel;
import io.warta.translate.engine.lexicon.LexiconTranslator;
import jakarta.enterprise.context.ApplicationScoped;

/** Word-for-word engine over the merged shared lexicons with morphology: the fallback and baseline. */
@ApplicationScoped
public class LexiconEngine extends ModelBackedEngine<LexiconTranslator> {

    @Override
    public String id() {
        return "lexicon";
    }

    @Override
    protected LexiconTranslator load(ModelFiles files) {
        return LexiconModel.load(files);
    }

    @Override
    protected String translate(LexiconTranslator core, String sentence) {
        return core.translate(sentence);
    }
}
