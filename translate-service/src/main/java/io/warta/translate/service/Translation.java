package io.warta.translate.service;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A translated text: the whole translation (line structure kept) and its sentences. */
@Schema(description = "The translation of one text")
public record Translation(
        @Schema(example = "id") String source,
        @Schema(example = "en") String target,
        @Schema(example = "Russian President Vladimir Putin called Kim Jong-un.") String translation,
        @Schema(description = "engine id/version that produced the uncached segments", example = "phrase/3") String engine,
        List<Segment> segments) {

    public Translation {
        segments = List.copyOf(segments);
    }
}
