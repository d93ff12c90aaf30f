package io.warta.translate.rest;

import io.warta.text.glossary.GlossaryEntry;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One entry of an inline glossary: an Indonesian term (matched in any case, on word boundaries, also with a clitic
 * such as KPK-nya) and the English it must become. Checked against warta.translate.glossary.* by the service.
 */
@Schema(description = "A glossary entry: the Indonesian term and the English it must become")
public record GlossaryTerm(
        @Schema(required = true, example = "Korea Utara") String source,
        @Schema(required = true, example = "the DPRK") String target) {

    /** The entries as the service validates them; none for an absent glossary. */
    static List<GlossaryEntry> entries(List<GlossaryTerm> glossary) {
        return glossary == null ? List.of()
                : glossary.stream().map(t -> t == null ? null : new GlossaryEntry(t.source(), t.target())).toList();
    }
}
