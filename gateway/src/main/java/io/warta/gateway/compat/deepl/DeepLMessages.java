package io.warta.gateway.compat.deepl;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * DeepL's request and answer bodies (API v2, as deepl-python and deepl-node send and parse them). Unknown members
 * are ignored: clients send options Warta has no use for (formality, split_sentences, preserve_formatting, …).
 */
final class DeepLMessages {

    private DeepLMessages() {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @Schema(name = "DeepLTranslateRequest", description = "A DeepL /v2/translate request")
    record TranslateRequest(
            @Schema(description = "The texts (a single string is accepted too)", oneOf = { String[].class, String.class },
                    example = "[\"Korea Utara meluncurkan rudal balistik pada Selasa pagi.\"]") JsonNode text,
            @JsonProperty("source_lang") @Schema(description = "\"ID\", or absent to detect", example = "ID")
            String sourceLang,
            @JsonProperty("target_lang") @Schema(description = "\"EN\", \"EN-US\" or \"EN-GB\"", example = "EN-US")
            String targetLang,
            @JsonProperty("tag_handling") @Schema(description = "\"html\" to send and receive HTML") String tagHandling,
            @JsonProperty("show_billed_characters") @Schema(description = "true to have billed_characters in the answer")
            JsonNode showBilledCharacters) {
    }

    @RegisterForReflection
    @Schema(name = "DeepLTranslations")
    record Translations(List<TextResult> translations) {
    }

    @RegisterForReflection
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "DeepLTextResult")
    record TextResult(
            @JsonProperty("detected_source_language") @Schema(example = "ID") String detectedSourceLanguage,
            @Schema(example = "North Korea launched a ballistic missile on Tuesday morning.") String text,
            @JsonProperty("billed_characters") @Schema(description = "Only when show_billed_characters is set",
                    example = "56") Long billedCharacters) {
    }

    @RegisterForReflection
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "DeepLLanguage")
    record Language(@Schema(example = "ID") String language, @Schema(example = "Indonesian") String name,
            @JsonProperty("supports_formality") @Schema(description = "Only for target languages")
            Boolean supportsFormality) {
    }

    @RegisterForReflection
    @Schema(name = "DeepLUsage")
    record Usage(@JsonProperty("character_count") @Schema(example = "180118") long characterCount,
            @JsonProperty("character_limit") @Schema(example = "1000000000000") long characterLimit) {
    }

    @RegisterForReflection
    @Schema(name = "DeepLError", description = "DeepL's error body")
    record Error(@Schema(example = "Value for 'target_lang' not supported.") String message) {
    }
}
