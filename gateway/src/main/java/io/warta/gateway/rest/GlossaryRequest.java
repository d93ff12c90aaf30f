package io.warta.gateway.rest;

import io.warta.text.glossary.GlossaryEntry;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A glossary to store: terms an article's translation must keep as given")
public record GlossaryRequest(
        @NotBlank(message = "must not be blank")
        @Size(max = 200, message = "must be at most 200 characters")
        @Schema(required = true, example = "House style") String name,
        @NotNull(message = "must not be null")
        @Schema(required = true, description = "Indonesian terms (matched in any case, on word boundaries, also with a "
                + "clitic such as KPK-nya) and the English each must become; at most 500 entries of at most 100 "
                + "characters by default, each source once")
        List<Term> entries) {

    @Schema(description = "A glossary entry")
    public record Term(
            @Schema(required = true, example = "Korea Utara") String source,
            @Schema(required = true, example = "the DPRK") String target) {
    }

    List<GlossaryEntry> glossaryEntries() {
        return entries.stream().map(t -> t == null ? null : new GlossaryEntry(t.source(), t.target())).toList();
    }
}
