package io.warta.translate.service;

import io.warta.translate.config.TranslateConfig;
import io.warta.translate.repository.SegmentTranslation;
import io.warta.translate.repository.SegmentTranslationRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;

/**
 * The segment cache as the service sees it: a lookup that never fails a request. When the
 * database is unreachable, translation goes on without the memory (and says so in the log, once
 * per outage); the next successful call resumes caching by itself.
 */
@ApplicationScoped
public class TranslationMemory {

    private static final Logger LOG = Logger.getLogger(TranslationMemory.class);

    private final SegmentTranslationRepository repository;
    private final boolean enabled;
    private final AtomicBoolean unavailable = new AtomicBoolean();

    TranslationMemory(SegmentTranslationRepository repository, TranslateConfig config) {
        this.repository = repository;
        this.enabled = config.memoryEnabled();
    }

    public Map<String, String> lookup(Collection<String> cacheKeys) {
        if (!enabled || cacheKeys.isEmpty()) {
            return Map.of();
        }
        try {
            Map<String, String> found = repository.findTranslations(cacheKeys);
            recovered();
            return found;
        } catch (RuntimeException e) {
            failed("read", e);
            return Map.of();
        }
    }

    public Optional<String> lookup(String cacheKey) {
        return Optional.ofNullable(lookup(java.util.List.of(cacheKey)).get(cacheKey));
    }

    public void store(String cacheKey, String engine, String source, String translation) {
        if (!enabled) {
            return;
        }
        try {
            repository.storeIfAbsent(SegmentTranslation.of(cacheKey, engine, source, translation));
            recovered();
        } catch (RuntimeException e) {
            failed("write", e);
        }
    }

    private void failed(String operation, RuntimeException e) {
        if (unavailable.compareAndSet(false, true)) {
            LOG.warnf("Translation memory unavailable (%s failed: %s); translating without it until the database returns",
                    operation, e.getMessage());
        }
    }

    private void recovered() {
        if (unavailable.compareAndSet(true, false)) {
            LOG.info("Translation memory is back; caching resumed");
        }
    }
}
