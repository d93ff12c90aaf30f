package io.warta.gateway.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.warta.cache.UniqueViolation;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

@ApplicationScoped
public class ArticleRecordRepository implements PanacheRepositoryBase<ArticleRecord, String> {

    public Optional<ArticleRecord> findByCacheKey(String cacheKey) {
        return QuarkusTransaction.joiningExisting().call(() -> find("cacheKey", cacheKey).firstResultOptional());
    }

    public Optional<ArticleRecord> findByPublicId(String id) {
        return QuarkusTransaction.joiningExisting().call(() -> findByIdOptional(id));
    }

    /**
     * Stores the record in its own transaction and returns the one that is stored under its key:
     * this one, or the one another gateway replica stored a moment earlier.
     */
    public ArticleRecord storeIfAbsent(ArticleRecord record) {
        try {
            QuarkusTransaction.requiringNew().run(() -> persist(record));
            return record;
        } catch (RuntimeException e) { // commit failures arrive wrapped by the transaction manager
            if (!UniqueViolation.isCause(e)) {
                throw e;
            }
            return findByCacheKey(record.cacheKey).orElse(record);
        }
    }
}
