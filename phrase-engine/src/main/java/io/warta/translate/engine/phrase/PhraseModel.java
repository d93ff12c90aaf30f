package io.warta.translate.engine.phrase;

import io.warta.translate.engine.ModelFiles;
import io.warta.translate.engine.lexicon.Gazetteer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Loads the phrase engine from the model files: phrase table, 4-gram LM, truecaser, gazetteer and weights. */
public final class PhraseModel {

    /**
     * The component digest the build writes over every class of the engine and every model file
     * ({@code META-INF/warta/phrase-engine.digest}): the engines' versions are made from it.
     */
    public static final String COMPONENT = "phrase-engine";

    public static final int BEAM = 20;
    public static final int DISTORTION_LIMIT = 4;
    public static final int OPTIONS_PER_SPAN = 10;

    private PhraseModel() {
    }

    /**
     * The committed confidence calibration ({@value ConfidenceCalibration#FILE}); null when the model has none, and
     * then the engine reports no confidence.
     */
    public static ConfidenceCalibration calibration(ModelFiles files) {
        if (!ModelFiles.exists(ConfidenceCalibration.FILE)) {
            return null;
        }
        try {
            return ConfidenceCalibration.read(files.open(ConfidenceCalibration.FILE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The engine over the committed model files, with the committed search settings. */
    public static PhraseTranslator load(ModelFiles files) {
        try {
            // The two big files decode in parallel: on two cores this halves the load time.
            InputStream tableBytes = files.open("phrase-table.bin.gz");
            InputStream lmBytes = files.open("lm.bin.gz");
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
