package io.warta.translate.engine;

import io.warta.translate.engine.lexicon.Gazetteer;
import io.warta.translate.engine.lexicon.Lexicon;
import io.warta.translate.engine.lexicon.LexiconTranslator;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Word-for-word engine over the merged shared lexicons with morphology: the fallback and baseline. */
@ApplicationScoped
public class LexiconEngine extends ModelBackedEngine<LexiconTranslator> {

    @Override
    public String id() {
        return "lexicon";
    }

    @Override
    protected LexiconTranslator load(ModelFiles files) {
        return loadCore(files);
    }

    @Override
    protected String translate(LexiconTranslator core, String sentence) {
        return core.translate(sentence);
    }

    /** Loads the lexicon engine's core from the classpath model files. */
    public static LexiconTranslator loadCore(ModelFiles files) {
        try {
            Lexicon lexicon = Lexicon.read(files.open("lexicon.tsv.gz"), true);
            Gazetteer gazetteer = Gazetteer.read(files.open("gazetteer.tsv"));
            return new LexiconTranslator(lexicon, gazetteer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
