package io.warta.translate.service;

/** One sentence's translation, the engine ({@code id/version}) that produced it, and whether it came from the memory. */
record Translated(String text, String engine, boolean cached) {
}
