package io.warta.gateway.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;

/** A whole article result (translation, furniture and summaries) as served, kept as one JSON document. */
@Entity
@Table(name = "article_result")
public class ArticleRecord extends PanacheEntityBase {

    @Id
    @NotBlank
    @Size(max = 36)
    @Column(length = 36)
    public String id;

    @NotBlank
    @Size(min = 64, max = 64)
    @Column(name = "cache_key", nullable = false, unique = true, length = 64)
    public String cacheKey;

    @NotBlank
    @Column(name = "result_json", nullable = false)
    public String resultJson;

    @NotNull
    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    public static ArticleRecord of(String id, String cacheKey, String resultJson) {
        ArticleRecord record = new ArticleRecord();
        record.id = id;
        record.cacheKey = cacheKey;
        record.resultJson = resultJson;
        record.createdAt = OffsetDateTime.now();
        return record;
    }
}
