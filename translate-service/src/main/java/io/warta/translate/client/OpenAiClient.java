package io.warta.translate.client;

import io.smallrye.faulttolerance.api.Guard;
import io.warta.translate.client.OpenAiApi.ChatRequest;
import io.warta.translate.client.OpenAiApi.ChatResponse;
import io.warta.translate.client.OpenAiApi.Choice;
import io.warta.translate.client.OpenAiApi.Message;
import io.warta.translate.config.EnginesConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * Calls the configured OpenAI-compatible chat-completions server under {@link RemoteCallGuard}'s timeout and retry
 * ({@code warta.engines.openai.timeout}). Configured when both {@code base-url} and {@code model} are set.
 */
@ApplicationScoped
public class OpenAiClient {

    private final Optional<URI> server;
    private final Optional<String> model;
    private final String authorization;
    private final OpenAiApi api;
    private final Guard guard;

    OpenAiClient(EnginesConfig config) {
        EnginesConfig.OpenAi settings = config.openai();
        Optional<URI> baseUrl = settings.baseUrl().filter(url -> !url.isBlank()).map(OpenAiClient::withoutTrailingSlash);
        this.model = settings.model().filter(m -> !m.isBlank());
        this.server = model.isPresent() ? baseUrl : Optional.empty();
        this.authorization = settings.apiKey().filter(key -> !key.isBlank()).map(key -> "Bearer " + key).orElse(null);
        this.api = server.map(uri -> RemoteCallGuard.client(OpenAiApi.class, uri, settings.timeout())).orElse(null);
        this.guard = RemoteCallGuard.create("openai", settings.timeout());
    }

    /** The base URL, when the engine is configured (base URL and model both set). */
    public Optional<URI> server() {
        return server;
    }

    public Optional<String> model() {
        return server.isPresent() ? model : Optional.empty();
    }

    /**
     * The assistant's answer to a system prompt and one user message, at temperature 0. Throws when the server
     * fails, times out, or answers no text (no choice, or an answer cut off at the token limit).
     */
    public String complete(String systemPrompt, String userMessage) {
        if (api == null) {
            throw new IllegalStateException("the OpenAI-compatible engine is not configured (warta.engines.openai.base-url, .model)");
        }
        ChatRequest request = new ChatRequest(model.orElseThrow(),
                List.of(new Message("system", systemPrompt), new Message("user", userMessage)), 0.0);
        return guard.get(() -> content(api.complete(authorization, request)), String.class);
    }

    private static String content(ChatResponse response) {
        if (response == null || response.choices() == null || response.choices().isEmpty()) {
            throw new RemoteAnswerException("the chat-completions server answered no choices");
        }
        Choice choice = response.choices().get(0);
        if ("length".equals(choice.finishReason())) {
            throw new RemoteAnswerException("the chat-completions answer was cut off at the token limit");
        }
        if (choice.message() == null || choice.message().content() == null) {
            throw new RemoteAnswerException("the chat-completions server answered no message content");
        }
        return choice.message().content();
    }

    /** The client appends "/chat/completions" to the base URL as written. */
    private static URI withoutTrailingSlash(String url) {
        return URI.create(url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
    }
}
