package io.warta.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Gateway settings; each can be overridden by an environment variable (WARTA_GATEWAY_...). */
@ConfigMapping(prefix = "warta.gateway")
public interface GatewayConfig {

    /** Longest article accepted, in characters after normalization (413 beyond). */
    @WithDefault("100000")
    int maxTextLength();

    /** Whether whole results are looked up in and stored to the database. */
    @WithDefault("true")
    boolean cacheEnabled();

    /**
     * How long the gateway trusts the engine versions it last read from the services. They are part
     * of every cache key, so a new model is picked up at most this long after it is deployed.
     */
    @WithDefault("60s")
    Duration engineVersionsTtl();
}
