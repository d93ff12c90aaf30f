package io.warta.translate.service;

/**
 * One sentence's translation, the engine ({@code id/version}) that produced it, whether it came from the memory, and
 * the engine's confidence in it (null when the engine has none).
 */
record Translated(String text, String engine, boolean cached, Double confidence) {
}
