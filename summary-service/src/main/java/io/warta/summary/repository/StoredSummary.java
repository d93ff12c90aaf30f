package io.warta.summary.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;

/** A computed summary, kept whole as JSON. */
@Entity
@Table(name = "stored_summary")
public class StoredSummary extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @NotBlank
    @Size(min = 64, max = 64)
    @Column(name = "cache_key", nullable = false, unique = true, length = 64)
    public String cacheKey;

    @NotBlank
    @Size(max = 100)
    @Column(nullable = false, length = 100)
    public String summarizer;

    @NotBlank
    @Size(max = 8)
    @Column(nullable = false, length = 8)
    public String language;

    @NotBlank
    @Column(name = "result_json", nullable = false)
    public String resultJson;

    @NotNull
    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    public static StoredSummary of(String cacheKey, String summarizer, String language, String resultJson) {
        StoredSummary stored = new StoredSummary();
        stored.cacheKey = cacheKey;
        stored.summarizer = summarizer;
        stored.language = language;
        stored.resultJson = resultJson;
        stored.createdAt = OffsetDateTime.now();
        return stored;
    }
}
