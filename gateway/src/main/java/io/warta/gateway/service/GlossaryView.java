package io.warta.gateway.service;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.warta.text.glossary.GlossaryEntry;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A stored glossary as answered; {@code entries} is left out of the list. */
@Schema(description = "A stored glossary")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GlossaryView(
        @Schema(description = "The id to send as glossaryId", example = "5b8e1f0c-2d4a-4b7e-9a61-3c0d2e7f9b15") String id,
        @Schema(example = "House style") String name,
        @Schema(description = "SHA-256 of the normalized entries: what article cache keys carry",
                example = "9f2c4e6a8b0d1f3e5a7c9b1d3f5e7a9c1b3d5f7e9a1c3b5d7f9e1a3c5b7d9f1e") String digest,
        @Schema(example = "2") int entryCount,
        @Schema(description = "The entries as stored (white space and Unicode form normalized)") List<GlossaryEntry> entries,
        OffsetDateTime createdAt) {
}
