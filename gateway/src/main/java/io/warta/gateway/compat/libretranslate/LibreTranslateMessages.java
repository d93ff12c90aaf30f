package io.warta.gateway.compat.libretranslate;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * LibreTranslate's request and answer bodies, as its server (libretranslate/app.py) reads and writes them.
 * Unknown members are ignored, as LibreTranslate ignores them (newer clients send {@code alternatives}). The key is
 * also read from {@code apiKey}, which the npm package {@code libretranslate} (1.0.1, dist/translate.js) sends
 * instead of {@code api_key}.
 */
final class LibreTranslateMessages {

    private LibreTranslateMessages() {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @Schema(name = "LibreTranslateRequest", description = "A LibreTranslate /translate request")
    record TranslateRequest(
            @Schema(description = "The text, or an array of texts", oneOf = { String.class, String[].class },
                    example = "Korea Utara meluncurkan rudal balistik pada Selasa pagi.") JsonNode q,
            @Schema(description = "\"id\" or \"auto\"", example = "auto") String source,
            @Schema(description = "\"en\"", example = "en") String target,
            @Schema(description = "\"text\" (default) or \"html\"", example = "text") String format,
            @JsonProperty("api_key") @JsonAlias("apiKey")
            @Schema(description = "Your Warta API key, when the gateway requires keys") String apiKey) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @Schema(name = "LibreTranslateDetectRequest", description = "A LibreTranslate /detect request")
    record DetectRequest(
            @Schema(description = "The text", example = "Korea Utara meluncurkan rudal balistik pada Selasa pagi.")
            JsonNode q,
            @JsonProperty("api_key") @JsonAlias("apiKey")
            @Schema(description = "Your Warta API key, when the gateway requires keys") String apiKey) {
    }

    /** {@code translatedText} is a string for a string {@code q} and an array for an array. */
    @RegisterForReflection
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "LibreTranslateTranslation")
    record Translation(
            @Schema(oneOf = { String.class, String[].class }, example = "North Korea launched a ballistic missile on Tuesday morning.")
            Object translatedText,
            @Schema(description = "Only for source \"auto\": one detection, or an array of them for an array q",
                    oneOf = { Detection.class, Detection[].class })
            Object detectedLanguage) {
    }

    /** {@code confidence} is a percentage, as LibreTranslate's detector reports it. */
    @RegisterForReflection
    @Schema(name = "LibreTranslateDetection")
    record Detection(@Schema(example = "92.0") double confidence, @Schema(example = "id") String language) {
    }

    @RegisterForReflection
    @Schema(name = "LibreTranslateLanguage")
    record Language(@Schema(example = "id") String code, @Schema(example = "Indonesian") String name,
            @Schema(example = "[\"en\"]") List<String> targets) {
    }

    @RegisterForReflection
    @Schema(name = "LibreTranslateError", description = "LibreTranslate's error body")
    record Error(@Schema(example = "fr is not supported") String error) {
    }
}
