package io.warta.summary.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.warta.cache.UniqueViolation;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

@ApplicationScoped
public class StoredSummaryRepository implements PanacheRepository<StoredSummary> {

    public Optional<String> findResultJson(String cacheKey) {
        return QuarkusTransaction.joiningExisting()
                .call(() -> find("cacheKey", cacheKey).firstResultOptional().map(s -> ((StoredSummary) s).resultJson));
    }

    /** Stores in its own transaction; a concurrent insert of the same key leaves one row and is not an error. */
    public void storeIfAbsent(StoredSummary summary) {
        try {
            QuarkusTransaction.requiringNew().run(() -> persist(summary));
        } catch (RuntimeException e) { // commit failures arrive wrapped by the transaction manager
            if (!UniqueViolation.isCause(e)) {
                throw e;
            }
        }
    }
}
