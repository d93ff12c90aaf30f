package io.warta.translate;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * translate-service's counters the tests read, by the names operators see (Prometheus adds {@code _total}). Counters
 * only: Quarkus keeps global meters across the test JVM's application restarts, and a function counter or gauge
 * (a Caffeine cache's, say) stays bound to the first application's object; a counter follows each application.
 */
public final class TranslateMeters {

    private TranslateMeters() {
    }

    /** {@code warta_translate_engine_sentences_total}, all engines: sentences sent to an engine since start. */
    public static long engineSentences(MeterRegistry registry) {
        return sum(registry, "warta.translate.engine.sentences");
    }

    /** {@code warta_translate_engine_calls_total}, all engines: engine calls since start. */
    public static long engineCalls(MeterRegistry registry) {
        return sum(registry, "warta.translate.engine.calls");
    }

    /** {@code warta_translate_sentences_joined_total}: sentences taken from another request's translation in flight. */
    public static long sentencesJoined(MeterRegistry registry) {
        return (long) registry.get("warta.translate.sentences.joined").counter().count();
    }

    /** One counter per engine id; none before an engine was first called. */
    private static long sum(MeterRegistry registry, String name) {
        return (long) registry.find(name).counters().stream().mapToDouble(Counter::count).sum();
    }
}
