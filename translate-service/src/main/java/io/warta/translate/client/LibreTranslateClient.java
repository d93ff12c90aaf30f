package io.warta.translate.client;

import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.faulttolerance.api.Guard;
import io.warta.translate.client.LibreTranslateApi.TranslateRequest;
import io.warta.translate.config.EnginesConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Calls the configured LibreTranslate server, Indonesian to English, under {@link RemoteCallGuard}'s timeout and
 * retry ({@code warta.engines.libretranslate.timeout}). Not configured without {@code warta.engines.libretranslate.url}.
 */
@ApplicationScoped
public class LibreTranslateClient {

    private final Optional<URI> server;
    private final Optional<String> apiKey;
    private final LibreTranslateApi api;
    private final Guard guard;

    LibreTranslateClient(EnginesConfig config) {
        EnginesConfig.LibreTranslate settings = config.libretranslate();
        this.server = settings.url().filter(url -> !url.isBlank())
                .map(url -> URI.create(url.endsWith("/") ? url.substring(0, url.length() - 1) : url));
        this.apiKey = settings.apiKey().filter(key -> !key.isBlank());
        this.api = server.map(uri -> RemoteCallGuard.client(LibreTranslateApi.class, uri, settings.timeout())).orElse(null);
        this.guard = RemoteCallGuard.create("libretranslate", settings.timeout());
    }

    public Optional<URI> server() {
        return server;
    }

    /**
     * The translations of {@code sentences}, one per sentence in order, in one HTTP call. Throws when the server
     * fails, times out, or answers a different number of texts than it was sent.
     */
    public List<String> translate(List<String> sentences) {
        if (api == null) {
            throw new IllegalStateException("LibreTranslate is not configured (warta.engines.libretranslate.url)");
        }
        TranslateRequest request = new TranslateRequest(List.copyOf(sentences), "id", "en", "text", apiKey.orElse(null));
        return RemoteCallGuard.texts(guard, () -> texts(api.translate(request).translatedText(), sentences.size()));
    }

    private static List<String> texts(JsonNode translated, int expected) {
        if (translated == null || !translated.isArray() || translated.size() != expected) {
            throw new RemoteAnswerException("LibreTranslate answered " + describe(translated) + " for " + expected
                    + " texts");
        }
        List<String> texts = new ArrayList<>(expected);
        for (JsonNode text : translated) {
            if (!text.isTextual()) {
                throw new RemoteAnswerException("LibreTranslate answered a non-text translation: " + text.getNodeType());
            }
            texts.add(text.asText());
        }
        return texts;
    }

    private static String describe(JsonNode node) {
        if (node == null) {
            return "no translatedText";
        }
        return node.isArray() ? node.size() + " translations" : "a " + node.getNodeType() + " translatedText";
    }
}
