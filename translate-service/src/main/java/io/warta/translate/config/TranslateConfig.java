package io.warta.translate.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * translate-service settings; each can be overridden by an environment variable (WARTA_TRANSLATE_...).
 * Which engines answer is {@link EnginesConfig} ({@code warta.engines.order}).
 */
@ConfigMapping(prefix = "warta.translate")
public interface TranslateConfig {

    /** Longest text accepted in one request, in characters. */
    @WithDefault("100000")
    int maxTextLength();

    /**
     * Most characters in one request, all texts together, after normalization: a batch of several texts just under
     * {@link #maxTextLength()} is refused as a whole. Room for an article at the gateway's limit and its summaries.
     */
    @WithDefault("150000")
    int maxRequestLength();

    /**
     * Most characters in one request as sent, all texts together, checked before any work on them (markup and runs
     * of white space count here, since reducing them is itself work).
     */
    @WithDefault("600000")
    int maxRawRequestLength();

    /** Most texts in one batch request. */
    @WithDefault("256")
    int maxBatchSize();

    /** Whether translated segments are looked up in and stored to the translation memory. */
    @WithDefault("true")
    boolean memoryEnabled();

    /** The deadline of a request's in-process work: {@code base} + {@code per-thousand-characters}, at most {@code max}. */
    RequestDeadline deadline();

    interface RequestDeadline {

        @WithDefault("5s")
        java.time.Duration base();

        @WithDefault("250ms")
        java.time.Duration perThousandCharacters();

        @WithDefault("60s")
        java.time.Duration max();
    }
}
