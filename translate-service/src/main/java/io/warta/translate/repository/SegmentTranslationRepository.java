package io.warta.translate.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.warta.cache.UniqueViolation;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
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
     * Stores a segment in its own transaction. Another request may have stored the same key a
     * moment earlier: the unique constraint keeps one row and this call then changes nothing.
     */
    public void storeIfAbsent(SegmentTranslation segment) {
        try {
            QuarkusTransaction.requiringNew().run(() -> persist(segment));
        } catch (RuntimeException e) { // commit failures arrive wrapped by the transaction manager
            if (!UniqueViolation.isCause(e)) {
                throw e;
            }
        }
    }
}
