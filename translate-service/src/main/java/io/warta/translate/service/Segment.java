package io.warta.translate.service;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One source sentence and its translation; {@code cached} tells whether it came from the translation memory. */
@Schema(description = "A translated sentence")
public record Segment(
        @Schema(example = "Presiden Rusia Vladimir Putin menelepon Kim Jong-un.") String source,
        @Schema(example = "Russian President Vladimir Putin called Kim Jong-un.") String translation,
        @Schema(example = "false") boolean cached) {
}
