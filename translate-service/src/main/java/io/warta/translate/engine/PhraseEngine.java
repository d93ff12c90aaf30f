package io.warta.translate.engine;

import io.warta.translate.engine.lexicon.Gazetteer;
import io.warta.translate.engine.phrase.LanguageModel;
import io.warta.translate.engine.phrase.PhraseTable;
import io.warta.translate.engine.phrase.PhraseTranslator;
import io.warta.translate.engine.phrase.Truecaser;
import io.warta.translate.engine.phrase.Weights;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Phrase-based statistical engine: phrase table + 4-gram LM + beam search, all from {@code /model}. It is the
 * {@code builtin} engine: always present, so it answers last in every engine order ({@code warta.engines.order}).
 * Its version still says {@code phrase-...}: /v1/engines shows {@code builtin/phrase-<digest of engine classes and model>}.
 */
@ApplicationScoped
public class PhraseEngine extends ModelBackedEngine<PhraseTranslator> {

    public static final int BEAM = 20;
    public static final int DISTORTION_LIMIT = 4;
    public static final int OPTIONS_PER_SPAN = 10;

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
        return loadCore(files);
    }

    @Override
    protected String translate(PhraseTranslator core, String sentence) {
        return core.translate(sentence);
    }

    /** Loads the phrase engine's core from the classpath model files. */
    public static PhraseTranslator loadCore(ModelFiles files) {
        try {
            // The two big files decode in parallel: on two cores this halves the load time.
            java.io.InputStream tableBytes = files.open("phrase-table.bin.gz");
            java.io.InputStream lmBytes = files.open("lm.bin.gz");
            LanguageModel[] lmHolder = new LanguageModel[1];
            RuntimeException[] lmError = new RuntimeException[1];
            Thread lmLoader = new Thread(() -> {
                try {
                    lmHolder[0] = LanguageModel.read(lmBytes);
                } catch (IOException e) {
                    lmError[0] = new UncheckedIOException(e);
                } catch (RuntimeException e) {
                    lmError[0] = e;
                }
            }, "lm-loader");
            lmLoader.start();
            PhraseTable table = PhraseTable.read(tableBytes);
            try {
                lmLoader.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while loading the language model", e);
            }
            if (lmError[0] != null) {
                throw lmError[0];
            }
            LanguageModel lm = lmHolder[0];
            Truecaser truecaser = Truecaser.read(files.open("truecase.tsv.gz"));
            Gazetteer gazetteer = Gazetteer.read(files.open("gazetteer.tsv"));
            Weights weights = ModelFiles.exists("weights.properties")
                    ? Weights.read(files.open("weights.properties")) : Weights.defaults();
            return new PhraseTranslator(table, lm, truecaser, gazetteer, weights, BEAM, DISTORTION_LIMIT, OPTIONS_PER_SPAN);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
