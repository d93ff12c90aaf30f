package io.warta.translate.service;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One source sentence, its translation and the engine that produced it; {@code cached} tells whether it came from
 * the translation memory (then {@code engine} is the engine that produced it back then). {@code warnings} are the
 * fidelity checks' findings on this pair, whatever engine produced it; empty when none.
 */
@Schema(description = "A translated sentence")
public record Segment(
        @Schema(example = "Presiden Rusia Vladimir Putin menelepon Kim Jong-un.") String source,
        @Schema(example = "Russian President Vladimir Putin called Kim Jong-un.") String translation,
        @Schema(description = "id/version of the engine that produced this translation",
                example = "builtin/phrase-3fa29c01b7e2") String engine,
        @Schema(example = "false") boolean cached,
        @Schema(description = "The engine's confidence in this translation, 0 to 1, where the engine has one (null "
                + "otherwise). A ranking aid, not a probability: it places the engine's model score of this sentence "
                + "(per source word) in the engine's own score distribution on dev data, so 0.8 means the model liked "
                + "this translation better than about 80% of dev sentences. On held-out dev sentences the top quartile "
                + "by confidence scores higher against the references than the bottom quartile; it does not say a "
                + "translation is right. Compare segments of one engine, not across engines.",
                example = "0.62", nullable = true) Double confidence,
        @Schema(description = "Why this segment is not the preferred engine's: \"number-mismatch\" when the preferred "
                + "engine's translation changed a number, amount, date or time and the built-in engine's kept them "
                + "(then engine names the built-in engine); null otherwise (warta.engines.number-fallback)",
                example = "number-mismatch", nullable = true) String fallbackReason,
        @Schema(description = "Fidelity warnings on this segment (numbers, dates, times and amounts compared with the "
                + "source; a segment left untranslated); empty when none") List<SegmentWarning> warnings) {

    public Segment {
        warnings = List.copyOf(warnings);
    }
}
