package io.warta.translate.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Which translation engines answer, in order of preference, and how to reach the optional ones.
 * Every key can be given as an environment variable (WARTA_ENGINES_ORDER, WARTA_ENGINES_OPUS_MT_MODEL_DIR, ...).
 */
@ConfigMapping(prefix = "warta.engines")
public interface EnginesConfig {

    /**
     * Engines in order of preference; one that is not configured or not ready is skipped, one that fails trips
     * its circuit breaker and the next one answers. {@code builtin} (the phrase-based engine) is appended when
     * missing, so it always answers last. {@code lexicon}, the word-for-word baseline, answers only when named.
     */
    @WithDefault("opus-mt,libretranslate,openai,builtin")
    List<String> order();

    /** When an engine that keeps failing is skipped, and for how long (one breaker per engine). */
    @WithName("circuit-breaker")
    Breaker circuitBreaker();

    @WithName("opus-mt")
    OpusMt opusMt();

    LibreTranslate libretranslate();

    OpenAi openai();

    /**
     * When a preferred engine's translation of a sentence changes a number, amount, date or time (the fidelity check's
     * {@code number-mismatch}) and the built-in engine's translation keeps them, answer the built-in's for that sentence
     * (the segment says so in {@code fallbackReason}). A changed amount is worse than a plainer sentence.
     */
    @WithName("number-fallback")
    @WithDefault("true")
    boolean numberFallback();

    /** In-process MarianMT (Helsinki-NLP/opus-mt-id-en, ONNX export) run with ONNX Runtime. */
    interface OpusMt {
        /** Directory holding the ONNX export (see scripts/fetch-opus-mt.sh); absent: the engine is not configured. */
        Optional<Path> modelDir();

        @WithDefault("4")
        int beamSize();

        /** Use the 8-bit quantized ONNX files when both variants are present (about 4 times smaller, faster on CPUs). */
        @WithDefault("true")
        boolean quantized();

        /** Sentences per encoder/decoder run; each brings beam-size rows into the decoder. */
        @WithDefault("8")
        int maxBatchSize();

        /** ONNX Runtime intra-op threads per session; 0: ONNX Runtime's default (one per core). */
        @WithDefault("0")
        int intraOpThreads();

        /** Output limit in tokens counting the decoder start token; absent: the model's max_length (512). */
        Optional<Integer> maxLength();
    }

    /** A LibreTranslate-compatible server. */
    interface LibreTranslate {
        /** Base URL, e.g. http://libretranslate:5000; absent: the engine is not configured. */
        Optional<String> url();

        Optional<String> apiKey();

        /** Per HTTP call; a call carries up to 32 sentences. */
        @WithDefault("10S")
        Duration timeout();
    }

    /** An OpenAI-compatible chat-completions server (vLLM, Ollama, llama.cpp, ...). */
    interface OpenAi {
        /** Base URL up to and including /v1, e.g. http://vllm:8000/v1; absent: the engine is not configured. */
        Optional<String> baseUrl();

        Optional<String> model();

        /** Sent as a bearer token when set. */
        Optional<String> apiKey();

        /** Per HTTP call; a call carries one sentence. */
        @WithDefault("30S")
        Duration timeout();

        /**
         * Calls in flight at once, across the service (WARTA_ENGINES_OPENAI_CONCURRENCY): each carries one sentence,
         * so one sentence cannot rewrite another's translation; this many run side by side.
         */
        @WithDefault("4")
        int concurrency();
    }

    /** SmallRye Fault Tolerance circuit breaker settings, the same for every engine but {@code builtin}. */
    interface Breaker {
        /** Calls in the rolling window; the breaker opens when failureRatio of them failed. */
        @WithDefault("4")
        int requestVolumeThreshold();

        @WithDefault("0.5")
        double failureRatio();

        /** How long an open breaker skips its engine before one trial call. */
        @WithDefault("30S")
        Duration delay();
    }
}
