package io.warta.translate.engine.remote;

import io.warta.translate.client.LibreTranslateClient;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.util.List;
import java.util.Optional;

/** A LibreTranslate-compatible server ({@code warta.engines.libretranslate.url}), {@value #SENTENCES_PER_CALL} sentences a call. */
@ApplicationScoped
public class LibreTranslateEngine extends RemoteEngine {

    public static final String ID = "libretranslate";
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

    @Override
    protected Optional<URI> server() {
        return client.server();
    }

    /** Nothing besides the server and the code: {@code libretranslate@host:port/<digest>}. */
    @Override
    protected String outputVariant() {
        return "";
    }

    @Override
    protected int sentencesPerCall() {
        return SENTENCES_PER_CALL;
    }

    @Override
    protected List<String> translateChunk(List<String> chunk) {
        return client.translate(chunk);
    }
}
