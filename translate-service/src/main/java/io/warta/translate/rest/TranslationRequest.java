package io.warta.translate.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A text to translate")
public record TranslationRequest(
        @NotBlank(message = "must not be blank")
        @Schema(required = true, example = "Presiden Rusia Vladimir Putin menelepon Pemimpin Tertinggi Korea Utara Kim Jong-un pada Selasa (12/8/2025).")
        String text,
        @Pattern(regexp = "[a-z]{2}", message = "must be a two-letter language code")
        @Schema(defaultValue = "id", example = "id") String source,
        @Pattern(regexp = "[a-z]{2}", message = "must be a two-letter language code")
        @Schema(defaultValue = "en", example = "en") String target,
        @Schema(description = "Terms that must be translated as given (at most 500 entries of at most 100 characters "
                + "by default); the translation memory keeps glossary translations apart, by the glossary's digest")
        List<GlossaryTerm> glossary) {
}
