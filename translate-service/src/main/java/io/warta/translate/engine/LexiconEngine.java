package io.warta.translate.engine;

import io.warta.translate.engine.lexicon.Gazetteer;
import io.warta.translate.engine.lexicon.Lexicon;
import io.warta.translate.engine.lexicon.LexiconTranslator;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Word-for-word engine over the merged shared lexicons with morphology: the fallback and baseline. */
@ApplicationScoped
public class LexiconEngine implements TranslationEngine {

    /** Bump when the translation rules change without a model change. */
    static final String RULES = "1";

    private volatile LexiconTranslator translator;
    private volatile String version;

    /** Starts loading the model in the background at startup, so the first request rarely waits for it. */
    void onStart(@Observes StartupEvent event) {
        Thread loader = new Thread(() -> {
            try {
                ensureLoaded();
            } catch (RuntimeException e) {
                org.jboss.logging.Logger.getLogger(getClass()).error("lexicon model failed to load", e);
            }
        }, "lexicon-model-loader");
        loader.setDaemon(true);
        loader.start();
    }

    @Override
    public String id() {
        return "lexicon";
    }

    @Override
    public String version() {
        ensureLoaded();
        return version;
    }

    /** Loads the model on first call (waiting for a load in progress); false if it cannot be loaded. */
    @Override
    public boolean isReady() {
        try {
            ensureLoaded();
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    @Override
    public String translate(String sentence) {
        ensureLoaded();
        return translator.translate(sentence);
    }

    private void ensureLoaded() {
        if (translator != null) {
            return;
        }
        synchronized (this) {
            if (translator == null) {
                ModelFiles files = new ModelFiles();
                LexiconTranslator t = load(files);
                version = "lexicon-" + RULES + "-" + files.fingerprint();
                translator = t;
            }
        }
    }

    /** Loads the lexicon engine's core from the classpath model files. */
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
