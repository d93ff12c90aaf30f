package io.warta.translate.health;

import io.warta.translate.service.EngineCatalog;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready while any engine of the order can answer; reports the state of each, so a neural engine that failed to
 * load, or a remote one whose breaker is open, shows in the details without taking the service down.
 */
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
        for (EngineCatalog.Slot slot : catalog.order()) {
            if (slot.engine() == null) {
                response.withData(slot.id(), "unknown: no such engine");
                continue;
            }
            boolean ready = slot.engine().isReady();
            String circuit = catalog.circuit(slot.id());
            String state = ready ? "ready " + slot.engine().version() : slot.engine().state();
            response.withData(slot.id(), circuit.equals("open") ? state + " (circuit open: skipped for now)" : state);
            anyReady |= ready;
        }
        return response.status(anyReady).build();
    }
}
