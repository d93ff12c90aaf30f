package io.warta.gateway.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Stored glossaries, always within one owner's space ({@link GlossaryRecord#owner}; null = the shared space of a
 * gateway without API keys): another owner's glossary reads as absent.
 */
@ApplicationScoped
public class GlossaryRepository implements PanacheRepositoryBase<GlossaryRecord, String> {

    public Optional<GlossaryRecord> findOwned(String id, String owner) {
        return QuarkusTransaction.joiningExisting().call(() -> findByIdOptional(id))
                .filter(record -> Objects.equals(record.owner, owner));
    }

    /** One page of this owner's, oldest first (ties by id, so pages never overlap). */
    public List<GlossaryRecord> page(String owner, int index, int size) {
        return QuarkusTransaction.joiningExisting().call(() -> (owner == null
                ? find("owner is null", Sort.by("createdAt").and("id"))
                : find("owner = ?1", Sort.by("createdAt").and("id"), owner))
                .page(Page.of(index, size)).list());
    }

    /** How many this owner has stored. */
    public long stored(String owner) {
        return QuarkusTransaction.joiningExisting().call(() -> owner == null ? count("owner is null") : count("owner = ?1", owner));
    }

    public void store(GlossaryRecord record) {
        QuarkusTransaction.requiringNew().run(() -> persist(record));
    }

    /** True when this owner had one to delete. */
    public boolean remove(String id, String owner) {
        return QuarkusTransaction.requiringNew().call(() -> (owner == null
                ? delete("id = ?1 and owner is null", id)
                : delete("id = ?1 and owner = ?2", id, owner)) > 0);
    }
}
