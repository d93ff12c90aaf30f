package io.warta.gateway;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/** The gateway's counters the tests read, by the names operators see (Prometheus adds {@code _total}). */
public final class GatewayMeters {

    private GatewayMeters() {
    }

    /** {@code warta_gateway_articles_computed_total}: articles computed behind the gateway since start. */
    public static long articlesComputed(MeterRegistry registry) {
        return count(registry, "warta.gateway.articles.computed");
    }

    /** {@code warta_gateway_articles_joined_total}: requests that shared an identical article's computation. */
    public static long articlesJoined(MeterRegistry registry) {
        return count(registry, "warta.gateway.articles.joined");
    }

    /** A counter's count; 0 before it exists (it is registered with the bean that counts, on its first use). */
    private static long count(MeterRegistry registry, String name) {
        Counter counter = registry.find(name).counter();
        return counter == null ? 0 : (long) counter.count();
    }
}
