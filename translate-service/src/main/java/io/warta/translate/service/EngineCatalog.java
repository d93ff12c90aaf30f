package io.warta.translate.service;

import io.warta.problem.ProblemException;
import io.warta.translate.config.TranslateConfig;
import io.warta.translate.engine.TranslationEngine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import java.util.Comparator;
import java.util.List;

/** The engines this service has and which one answers: the configured one, or else any ready one. */
@ApplicationScoped
public class EngineCatalog {

    private final List<TranslationEngine> engines;
    private final String configured;

    EngineCatalog(@Any Instance<TranslationEngine> engines, TranslateConfig config) {
        this.engines = engines.stream().sorted(Comparator.comparing(TranslationEngine::id)).toList();
        this.configured = config.engine();
    }

    public List<TranslationEngine> all() {
        return engines;
    }

    /** The engine that translates now; 503 when none is ready. */
    public TranslationEngine active() {
        TranslationEngine fallback = null;
        for (TranslationEngine engine : engines) {
            if (engine.id().equals(configured) && engine.isReady()) {
                return engine;
            }
            if (fallback == null && engine.isReady()) {
                fallback = engine;
            }
        }
        if (fallback == null) {
            throw ProblemException.unavailable("No translation engine is ready yet.", 5);
        }
        return fallback;
    }

    public static String descriptor(TranslationEngine engine) {
        return engine.id() + "/" + engine.version();
    }
}
