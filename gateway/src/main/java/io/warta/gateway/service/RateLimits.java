package io.warta.gateway.service;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.warta.gateway.config.GatewayConfig;
import io.warta.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Each caller's budget, in two Bucket4j token buckets per API key: requests a minute, and characters of
 * article text a minute (weighted consumption: an article costs its length), so one caller cannot buy a
 * minute of translation for everybody with a few maximal articles. Buckets refill continuously (greedy)
 * and burst up to one minute's worth. Keys are the configured ones only, so the buckets are bounded; one
 * key's spent budget never touches another's.
 */
@ApplicationScoped
public class RateLimits {

    private final long requestsPerMinute;
    private final long charactersPerMinute;
    private final ConcurrentHashMap<String, Bucket> requests = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Bucket> characters = new ConcurrentHashMap<>();

    RateLimits(GatewayConfig config) {
        this.requestsPerMinute = Math.max(1, config.apiKeys().requestsPerMinute());
        this.charactersPerMinute = Math.max(1, config.apiKeys().charactersPerMinute());
    }

    /** One request by {@code caller}; a 429 problem with Retry-After when its request budget is spent. */
    public void takeRequest(String caller) {
        take(requests.computeIfAbsent(caller, k -> perMinute(requestsPerMinute)), 1,
                "this key may make " + requestsPerMinute + " requests a minute");
    }

    /**
     * {@code count} characters of text by {@code caller}; a 429 problem with Retry-After when they are more than
     * it has left (a text longer than a whole minute's budget can never pass: the limit says so).
     */
    public void takeCharacters(String caller, long count) {
        take(characters.computeIfAbsent(caller, k -> perMinute(charactersPerMinute)), Math.max(1, count),
                "this key may send " + charactersPerMinute + " characters of text a minute");
    }

    private static Bucket perMinute(long tokens) {
        return Bucket.builder()
                .addLimit(limit -> limit.capacity(tokens).refillGreedy(tokens, Duration.ofMinutes(1)))
                .build();
    }

    private static void take(Bucket bucket, long tokens, String limit) {
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(tokens);
        if (!probe.isConsumed()) {
            long waitNanos = probe.getNanosToWaitForRefill();
            // Long.MAX_VALUE: more than the bucket can ever hold; a minute is the honest answer to "when".
            int retryAfter = waitNanos == Long.MAX_VALUE ? 60 : (int) Math.max(1, Math.ceil(waitNanos / 1e9));
            throw new ProblemException(429, "rate-limited", "Too many requests", limit).retryAfter(retryAfter);
        }
    }
}
