package io.warta.translate.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * An OpenAI-compatible server's {@code POST /chat/completions} (OpenAI, vLLM, Ollama, llama.cpp), relative to a
 * base URL that ends in {@code /v1}. Built by {@link OpenAiClient}, which owns the base URL, timeout and retry.
 * The records are registered for reflection because Jackson reads and writes them, also in the native image.
 */
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public interface OpenAiApi {

    /** {@code authorization} is {@code Bearer <key>}, or null to send no such header. */
    @POST
    @Path("/chat/completions")
    ChatResponse complete(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, ChatRequest request);

    @RegisterForReflection
    record ChatRequest(String model, List<Message> messages, double temperature) {
    }

    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Message(String role, String content) {
    }

    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    record ChatResponse(List<Choice> choices) {
    }

    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Choice(Message message, @JsonProperty("finish_reason") String finishReason) {
    }
}
