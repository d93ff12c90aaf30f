package io.warta.translate.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.warta.cache.UniqueViolation;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.stream.Collectors;

@ApplicationScoped
public class SegmentTranslationRepository implements PanacheRepository<SegmentTranslation> {

    /** The stored translations of these keys, by key; keys never stored are absent. */
    public Map<String, String> findTranslations(Collection<String> cacheKeys) {
        if (cacheKeys.isEmpty()) {
            return Map.of();
        }
        List<SegmentTranslation> found = QuarkusTransaction.joiningExisting()
                .call(() -> list("cacheKey in ?1", cacheKeys));
        return found.stream().collect(Collectors.toMap(s -> s.cacheKey, s -> s.translation, (a, b) -> a));
    }

    /**
     * Stores every segment whose key is not stored yet, in one transaction (one commit for a whole request).
     * When another request stores one of the keys at the same moment, the unique constraint fails the
     * transaction; it is then tried once more, when that key is already there to be skipped.
     */
    public void storeAllIfAbsent(List<SegmentTranslation> segments) {
        if (segments.isEmpty()) {
            return;
        }
        try {
            QuarkusTransaction.requiringNew().run(() -> persistAbsent(segments));
        } catch (RuntimeException e) { // commit failures arrive wrapped by the transaction manager
            if (!UniqueViolation.isCause(e)) {
                throw e;
            }
            QuarkusTransaction.requiringNew().run(() -> persistAbsent(segments));
        }
    }

    private void persistAbsent(List<SegmentTranslation> segments) {
        Set<String> keys = new HashSet<>();
        segments.forEach(segment -> keys.add(segment.cacheKey));
        Set<String> stored = new HashSet<>(findTranslations(keys).keySet());
        for (SegmentTranslation segment : segments) {
            if (stored.add(segment.cacheKey)) {
                persist(SegmentTranslation.of(segment.cacheKey, segment.engine, segment.sourceText,
                        segment.translation)); // a fresh entity each try: a failed try leaves its own detached
            }
        }
    }
}
