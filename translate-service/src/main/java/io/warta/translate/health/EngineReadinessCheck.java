package io.warta.translate.health;

import io.warta.translate.engine.TranslationEngine;
import io.warta.translate.service.EngineCatalog;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/** Ready once at least one engine has loaded its model; reports the state of each. */
@Readiness
@ApplicationScoped
public class EngineReadinessCheck implements HealthCheck {

    private final EngineCatalog catalog;

    EngineReadinessCheck(EngineCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("translation-engines");
        boolean anyReady = false;
        for (TranslationEngine engine : catalog.all()) {
            response.withData(engine.id(), engine.isReady() ? "ready " + engine.version() : "loading");
            anyReady |= engine.isReady();
        }
        return response.status(anyReady).build();
    }
}
