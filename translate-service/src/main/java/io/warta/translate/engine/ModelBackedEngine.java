package io.warta.translate.engine;

import io.quarkus.runtime.StartupEvent;
import io.warta.digest.ComponentDigest;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/**
 * An engine whose core is loaded once from the classpath model files: loading starts in the
 * background at startup so the first request rarely waits. The version is derived, never typed: it carries the
 * build-time digest of the engine's classes and model files and of this service's translation pipeline
 * ({@value #COMPONENT}), so a change to any of them invalidates the translation memory and the gateway's article
 * cache.
 *
 * @param <C> the plain-Java translator the model loads into
 */
public abstract class ModelBackedEngine<C> implements TranslationEngine {

    /**
     * The component digest these engines' versions carry, written by this service's build: phrase-engine's own
     * digest ({@code phrase-engine}: its classes and model), these adapters and {@code io/warta/translate/service/}.
     */
    public static final String COMPONENT = "builtin-engines";

    private volatile C core;
    private volatile String version;
    private volatile String failure;

    /** {@code prefix-digest}: a function of the build-time digest of everything that decides the output. */
    public static String version(String prefix, ComponentDigest digest) {
        return prefix + "-" + digest.shortDigest();
    }

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

    /** Known without the model: the digest was computed at build time. */
    @Override
    public String version() {
        String known = version;
        if (known == null) {
            known = version(versionPrefix(), ComponentDigest.load(COMPONENT));
            version = known;
        }
        return known;
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

    /** The loaded core (loading it first if need be), for engines that call it in more ways than {@link #translate}. */
    protected C core() {
        ensureLoaded();
        return core;
    }

    private void ensureLoaded() {
        if (core != null) {
            return;
        }
        synchronized (this) {
            if (core == null) {
                try {
                    core = load(new ModelFiles());
                } catch (RuntimeException e) {
                    failure = String.valueOf(e.getMessage());
                    throw e;
                }
            }
        }
    }
}
