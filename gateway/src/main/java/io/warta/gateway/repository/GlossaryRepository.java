package io.warta.gateway.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
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
        return QuarkusTransaction.joiningExisting().call(() -> find(ownedBy(owner), Sort.by("createdAt").and("id"),
                ownerParameter(owner)).page(Page.of(index, size)).list());
    }

    /** How many this owner has stored. */
    public long stored(String owner) {
        return QuarkusTransaction.joiningExisting().call(() -> count(ownedBy(owner), ownerParameter(owner)));
    }

    public void store(GlossaryRecord record) {
        QuarkusTransaction.requiringNew().run(() -> persist(record));
    }

    /** True when this owner had one to delete. */
    public boolean remove(String id, String owner) {
        return QuarkusTransaction.requiringNew().call(() ->
                delete("id = :id and " + ownedBy(owner), ownerParameter(owner).and("id", id)) > 0);
    }

    /** The condition for one owner's rows: SQL's null never equals null, so the shared space needs its own. */
    private static String ownedBy(String owner) {
        return owner == null ? "owner is null" : "owner = :owner";
    }

    private static Parameters ownerParameter(String owner) {
        return owner == null ? new Parameters() : Parameters.with("owner", owner);
    }
}
