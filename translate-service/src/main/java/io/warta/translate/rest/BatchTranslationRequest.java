package io.warta.translate.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Several texts to translate in one call (at most 256)")
public record BatchTranslationRequest(
        @NotEmpty(message = "must contain at least one text")
        @Schema(required = true, example = "[\"Harga beras naik.\", \"Pemerintah menyiapkan operasi pasar.\"]")
        List<@NotNull(message = "must not contain null") @NotBlank(message = "must not contain blank texts") String> texts,
        @Pattern(regexp = "[a-z]{2}", message = "must be a two-letter language code")
        @Schema(defaultValue = "id", example = "id") String source,
        @Pattern(regexp = "[a-z]{2}", message = "must be a two-letter language code")
        @Schema(defaultValue = "en", example = "en") String target,
        @Schema(description = "true when every text is one sentence already split by the caller (as the gateway "
                + "splits an article once): each is normalized as one line and translated as it is, never split "
                + "again, and its translation has exactly one segment", defaultValue = "false", example = "true")
        Boolean presplit,
        @Schema(description = "Terms that must be translated as given (at most 500 entries of at most 100 characters "
                + "by default); the translation memory keeps glossary translations apart, by the glossary's digest")
        List<GlossaryTerm> glossary) {

    /** Whether the texts are sentences already split; absent means no. */
    public boolean isPresplit() {
        return Boolean.TRUE.equals(presplit);
    }
}
