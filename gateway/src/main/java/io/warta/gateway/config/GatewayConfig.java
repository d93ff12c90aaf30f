package io.warta.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;

/** Gateway settings; each can be overridden by an environment variable (WARTA_GATEWAY_...). */
@ConfigMapping(prefix = "warta.gateway")
public interface GatewayConfig {

    /** Longest article accepted, in characters after normalization (413 beyond). */
    @WithDefault("100000")
    int maxTextLength();

    /**
     * Longest article accepted as sent, in characters, checked before any work on it (markup and runs of white
     * space count here, since reducing them is itself work); 413 beyond.
     */
    @WithDefault("400000")
    int maxRawTextLength();

    /** Whether whole results are looked up in and stored to the database. */
    @WithDefault("true")
    boolean cacheEnabled();

    /**
     * How long the gateway trusts the engine versions it last read from the services. They are part
     * of every cache key, so a new model is picked up at most this long after it is deployed.
     */
    @WithDefault("60s")
    Duration engineVersionsTtl();

    /** Who may call the public API. */
    ApiKeys apiKeys();

    /** How many uncached articles are computed at once; cached answers never wait for it. */
    Bulkhead bulkhead();

    interface Bulkhead {

        /**
         * Articles computed at the same time (WARTA_GATEWAY_BULKHEAD_MAX_CONCURRENT). The work is
         * translate-service's, so this bounds how much the gateway asks of it at once.
         */
        @WithDefault("16")
        int maxConcurrent();

        /** Requests that may wait for a free slot; beyond that they are refused at once (503). */
        @WithDefault("64")
        int queueSize();

        /**
         * How long a request waits for a free slot before it is refused (503): well under the 30 s the
         * gateway gives translate-service, so a refusal comes early rather than as a late timeout.
         */
        @WithDefault("10s")
        Duration maxWait();

        /** The Retry-After of a refusal, in seconds. */
        @WithDefault("5")
        int retryAfterSeconds();
    }

    interface ApiKeys {

        /** Off for local runs; on in Kubernetes, with the keys from a Secret. */
        @WithDefault("false")
        boolean enabled();

        /** Keys that may call (WARTA_GATEWAY_API_KEYS_KEYS=key1,key2). */
        Optional<Set<String>> keys();

        /** Keys that once could call and no longer may: answered 403 rather than 401. */
        Optional<Set<String>> revoked();

        /** Requests per minute allowed to each key (burst up to the same number); 429 beyond. */
        @WithDefault("600")
        int requestsPerMinute();
    }
}
