package io.warta.translate.engine;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/**
 * An engine whose core is loaded once from the classpath model files: loading starts in the
 * background at startup so the first request rarely waits, and the version combines the engine's
 * rules with the model files' fingerprint, so either change invalidates the translation memory.
 *
 * @param <C> the plain-Java translator the model loads into
 */
public abstract class ModelBackedEngine<C> implements TranslationEngine {

    private volatile C core;
    private volatile String version;
    private volatile String failure;

    /** Bumped by an engine when its rules change without a model change. */
    protected abstract String rulesVersion();

    /** What the version starts with: the id, unless the id names a role rather than the engine. */
    protected String versionPrefix() {
        return id();
    }

    protected abstract C load(ModelFiles files);

    protected abstract String translate(C core, String sentence);

    void onStart(@Observes StartupEvent event) {
        Thread loader = new Thread(() -> {
            try {
                ensureLoaded();
            } catch (RuntimeException e) {
                Logger.getLogger(getClass()).errorf(e, "%s model failed to load", id());
            }
        }, id() + "-model-loader");
        loader.setDaemon(true);
        loader.start();
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

    /** Without waiting for a load in progress, unlike {@link #isReady()}. */
    @Override
    public String state() {
        if (core != null) {
            return "ready";
        }
        String failed = failure;
        return failed != null ? "failed: " + failed : "loading";
    }

    @Override
    public String translate(String sentence) {
        ensureLoaded();
        return translate(core, sentence);
    }

    private void ensureLoaded() {
        if (core != null) {
            return;
        }
        synchronized (this) {
            if (core == null) {
                try {
                    ModelFiles files = new ModelFiles();
                    C loaded = load(files);
                    version = versionPrefix() + "-" + rulesVersion() + "-" + files.fingerprint();
                    core = loaded;
                } catch (RuntimeException e) {
                    failure = String.valueOf(e.getMessage());
                    throw e;
                }
            }
        }
    }
}
