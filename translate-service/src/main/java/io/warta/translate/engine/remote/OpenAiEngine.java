package io.warta.translate.engine.remote;

import io.warta.translate.client.OpenAiClient;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * An OpenAI-compatible chat model ({@code warta.engines.openai.base-url} and {@code .model}): sentences go as
 * numbered lines, {@value #SENTENCES_PER_CALL} per call, and an answer that loses the alignment fails the batch
 * (see {@link NumberedLines}), so the next engine translates it.
 */
@ApplicationScoped
public class OpenAiEngine extends RemoteEngine {

    public static final String ID = "openai";
    /** Small enough that models keep the numbering, large enough to give them context. */
    static final int SENTENCES_PER_CALL = 16;

    private final OpenAiClient client;

    OpenAiEngine(OpenAiClient client) {
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

    /** The model: {@code openai@host:port/v1/qwen2.5-7b-instruct/<digest>}. */
    @Override
    protected String outputVariant() {
        return client.model().orElseThrow();
    }

    @Override
    protected int sentencesPerCall() {
        return SENTENCES_PER_CALL;
    }

    @Override
    protected List<String> translateChunk(List<String> chunk) {
        return client.complete(NumberedLines.SYSTEM_PROMPT, NumberedLines.number(chunk))
                .transform(answer -> NumberedLines.parse(answer, chunk.size()));
    }
}
