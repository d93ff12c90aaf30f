package io.warta.translate.service;

/**
 * One sentence's translation, the engine ({@code id/version}) that produced it, whether it came from the memory, the
 * engine's confidence in it (null when the engine has none), and why it is not the preferred engine's when a check
 * replaced that ({@code fallbackReason}, null otherwise).
 */
record Translated(String text, String engine, boolean cached, Double confidence, String fallbackReason) {

    Translated(String text, String engine, boolean cached, Double confidence) {
        this(text, engine, cached, confidence, null);
    }
}
