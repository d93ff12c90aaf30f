package io.warta.translate.engine.remote;

import io.warta.translate.client.OpenAiClient;
import io.warta.translate.engine.TranslationEngine;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;

/**
 * An OpenAI-compatible chat model ({@code warta.engines.openai.base-url} and {@code .model}): sentences go as
 * numbered lines, {@value #SENTENCES_PER_CALL} per call, and an answer that loses the alignment fails the batch
 * (see {@link NumberedLines}), so the next engine translates it.
 */
@ApplicationScoped
public class OpenAiEngine implements TranslationEngine {

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

    /** Server, model and prompt: {@code openai@host:port/v1/qwen2.5-7b-instruct/p1}. */
    @Override
    public String version() {
        return client.server().map(uri -> ID + "@" + RemoteServers.name(uri) + "/" + client.model().orElseThrow()
                + "/p" + NumberedLines.PROMPT_VERSION).orElse(ID + "@unconfigured");
    }

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
            List<String> chunk = sentences.subList(from, Math.min(sentences.size(), from + SENTENCES_PER_CALL));
            String answer = client.complete(NumberedLines.SYSTEM_PROMPT, NumberedLines.number(chunk));
            translations.addAll(NumberedLines.parse(answer, chunk.size()));
        }
        return translations;
    }
}
