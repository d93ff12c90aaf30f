package io.warta.translate.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.warta.cache.UniqueViolation;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

@ApplicationScoped
public class SegmentTranslationRepository implements PanacheRepository<SegmentTranslation> {

    /**
     * Keys per query: PostgreSQL takes at most 65,535 bind parameters in one statement, and one request may carry
     * more distinct sentences than that.
     */
    static final int KEYS_PER_QUERY = 1000;

    /** The stored translations of these keys, by key; keys never stored are absent. */
    public Map<String, String> findTranslations(Collection<String> cacheKeys) {
        if (cacheKeys.isEmpty()) {
            return Map.of();
        }
        List<String> keys = List.copyOf(new LinkedHashSet<>(cacheKeys));
        Map<String, String> found = new HashMap<>();
        QuarkusTransaction.joiningExisting().run(() -> {
            for (int from = 0; from < keys.size(); from += KEYS_PER_QUERY) {
                List<String> chunk = keys.subList(from, Math.min(keys.size(), from + KEYS_PER_QUERY));
                List<SegmentTranslation> rows = list("cacheKey in ?1", chunk);
                rows.forEach(row -> found.putIfAbsent(row.cacheKey, row.translation));
            }
        });
        return found;
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
