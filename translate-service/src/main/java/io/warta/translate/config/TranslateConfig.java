package io.warta.translate.config;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

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

    /** The hot segments of the translation memory, kept in memory in front of the database. */
    HotSegments hotSegments();

    interface HotSegments {

        /**
         * Characters of source and translation kept (as UTF-16 bytes: twice the characters), the least used
         * going first beyond it (WARTA_TRANSLATE_HOT_SEGMENTS_MAX_SIZE); 0 turns the layer off.
         */
        @WithDefault("32M")
        MemorySize maxSize();

        /** How long a segment stays after it was put there (WARTA_TRANSLATE_HOT_SEGMENTS_TTL). */
        @WithDefault("1h")
        Duration ttl();
    }

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

    /** Bounds of an inline glossary ({@code "glossary"} of /v1/translations and /batch); 400 beyond. */
    GlossaryLimits glossary();

    interface GlossaryLimits {

        /** Entries of one glossary (WARTA_TRANSLATE_GLOSSARY_MAX_ENTRIES). */
        @WithDefault("500")
        int maxEntries();

        /** Characters of one term, source or target (WARTA_TRANSLATE_GLOSSARY_MAX_TERM_LENGTH). */
        @WithDefault("100")
        int maxTermLength();
    }
}
