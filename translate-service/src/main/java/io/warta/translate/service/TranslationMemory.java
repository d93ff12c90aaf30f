package io.warta.translate.service;

import io.warta.cache.CacheOutage;
import io.warta.translate.config.TranslateConfig;
import io.warta.translate.repository.SegmentTranslation;
import io.warta.translate.repository.SegmentTranslationRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The translation memory as the service sees it: lookups and stores that never fail a request.
 * While the database is unreachable, translation goes on without the memory.
 */
@ApplicationScoped
public class TranslationMemory {

    private final SegmentTranslationRepository repository;
    private final boolean enabled;
    private final CacheOutage outage = new CacheOutage("Translation memory");

    TranslationMemory(SegmentTranslationRepository repository, TranslateConfig config) {
        this.repository = repository;
        this.enabled = config.memoryEnabled();
    }

    public Map<String, String> lookup(Collection<String> cacheKeys) {
        if (!enabled || cacheKeys.isEmpty()) {
            return Map.of();
        }
        return outage.call("read", () -> repository.findTranslations(cacheKeys), Map.of());
    }

    /** False while the memory is switched off because its database is down. */
    public boolean available() {
        return enabled && !outage.isDown();
    }

    public Optional<String> lookup(String cacheKey) {
        return Optional.ofNullable(lookup(List.of(cacheKey)).get(cacheKey));
    }

    public void store(String cacheKey, String engine, String source, String translation) {
        if (enabled) {
            outage.run("write",
                    () -> repository.storeIfAbsent(SegmentTranslation.of(cacheKey, engine, source, translation)));
        }
    }
}
