package io.warta.translate.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * A LibreTranslate server's {@code POST /translate} with {@code q} as an array (one answer per sentence, in
 * order). Built by {@link LibreTranslateClient}, which owns the base URL, timeout and retry.
 * The records are registered for reflection because Jackson reads and writes them, also in the native image.
 */
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public interface LibreTranslateApi {

    @POST
    @Path("/translate")
    TranslateResponse translate(TranslateRequest request);

    @RegisterForReflection
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record TranslateRequest(List<String> q, String source, String target, String format,
            @JsonProperty("api_key") String apiKey) {
    }

    /** {@code translatedText} is an array for an array {@code q}; kept as a tree so a wrong shape is reported, not guessed. */
    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    record TranslateResponse(JsonNode translatedText) {
    }
}
