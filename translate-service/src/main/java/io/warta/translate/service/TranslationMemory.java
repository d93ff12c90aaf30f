package io.warta.translate.service;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import io.warta.cache.CacheOutage;
import io.warta.translate.config.TranslateConfig;
import io.warta.translate.repository.SegmentTranslation;
import io.warta.translate.repository.SegmentTranslationRepository;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The translation memory as the service sees it: lookups and stores that never fail a request, one database
 * round trip each for a whole request. While the database is unreachable, translation goes on without it.
 * Hot segments are also kept in memory (bounded, under the same keys: engine id, version and sentence, so a
 * new engine version misses); only what the database holds is kept there, read or written.
 */
@ApplicationScoped
public class TranslationMemory {

    /** A translated segment to remember under its key. */
    public record Entry(String cacheKey, String engine, String source, String translation, Double confidence) {

        public Entry(String cacheKey, String engine, String source, String translation) {
            this(cacheKey, engine, source, translation, null);
        }
    }

    /** A remembered translation and the engine's confidence in it (null when the engine had none). */
    public record Remembered(String translation, Double confidence) {
    }

    private final SegmentTranslationRepository repository;
    private final boolean enabled;
    private final CacheOutage outage = new CacheOutage("Translation memory");
    private final Cache<String, Remembered> hot;
    private final MeterRegistry registry;

    TranslationMemory(SegmentTranslationRepository repository, TranslateConfig config, MeterRegistry registry) {
        this.repository = repository;
        this.enabled = config.memoryEnabled();
        TranslateConfig.HotSegments settings = config.hotSegments();
        this.hot = Caffeine.newBuilder()
                .maximumWeight(settings.maxSize().asLongValue())
                // UTF-16 bytes of the translation and the 64-character key, plus the objects around them
                .weigher((String key, Remembered remembered) -> 2 * (key.length() + remembered.translation().length()) + 116)
                .expireAfterWrite(settings.ttl())
                .recordStats()
                .build();
        CaffeineCacheMetrics.monitor(registry, hot, HOT_SEGMENTS);
        this.registry = registry;
    }

    private static final String HOT_SEGMENTS = "translate.hot-segments";

    /**
     * The cache's meters go with it: a registry that outlives this bean (an application restarted in the same JVM,
     * as the tests and dev mode do) would otherwise keep reporting the first cache, and ignore this one's meters of
     * the same names.
     */
    @PreDestroy
    void removeMeters() {
        registry.getMeters().stream().filter(meter -> HOT_SEGMENTS.equals(meter.getId().getTag("cache")))
                .toList().forEach(registry::remove);
    }

    /** The remembered translations of these keys, by key: from memory first, the rest in one database query. */
    public Map<String, String> lookup(Collection<String> cacheKeys) {
        Map<String, String> texts = new HashMap<>();
        lookupRemembered(cacheKeys).forEach((key, remembered) -> texts.put(key, remembered.translation()));
        return texts;
    }

    /** As {@link #lookup(Collection)}, with each translation's confidence. */
    public Map<String, Remembered> lookupRemembered(Collection<String> cacheKeys) {
        if (!enabled || cacheKeys.isEmpty()) {
            return Map.of();
        }
        Map<String, Remembered> found = new HashMap<>(hot.getAllPresent(cacheKeys));
        if (found.size() == cacheKeys.size()) {
            return found;
        }
        List<String> missing = cacheKeys.stream().filter(key -> !found.containsKey(key)).toList();
        Map<String, Remembered> stored = new HashMap<>();
        outage.call("read", () -> repository.findStored(missing), Map.<String, SegmentTranslationRepository.Stored>of())
                .forEach((key, row) -> stored.put(key, new Remembered(row.translation(), row.confidence())));
        hot.putAll(stored);
        found.putAll(stored);
        return found;
    }

    /** False while the memory is switched off because its database is down. */
    public boolean available() {
        return enabled && !outage.isDown();
    }

    public Optional<String> lookup(String cacheKey) {
        return Optional.ofNullable(lookup(List.of(cacheKey)).get(cacheKey));
    }

    /** Remembers a request's new segments, in one transaction; kept in memory too once the database has them. */
    public void storeAll(List<Entry> entries) {
        if (!enabled || entries.isEmpty()) {
            return;
        }
        if (write(entries)) {
            entries.forEach(e -> hot.put(e.cacheKey(), new Remembered(e.translation(), e.confidence())));
        } else if (entries.size() > 1 && !outage.isDown()) {
            // The database refused one value (a NUL, say) and with it the whole transaction: keep the others.
            for (Entry entry : entries) {
                if (write(List.of(entry))) {
                    hot.put(entry.cacheKey(), new Remembered(entry.translation(), entry.confidence()));
                }
            }
        }
    }

    private boolean write(List<Entry> entries) {
        List<SegmentTranslation> segments = new ArrayList<>(entries.size());
        entries.forEach(e -> segments.add(SegmentTranslation.of(e.cacheKey(), e.engine(), e.source(), e.translation(),
                e.confidence())));
        return outage.call("write", () -> {
            repository.storeAllIfAbsent(segments);
            return true;
        }, false);
    }
}
