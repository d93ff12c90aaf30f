package io.warta.gateway.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class GlossaryRepository implements PanacheRepositoryBase<GlossaryRecord, String> {

    public Optional<GlossaryRecord> findByPublicId(String id) {
        return QuarkusTransaction.joiningExisting().call(() -> findByIdOptional(id));
    }

    /** One page, oldest first (ties by id, so pages never overlap). */
    public List<GlossaryRecord> page(int index, int size) {
        return QuarkusTransaction.joiningExisting().call(() -> findAll(Sort.by("createdAt").and("id"))
                .page(Page.of(index, size)).list());
    }

    /** How many are stored. */
    public long stored() {
        return QuarkusTransaction.joiningExisting().call(this::count);
    }

    public void store(GlossaryRecord record) {
        QuarkusTransaction.requiringNew().run(() -> persist(record));
    }

    /** True when there was one to delete. */
    public boolean remove(String id) {
        return QuarkusTransaction.requiringNew().call(() -> deleteById(id));
    }
}
