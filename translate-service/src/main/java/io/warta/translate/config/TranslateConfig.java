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

    /** Most texts in one batch request. */
    @WithDefault("256")
    int maxBatchSize();

    /** Whether translated segments are looked up in and stored to the translation memory. */
    @WithDefault("true")
    boolean memoryEnabled();
}
