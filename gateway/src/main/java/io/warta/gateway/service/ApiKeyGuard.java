package io.warta.gateway.service;

import io.warta.gateway.config.GatewayConfig;
import io.warta.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Decides whether a caller may use the public API: a known key (401 without one, 403 for a
 * revoked one) within its rate (a token bucket per key; 429 with Retry-After beyond it).
 */
@ApplicationScoped
public class ApiKeyGuard {

    private final boolean enabled;
    private final Set<String> keys;
    private final Set<String> revoked;
    private final double tokensPerNano;
    private final double burst;
    private final ConcurrentHashMap<String, TokenBucket> buckets = new ConcurrentHashMap<>();

    ApiKeyGuard(GatewayConfig config) {
        GatewayConfig.ApiKeys apiKeys = config.apiKeys();
        this.enabled = apiKeys.enabled();
        this.keys = apiKeys.keys().orElse(Set.of());
        this.revoked = apiKeys.revoked().orElse(Set.of());
        this.burst = apiKeys.requestsPerMinute();
        this.tokensPerNano = apiKeys.requestsPerMinute() / 60e9;
    }

    /** Throws the problem to answer with, or returns when the call may go on. */
    public void admit(String apiKey) {
        if (!enabled) {
            return;
        }
        if (apiKey == null || apiKey.isBlank()) {
            throw new ProblemException(401, "missing-api-key", "API key required",
                    "send your API key in the X-API-Key header");
        }
        if (revoked.contains(apiKey)) {
            throw new ProblemException(403, "revoked-api-key", "API key revoked", "this API key is no longer valid");
        }
        if (!keys.contains(apiKey)) {
            throw new ProblemException(401, "unknown-api-key", "Unknown API key", "this API key is not known");
        }
        long waitNanos = buckets.computeIfAbsent(apiKey, k -> new TokenBucket(burst)).take(System.nanoTime(),
                tokensPerNano, burst);
        if (waitNanos > 0) {
            int retryAfter = (int) Math.max(1, Math.ceil(waitNanos / 1e9));
            throw new ProblemException(429, "rate-limited", "Too many requests",
                    "this key may make " + (int) burst + " requests a minute").retryAfter(retryAfter);
        }
    }

    /** Tokens refill continuously; a request takes one or learns how long until one is there. */
    private static final class TokenBucket {

        private double tokens;
        private long updatedAt = System.nanoTime();

        TokenBucket(double burst) {
            this.tokens = burst;
        }

        synchronized long take(long now, double tokensPerNano, double burst) {
            tokens = Math.min(burst, tokens + (now - updatedAt) * tokensPerNano);
            updatedAt = now;
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return (long) Math.ceil((1 - tokens) / tokensPerNano);
        }
    }
}
