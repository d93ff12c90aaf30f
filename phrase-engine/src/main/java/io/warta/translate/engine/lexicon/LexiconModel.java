package io.warta.translate.engine.lexicon;

import io.warta.translate.engine.ModelFiles;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Loads the word-for-word engine from the model files: the merged lexicon and the gazetteer. */
public final class LexiconModel {

    private LexiconModel() {
    }

    public static LexiconTranslator load(ModelFiles files) {
        try {
            Lexicon lexicon = Lexicon.read(files.open("lexicon.tsv.gz"), true);
            Gazetteer gazetteer = Gazetteer.read(files.open("gazetteer.tsv"));
            return new LexiconTranslator(lexicon, gazetteer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
