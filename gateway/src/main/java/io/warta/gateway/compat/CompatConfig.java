package io.warta.gateway.compat;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/**
 * Settings of the LibreTranslate- and DeepL-compatible routes (WARTA_COMPAT_...). Keys, the per-key request
 * rate and the longest text are the gateway's own ({@code warta.gateway.*}), shared with /api/v1.
 */
@ConfigMapping(prefix = "warta.compat")
public interface CompatConfig {

    /** Most texts in one request (DeepL's own limit is 50); more are refused as too large. */
    @WithDefault("50")
    int maxTexts();

    /**
     * Characters each API key may have translated through these routes per calendar month (UTC); beyond it DeepL
     * clients get 456 and LibreTranslate clients 429 (WARTA_COMPAT_CHARACTER_LIMIT). Unset: no limit, reported as
     * DeepL reports an account without a cap. The count is kept in memory by each gateway replica (see
     * {@link CharacterUsage}).
     */
    Optional<Long> characterLimit();
}
