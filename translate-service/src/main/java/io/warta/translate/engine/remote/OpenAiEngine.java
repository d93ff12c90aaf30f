package io.warta.translate.engine.remote;

import io.warta.translate.client.OpenAiClient;
import io.warta.translate.config.EnginesConfig;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An OpenAI-compatible chat model ({@code warta.engines.openai.base-url} and {@code .model}): one sentence a call
 * (see {@link OneSentencePrompt}), up to {@code warta.engines.openai.concurrency} calls at once across the service.
 * An answer that is not one line fails the batch, so the next engine translates it.
 */
@ApplicationScoped
public class OpenAiEngine extends RemoteEngine {

    public static final String ID = "openai";

    private final OpenAiClient client;
    private final ExecutorService calls;

    OpenAiEngine(OpenAiClient client, EnginesConfig config) {
        this.client = client;
        int concurrency = Math.max(1, config.openai().concurrency());
        AtomicInteger threads = new AtomicInteger();
        this.calls = Executors.newFixedThreadPool(concurrency, work -> {
            Thread thread = new Thread(work, "openai-call-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    @PreDestroy
    void stop() {
        calls.shutdownNow();
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    protected Optional<URI> server() {
        return client.server();
    }

    /** The model: {@code openai@host:port/v1/qwen2.5-7b-instruct/<digest>}; the prompt is in the digest. */
    @Override
    protected String outputVariant() {
        return client.model().orElseThrow();
    }

    @Override
    protected int sentencesPerCall() {
        return 1;
    }

    @Override
    protected List<String> translateChunk(List<String> chunk) {
        return List.of(OneSentencePrompt.parse(client.complete(OneSentencePrompt.SYSTEM_PROMPT, chunk.get(0))));
    }

    /** The sentences' calls side by side; the first failure fails the batch and the calls not yet made are dropped. */
    @Override
    public List<String> translateAll(List<String> sentences) {
        if (sentences.size() <= 1) {
            return super.translateAll(sentences);
        }
        List<CompletableFuture<String>> answers = new ArrayList<>(sentences.size());
        for (String sentence : sentences) {
            answers.add(CompletableFuture.supplyAsync(() -> checked(List.of(sentence), translateChunk(List.of(sentence)))
                    .get(0), calls));
        }
        try {
            return answers.stream().map(CompletableFuture::join).toList();
        } catch (CompletionException e) {
            answers.forEach(answer -> answer.cancel(false));
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw e;
        }
    }
}
