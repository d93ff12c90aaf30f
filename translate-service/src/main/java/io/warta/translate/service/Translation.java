package io.warta.translate.service;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A translated text: the whole translation (line structure kept) and its sentences. */
@Schema(description = "The translation of one text")
public record Translation(
        @Schema(example = "id") String source,
        @Schema(example = "en") String target,
        @Schema(example = "Russian President Vladimir Putin called Kim Jong-un.") String translation,
        @Schema(description = "id/version of the engine that produced most segments (on a tie, the one earlier in "
                + "warta.engines.order). When an engine failed and the next one answered, segments come from several "
                + "engines: each segment's own engine says which.", example = "builtin/phrase-3fa29c01b7e2") String engine,
        List<Segment> segments,
        @Schema(description = "The names this text mentions and their English, most frequent first. Found on the "
                + "source side (the built-in engine's gazetteer, runs of capitalized words) and kept only where the "
                + "translation shows them; aliases with the same English are grouped (Korea Utara, Korut: North Korea)")
        List<Entity> entities) {

    public Translation {
        segments = List.copyOf(segments);
        entities = entities == null ? List.of() : List.copyOf(entities);
    }
}
