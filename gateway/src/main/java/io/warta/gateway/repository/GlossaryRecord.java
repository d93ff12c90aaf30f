package io.warta.gateway.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;

/**
 * A stored glossary: its name, its normalized entries as one JSON document, their content digest, and its owner
 * (the digest of the API key that stored it; null when keys are off).
 */
@Entity
@Table(name = "glossary")
public class GlossaryRecord extends PanacheEntityBase {

    @Id
    @NotBlank
    @Size(max = 36)
    @Column(length = 36)
    public String id;

    @NotBlank
    @Size(max = 200)
    @Column(nullable = false, length = 200)
    public String name;

    @NotBlank
    @Column(name = "entries_json", nullable = false)
    public String entriesJson;

    @PositiveOrZero
    @Column(name = "entry_count", nullable = false)
    public int entryCount;

    @NotBlank
    @Size(min = 64, max = 64)
    @Column(nullable = false, length = 64)
    public String digest;

    @NotNull
    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    /** SHA-256 (hex) of the storing caller's API key, never the key; null when API keys are off. */
    @Size(min = 64, max = 64)
    @Column(length = 64)
    public String owner;

    public static GlossaryRecord of(String id, String name, String entriesJson, int entryCount, String digest,
            String owner) {
        GlossaryRecord record = new GlossaryRecord();
        record.owner = owner;
        record.id = id;
        record.name = name;
        record.entriesJson = entriesJson;
        record.entryCount = entryCount;
        record.digest = digest;
        record.createdAt = OffsetDateTime.now();
        return record;
    }
}
