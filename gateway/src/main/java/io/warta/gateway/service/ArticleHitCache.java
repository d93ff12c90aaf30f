package io.warta.gateway.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import io.warta.cache.ContentKey;
import io.warta.gateway.config.GatewayConfig;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Finished answers in memory, as the bytes sent, in front of the stored results: a repeated request is
 * answered without normalizing, detecting the language, reading the database or any JSON work, and
 * without leaving the I/O thread. Two kinds of entry share one size bound:
 * <ul>
 * <li>by request: the digest of the body exactly as received, its media type and the engine versions
 * (so a new engine or summarizer version misses); only answers the database stores (complete,
 * made by the preferred engines, with an id) are kept, so a degraded answer never is;</li>
 * <li>by id: what {@code GET /api/v1/articles/{id}} answers, with the content key as its entity tag.</li>
 * </ul>
 * PostgreSQL stays the source of truth and fills this layer on a miss; losing an entry costs a lookup.
 */
@ApplicationScoped
public class ArticleHitCache {

    /** How a request body is read: the same bytes mean a different article as JSON and as plain text. */
    public enum BodyType {
        JSON, TEXT
    }

    /** A request's key and the engine versions it was made under. */
    public record RequestKey(String digest, EngineVersions.Snapshot versions) {
    }

    /** What is answered for an id: the serialized result and its entity tag (quoted, as sent). */
    public record StoredAnswer(byte[] body, String etag) {
    }

    private static final String BY_REQUEST = "r:";
    private static final String BY_ID = "i:";
    /** Rough bytes of an entry beyond its answer (key, objects), so many tiny answers are bounded too. */
    private static final int ENTRY_OVERHEAD = 200;

    private final Cache<String, Object> answers;
    private final EngineVersions versions;
    private final ObjectMapper json;
    private final boolean enabled;

    ArticleHitCache(GatewayConfig config, EngineVersions versions, ObjectMapper json, MeterRegistry registry) {
        this.versions = versions;
        this.json = json;
        this.enabled = config.cacheEnabled();
        GatewayConfig.AnswerCache settings = config.answerCache();
        this.answers = Caffeine.newBuilder()
                .maximumWeight(settings.maxSize().asLongValue())
                .weigher((String key, Object answer) -> ENTRY_OVERHEAD + key.length() + (answer instanceof byte[] bytes
                        ? bytes.length : ((StoredAnswer) answer).body().length))
                .expireAfterWrite(settings.ttl())
                .recordStats()
                .build();
        CaffeineCacheMetrics.monitor(registry, answers, "gateway.article-answers");
        Gauge.builder("warta.gateway.answer-cache.hit-ratio", answers, cache -> cache.stats().hitRate())
                .description("Share of article lookups (POST and GET by id) answered from memory since start")
                .register(registry);
    }

    /**
     * The key of a request body under the engine versions trusted now; null when the cache is off or the
     * versions must be read again first (which blocks, so it is left to the miss). Never blocks.
     */
    public RequestKey keyOf(BodyType type, byte[] body) {
        EngineVersions.Snapshot known = enabled ? versions.known() : null;
        if (known == null) {
            return null;
        }
        return new RequestKey(ContentKey.of(body, "answer/1", type.name(), known.translationEngine(),
                known.summarizer()), known);
    }

    /** The answer kept for this request, or null. Never blocks. */
    public byte[] answer(RequestKey key) {
        return key == null ? null : (byte[]) answers.getIfPresent(BY_REQUEST + key.digest());
    }

    /**
     * Keeps the answer to a request when the database stored it and the engine versions are still those the key
     * was made under (a result computed while they changed is not filed under the old ones).
     * What is kept is the result marked as cached, as every later hit answers it.
     */
    public void remember(RequestKey key, ArticleResult result) {
        if (key != null && result.id() != null && result.degraded().isEmpty()
                && key.versions().sameVersions(versions.known())) {
            answers.put(BY_REQUEST + key.digest(), serialize(result.withCached(true)));
        }
    }

    /** What is kept for an id, or null. Never blocks. */
    public StoredAnswer stored(String id) {
        return enabled ? (StoredAnswer) answers.getIfPresent(BY_ID + id) : null;
    }

    /** The answer for a stored result read from the database, kept for the next request for its id. */
    public StoredAnswer remember(ArticleService.StoredArticle stored) {
        StoredAnswer answer = new StoredAnswer(serialize(stored.result().withCached(true)),
                '"' + stored.contentKey() + '"');
        if (enabled) {
            answers.put(BY_ID + stored.result().id(), answer);
        }
        return answer;
    }

    private byte[] serialize(ArticleResult result) {
        try {
            return json.writeValueAsBytes(result);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an article result always serializes", e);
        }
    }
}
