package io.warta.gateway.service;

import io.warta.gateway.config.GatewayConfig;
import io.warta.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;

/**
 * Decides whether a caller may use the public API: a known key (401 without one, 403 for a
 * revoked one) within its rate ({@link RateLimits}: requests and characters a minute per key;
 * 429 with Retry-After beyond).
 */
@ApplicationScoped
public class ApiKeyGuard {

    private final boolean enabled;
    private final Set<String> keys;
    private final Set<String> revoked;
    private final RateLimits limits;

    ApiKeyGuard(GatewayConfig config, RateLimits limits) {
        GatewayConfig.ApiKeys apiKeys = config.apiKeys();
        this.enabled = apiKeys.enabled();
        this.keys = apiKeys.keys().orElse(Set.of());
        this.revoked = apiKeys.revoked().orElse(Set.of());
        this.limits = limits;
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
        limits.takeRequest(apiKey);
    }

    /**
     * Whose stored things (glossaries) an admitted caller sees: the SHA-256 (hex) of its key, so the key itself is
     * never stored; null, one shared space, when API keys are off.
     */
    public String owner(String apiKey) {
        if (!enabled || apiKey == null) {
            return null;
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(apiKey.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }

    /**
     * Charges {@code characters} of submitted text to an admitted caller's budget, before any work is done on
     * it; a 429 problem when the key has spent its characters for now.
     */
    public void chargeText(String apiKey, long characters) {
        if (enabled && apiKey != null && keys.contains(apiKey)) {
            limits.takeCharacters(apiKey, characters);
        }
    }
}
