package io.warta.summary.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** summary-service settings; each can be overridden by an environment variable (WARTA_SUMMARY_...). */
@ConfigMapping(prefix = "warta.summary")
public interface SummaryConfig {

    /** Longest text accepted, in characters (all sentences together). */
    @WithDefault("100000")
    int maxTextLength();

    /**
     * Longest input as sent (text, or all sentences together), in characters, checked before any work on it
     * (markup and runs of white space count here, since reducing them is itself work).
     */
    @WithDefault("400000")
    int maxRawTextLength();

    /** Most sentences accepted in one request. */
    @WithDefault("2000")
    int maxSentences();

    /** Whether summaries are looked up in and stored to the database. */
    @WithDefault("true")
    boolean cacheEnabled();

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
