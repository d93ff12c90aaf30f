package io.warta.gateway.service;

import io.warta.gateway.client.SummaryBackend;
import io.warta.gateway.client.TranslationBackend;
import io.warta.gateway.config.GatewayConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;

/**
 * The translation engine and summarizer versions, which enter every article cache key. Read from
 * the services and trusted for a while, so a cache hit makes no call behind the gateway.
 */
@ApplicationScoped
public class EngineVersions {

    private final TranslationBackend translation;
    private final SummaryBackend summary;
    private final Duration ttl;
    private volatile Snapshot snapshot;

    EngineVersions(TranslationBackend translation, SummaryBackend summary, GatewayConfig config) {
        this.translation = translation;
        this.summary = summary;
        this.ttl = config.engineVersionsTtl();
    }

    /** The current versions; throws when translate-service cannot say (then nothing can be translated either). */
    public Snapshot current() {
        Snapshot known = snapshot;
        if (known != null && System.nanoTime() - known.readAt() < ttl.toNanos()) {
            return known;
        }
        String engine;
        try {
            engine = translation.activeEngine();
        } catch (RuntimeException e) {
            if (known != null) {
                return known; // translate-service is down: cached results stay servable under the last known versions
            }
            throw e;
        }
        // An unknown summarizer version only happens while summary-service is down; such results are not cached.
        String summarizer = summary.summarizerVersion().orElse(null);
        Snapshot fresh = new Snapshot(engine, summarizer, summarizer == null ? 0 : System.nanoTime());
        if (summarizer != null) {
            snapshot = fresh;
        }
        return fresh;
    }

    /** Forget what was read, e.g. after a service reported a different version than expected. */
    public void invalidate() {
        snapshot = null;
    }

    public record Snapshot(String translationEngine, String summarizer, long readAt) {
    }
}
