package io.warta.translate.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.warta.cache.UniqueViolation;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

@ApplicationScoped
public class SegmentTranslationRepository implements PanacheRepository<SegmentTranslation> {

    /**
     * Keys per query: PostgreSQL takes at most 65,535 bind parameters in one statement, and one request may carry
     * more distinct sentences than that.
     */
    static final int KEYS_PER_QUERY = 1000;

    /** A stored translation and the engine's confidence in it (null when the engine had none). */
    public record Stored(String translation, Double confidence) {
    }

    /** The stored translations of these keys, by key; keys never stored are absent. */
    public Map<String, String> findTranslations(Collection<String> cacheKeys) {
        Map<String, String> texts = new HashMap<>();
        findStored(cacheKeys).forEach((key, stored) -> texts.put(key, stored.translation()));
        return texts;
    }

    /** The stored translations of these keys with their confidence, by key; keys never stored are absent. */
    public Map<String, Stored> findStored(Collection<String> cacheKeys) {
        if (cacheKeys.isEmpty()) {
            return Map.of();
        }
        List<String> keys = List.copyOf(new LinkedHashSet<>(cacheKeys));
        Map<String, Stored> found = new HashMap<>();
        QuarkusTransaction.joiningExisting().run(() -> {
            for (int from = 0; from < keys.size(); from += KEYS_PER_QUERY) {
                List<String> chunk = keys.subList(from, Math.min(keys.size(), from + KEYS_PER_QUERY));
                List<SegmentTranslation> rows = list("cacheKey in ?1", chunk);
                rows.forEach(row -> found.putIfAbsent(row.cacheKey, new Stored(row.translation, row.confidence)));
            }
        });
        return found;
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
        Set<String> stored = new HashSet<>(findStored(keys).keySet());
        for (SegmentTranslation segment : segments) {
            if (stored.add(segment.cacheKey)) {
                persist(SegmentTranslation.of(segment.cacheKey, segment.engine, segment.sourceText,
                        segment.translation, segment.confidence)); // a fresh entity each try: a failed try leaves its own detached
            }
        }
    }
}
