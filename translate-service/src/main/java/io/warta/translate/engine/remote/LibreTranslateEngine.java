package io.warta.translate.engine.remote;

import io.warta.translate.client.LibreTranslateClient;
import io.warta.translate.engine.TranslationEngine;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;

/**
 * A LibreTranslate-compatible server ({@code warta.engines.libretranslate.url}). Sentences go in batches of
 * {@value #SENTENCES_PER_CALL}, one HTTP call each; a failed call fails the whole batch so the next engine takes it.
 */
@ApplicationScoped
public class LibreTranslateEngine implements TranslationEngine {

    public static final String ID = "libretranslate";
    /** Bump when what is sent changes (format, language codes): the translation memory keys change with it. */
    static final String REQUEST_VERSION = "1";
    /** Keeps one call well under the default request limits of LibreTranslate servers. */
    static final int SENTENCES_PER_CALL = 32;

    private final LibreTranslateClient client;

    LibreTranslateEngine(LibreTranslateClient client) {
        this.client = client;
    }

    @Override
    public String id() {
        return ID;
    }

    /** The server, so translations from one server are never served as another's: {@code libretranslate@host:port/r1}. */
    @Override
    public String version() {
        return client.server().map(uri -> ID + "@" + RemoteServers.name(uri) + "/r" + REQUEST_VERSION)
                .orElse(ID + "@unconfigured");
    }

    /** Ready as soon as it is configured: whether the server answers shows in the first call, and the chain falls back. */
    @Override
    public boolean isReady() {
        return client.server().isPresent();
    }

    @Override
    public String state() {
        return isReady() ? "ready" : "not configured";
    }

    @Override
    public String translate(String sentence) {
        return translateAll(List.of(sentence)).get(0);
    }

    @Override
    public List<String> translateAll(List<String> sentences) {
        List<String> translations = new ArrayList<>(sentences.size());
        for (int from = 0; from < sentences.size(); from += SENTENCES_PER_CALL) {
            translations.addAll(client.translate(sentences.subList(from, Math.min(sentences.size(), from + SENTENCES_PER_CALL))));
        }
        return translations;
    }
}
