package io.warta.translate;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/** translate-service's counters the tests read, by the names operators see (Prometheus adds {@code _total}). */
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
        return sum(registry, "warta.translate.sentences.joined");
    }

    /** The counters of that name (one per engine id for the engine's); 0 before any exists (registered on first use). */
    private static long sum(MeterRegistry registry, String name) {
        return (long) registry.find(name).counters().stream().mapToDouble(Counter::count).sum();
    }
}
