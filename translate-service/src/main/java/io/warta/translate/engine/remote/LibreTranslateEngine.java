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

    @Override
    protected Optional<URI> server() {
        return client.server();
    }

    /** {@code libretranslate@host:port/r1}. */
    @Override
    protected String outputVariant() {
        return "r" + REQUEST_VERSION;
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
