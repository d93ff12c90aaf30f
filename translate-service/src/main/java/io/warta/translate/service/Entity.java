package io.warta.translate.service;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A name found in a text, with the English the translation gives it. */
@Schema(description = "A name (person, place, organization, title) found in the source and shown in the translation: "
        + "its source forms (aliases that the built-in gazetteer gives the same English are one entity), its English "
        + "as the translation writes it, and how often it occurs")
public record Entity(
        @Schema(example = "[\"Korea Utara\", \"Korut\"]") List<String> source,
        @Schema(example = "North Korea") String translation,
        @Schema(example = "5") int count) {

    public Entity {
        source = List.copyOf(source);
    }
}
