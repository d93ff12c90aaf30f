package io.warta.translate.engine.remote;

import io.warta.digest.ComponentDigest;
import io.warta.translate.client.RemoteAnswerException;
import io.warta.translate.engine.TranslationEngine;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An engine on a translation server reached over HTTP. It is ready as soon as its server is configured: whether
 * the server answers shows in the first call, and the chain falls back. Sentences go in chunks, one call each; a
 * failed call fails the whole batch so the next engine takes it. What a server answers is not trusted: see
 * {@link #checked}.
 */
abstract class RemoteEngine implements TranslationEngine {

    /** The configured base URL; empty when the engine is not configured. */
    protected abstract Optional<URI> server();

    /** The component digest of the remote engines' code (prompt, request format, parsing of answers). */
    static final String COMPONENT = "remote-engines";

    /** What besides the server and the code decides the output (the model), for the version; empty if nothing. */
    protected abstract String outputVariant();

    protected abstract int sentencesPerCall();

    /** One call to the server for at most {@link #sentencesPerCall()} sentences. */
    protected abstract List<String> translateChunk(List<String> chunk);

    /**
     * Server, variant and the build-time digest of this code, so one server's translations are never served as
     * another's, nor an old prompt's as a new one's: {@code id@host:port/variant/digest}.
     */
    @Override
    public String version() {
        String code = ComponentDigest.load(COMPONENT).shortDigest();
        return server().map(uri -> id() + "@" + RemoteServers.name(uri) + "/"
                        + (outputVariant().isEmpty() ? "" : outputVariant() + "/") + code)
                .orElse(id() + "@unconfigured");
    }

    @Override
    public boolean isReady() {
        return server().isPresent();
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
        for (int from = 0; from < sentences.size(); from += sentencesPerCall()) {
            List<String> chunk = sentences.subList(from, Math.min(sentences.size(), from + sentencesPerCall()));
            translations.addAll(checked(chunk, translateChunk(chunk)));
        }
        return translations;
    }

    /**
     * A remote answer as the memory may keep it: exactly one translation per sentence, each cleaned and within its
     * size bound ({@link RemoteOutput}); anything else fails the chunk so the next engine translates it.
     */
    protected static List<String> checked(List<String> chunk, List<String> answered) {
        if (answered == null || answered.size() != chunk.size()) {
            throw new RemoteAnswerException("the engine answered " + (answered == null ? 0 : answered.size())
                    + " translations for " + chunk.size() + " sentences");
        }
        List<String> cleaned = new ArrayList<>(chunk.size());
        for (int i = 0; i < chunk.size(); i++) {
            cleaned.add(RemoteOutput.clean(chunk.get(i), answered.get(i)));
        }
        return cleaned;
    }
}
