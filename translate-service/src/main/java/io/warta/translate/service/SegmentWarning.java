package io.warta.translate.service;

import io.warta.text.fidelity.FidelityWarning;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Something a reader should check in one segment, found by comparing it with its source (whatever the engine). */
@Schema(description = "A fidelity warning on one segment: \"number-mismatch\" when a number, amount, date or time of "
        + "the source has another value or magnitude in the translation; \"untranslated\" when the translation is the "
        + "Indonesian source itself; \"glossary-miss\" when a term of the request's glossary is in the source and its "
        + "English is not in the translation")
public record SegmentWarning(
        @Schema(enumeration = {FidelityWarning.NUMBER_MISMATCH, FidelityWarning.UNTRANSLATED,
                FidelityWarning.GLOSSARY_MISS},
                example = FidelityWarning.NUMBER_MISMATCH) String type,
        @Schema(description = "What differs, in a few words (values as numbers: 5 miliar is 5000000000)",
                example = "source has 5000000000; translation has 5000000") String detail) {

    static SegmentWarning of(FidelityWarning warning) {
        return new SegmentWarning(warning.type(), warning.detail());
    }
}
