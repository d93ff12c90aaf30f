package io.warta.gateway.service;

import io.warta.gateway.client.SummaryBackend;
import io.warta.gateway.client.TranslationApi.Segment;
import io.warta.gateway.client.TranslationApi.Translation;
import io.warta.gateway.client.TranslationBackend;
import io.warta.gateway.config.GatewayConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The translation engine and summarizer versions, which enter every article cache key. Read from
 * the services and trusted for a while, so a cache hit makes no call behind the gateway. The
 * translation engine is translate-service's preferred one (the first ready engine of its order):
 * a result that a fallback engine produced, wholly or partly, is answered but never stored (see
 * {@link #producer}), so it cannot be served once the preferred engine answers again.
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
        Snapshot trusted = known();
        if (trusted != null) {
            return trusted;
        }
        Snapshot known = snapshot;
        String engine;
        try {
            engine = translation.preferredEngine();
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

    /**
     * The versions last read, while they are trusted, without calling anyone (so it may run on an I/O thread);
     * null when they must be read again through {@link #current()}.
     */
    public Snapshot known() {
        Snapshot known = snapshot;
        return known != null && System.nanoTime() - known.readAt() < ttl.toNanos() ? known : null;
    }

    /** Forget what was read, e.g. after a service reported a different version than expected. */
    public void invalidate() {
        snapshot = null;
    }

    /**
     * The one engine ({@code id/version}) that produced every segment of these translations; null when segments
     * came from several engines (one failed mid-request and the next answered).
     */
    public static String producer(List<Translation> translations) {
        List<String> producers = producers(translations);
        return producers.size() == 1 ? producers.get(0) : null;
    }

    /**
     * Every engine that produced a segment of these translations, in order of first use. A segment without an
     * engine (from a translate-service that does not report it) counts as its translation's engine.
     */
    public static List<String> producers(List<Translation> translations) {
        Set<String> producers = new LinkedHashSet<>();
        for (Translation translation : translations) {
            if (translation.segments() == null || translation.segments().isEmpty()) {
                producers.add(String.valueOf(translation.engine()));
                continue;
            }
            for (Segment segment : translation.segments()) {
                producers.add(segment.engine() != null ? segment.engine() : String.valueOf(translation.engine()));
            }
        }
        return List.copyOf(producers);
    }

    public record Snapshot(String translationEngine, String summarizer, long readAt) {

        /** Whether both name the same engine and summarizer versions, whenever they were read. */
        public boolean sameVersions(Snapshot other) {
            return other != null && java.util.Objects.equals(translationEngine, other.translationEngine)
                    && java.util.Objects.equals(summarizer, other.summarizer);
        }
    }
}
