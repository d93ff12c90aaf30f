package io.warta.translate.engine.opus;

import io.quarkus.runtime.ImageMode;
import io.quarkus.runtime.StartupEvent;
import io.warta.digest.ComponentDigest;
import io.warta.translate.config.EnginesConfig;
import io.warta.translate.engine.TranslationEngine;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.jboss.logging.Logger;

/**
 * OPUS-MT (Helsinki-NLP/opus-mt-id-en, MarianMT) in process with ONNX Runtime, from the model directory in
 * {@code warta.engines.opus-mt.model-dir}. Without one the engine is "not configured"; with one it loads in
 * the background at startup, and a model that cannot load leaves it "failed: ..." rather than stopping the
 * service. ONNX Runtime is a JNI library that the native executable does not carry: there the engine
 * reports it and the JVM image is the one to run.
 */
@ApplicationScoped
public class OpusMtEngine implements TranslationEngine {

    public static final String ID = "opus-mt";
    /** The component digest of this engine's code (tokenization, decoding), part of its version. */
    static final String COMPONENT = "opus-mt";
    static final String NATIVE_UNSUPPORTED = "ONNX Runtime is not available in the native image; use the JVM image";

    private static final Logger LOG = Logger.getLogger(OpusMtEngine.class);

    private final EnginesConfig.OpusMt config;
    private final ReentrantReadWriteLock lifecycle = new ReentrantReadWriteLock();
    private volatile OpusMtTranslator translator;
    private volatile String state;
    private volatile String version;

    @Inject
    OpusMtEngine(EnginesConfig config) {
        this(config.opusMt(), ImageMode.current() == ImageMode.NATIVE_RUN);
    }

    OpusMtEngine(EnginesConfig.OpusMt config, boolean nativeImage) {
        this.config = config;
        if (config.modelDir().isEmpty()) {
            state = "not configured";
        } else if (nativeImage) {
            state = "failed: " + NATIVE_UNSUPPORTED;
        } else {
            state = "loading";
        }
    }

    void onStart(@Observes StartupEvent event) {
        if (!"loading".equals(state)) {
            if (state.startsWith("failed")) {
                LOG.warnf("%s engine %s", ID, state);
            }
            return;
        }
        Thread loader = new Thread(this::load, ID + "-model-loader");
        loader.setDaemon(true);
        loader.start();
    }

    /** Loads the model now (the startup observer calls it on a background thread). */
    void load() {
        if (!"loading".equals(state)) {
            return;
        }
        Path directory = config.modelDir().orElseThrow();
        try {
            OpusMtModelFiles files = OpusMtModelFiles.locate(directory, config.quantized());
            long started = System.nanoTime();
            OpusMtTranslator loaded = OpusMtTranslator.load(files, settings(), config.intraOpThreads());
            lifecycle.writeLock().lock();
            try {
                if (!"loading".equals(state)) {
                    loaded.close(); // shut down while loading
                    return;
                }
                version = versionOf(files);
                translator = loaded;
                state = "ready";
            } finally {
                lifecycle.writeLock().unlock();
            }
            LOG.infof("%s engine ready (%s, %s) in %d ms", ID, files.encoder().getFileName(),
                    files.decoder().getFileName(), (System.nanoTime() - started) / 1_000_000);
        } catch (Exception | LinkageError e) {
            // LinkageError: ONNX Runtime's native library did not load (unsupported platform).
            state = "failed: " + Optional.ofNullable(e.getMessage()).orElse(e.getClass().getSimpleName());
            LOG.errorf(e, "%s engine failed to load from %s", ID, directory);
        }
    }

    OpusMtTranslator.Settings settings() {
        return new OpusMtTranslator.Settings(config.beamSize(), config.maxBatchSize(), config.maxLength().orElse(0), true);
    }

    private String versionOf(OpusMtModelFiles files) {
        return ID + "-" + code() + "-b" + config.beamSize() + config.maxLength().map(l -> "-l" + l).orElse("")
                + "-" + files.fingerprint();
    }

    /** The build-time digest of the engine's code, so a change to tokenization or decoding is a new version. */
    private static String code() {
        return ComponentDigest.load(COMPONENT).shortDigest();
    }

    @Override
    public String id() {
        return ID;
    }

    /** The model files' fingerprint and the decoding settings, known even before the sessions are open. */
    @Override
    public String version() {
        String known = version;
        if (known != null) {
            return known;
        }
        if (config.modelDir().isEmpty()) {
            return ID + "-" + code() + "-none";
        }
        try {
            known = versionOf(OpusMtModelFiles.locate(config.modelDir().get(), config.quantized()));
            version = known;
            return known;
        } catch (RuntimeException e) {
            return ID + "-" + code() + "-unavailable";
        }
    }

    @Override
    public boolean isReady() {
        return translator != null;
    }

    @Override
    public String state() {
        return state;
    }

    @Override
    public String translate(String sentence) {
        return translateAll(List.of(sentence)).get(0);
    }

    /** One batched model run per {@code max-batch-size} sentences; a failure fails the whole batch. */
    @Override
    public List<String> translateAll(List<String> sentences) {
        lifecycle.readLock().lock();
        try {
            OpusMtTranslator current = translator;
            if (current == null) {
                throw new IllegalStateException(ID + " is not ready: " + state);
            }
            return current.translateAll(sentences);
        } finally {
            lifecycle.readLock().unlock();
        }
    }

    /** Closes the ONNX Runtime sessions, after translations in progress finish. */
    @PreDestroy
    void close() {
        lifecycle.writeLock().lock();
        try {
            if (translator != null) {
                translator.close();
                translator = null;
            }
            if (!state.startsWith("failed") && !"not configured".equals(state)) {
                state = "failed: shut down";
            }
        } finally {
            lifecycle.writeLock().unlock();
        }
    }
}
