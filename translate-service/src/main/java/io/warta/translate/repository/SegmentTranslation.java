package io.warta.translate.repository;

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

/** One translated sentence in the translation memory. */
@Entity
@Table(name = "segment_translation")
public class SegmentTranslation extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @NotBlank
    @Size(min = 64, max = 64)
    @Column(name = "cache_key", nullable = false, unique = true, length = 64)
    public String cacheKey;

    @NotBlank
    @Size(max = 255)
    @Column(nullable = false, length = 255)
    public String engine;

    @NotBlank
    @Column(name = "source_text", nullable = false)
    public String sourceText;

    @NotNull
    @Column(nullable = false)
    public String translation;

    /** The engine's confidence in the translation, 0-1; null for engines without one. */
    @Column
    public Double confidence;

    @NotNull
    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    public static SegmentTranslation of(String cacheKey, String engine, String sourceText, String translation) {
        return of(cacheKey, engine, sourceText, translation, null);
    }

    public static SegmentTranslation of(String cacheKey, String engine, String sourceText, String translation,
            Double confidence) {
        SegmentTranslation segment = new SegmentTranslation();
        segment.cacheKey = cacheKey;
        segment.engine = engine.length() <= 255 ? engine : engine.substring(0, 255); // informational; the key has it whole
        segment.sourceText = sourceText;
        segment.translation = translation;
        segment.confidence = confidence;
        segment.createdAt = OffsetDateTime.now();
        return segment;
    }
}
