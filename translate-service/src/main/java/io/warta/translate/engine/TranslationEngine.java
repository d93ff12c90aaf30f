package io.warta.translate.engine;

import io.warta.text.glossary.Glossary;
import io.warta.translate.engine.protect.GlossaryPlaceholders;
import java.util.List;

/**
 * An Indonesian → English translation engine. Implementations are CDI beans; the service tries them in
 * the order of {@code warta.engines.order} (see {@code EngineCatalog}), skipping those not ready and falling
 * back to the next when one fails. An engine translates sentences: segmentation and the translation memory
 * live in the service, not here.
 */
public interface TranslationEngine {

    /** Short, stable identifier as named in {@code warta.engines.order}, e.g. {@code builtin} or {@code opus-mt}. */
    String id();

    /**
     * Changes whenever the output for the same input may change (new model files, new rules).
     * It is part of every translation-memory key, so a new version never serves stale segments.
     */
    String version();

    /** True once the engine's model is loaded and it can translate. */
    boolean isReady();

    /**
     * What /v1/engines and the health check show: {@code ready}, {@code loading}, {@code not configured}
     * or {@code failed: <reason>}.
     */
    default String state() {
        return isReady() ? "ready" : "loading";
    }

    /** Translates one normalized Indonesian sentence into English. Same input, same output. */
    String translate(String sentence);

    /**
     * Translates several sentences, results in input order. Engines that gain from batching
     * (neural models, remote servers) override it; a failure fails the whole batch, so the caller
     * can hand it to the next engine.
     */
    default List<String> translateAll(List<String> sentences) {
        return sentences.stream().map(this::translate).toList();
    }

    /**
     * Translates several sentences with a request's glossary: each term found must come out as its English.
     * Engines that cannot take a glossary get the terms as placeholders, restored after translation
     * ({@link GlossaryPlaceholders}); the builtin engine makes them fixed spans of its search.
     */
    default List<String> translateAll(List<String> sentences, Glossary glossary) {
        return glossary.isEmpty() ? translateAll(sentences)
                : GlossaryPlaceholders.translate(sentences, glossary, this::translateAll);
    }

    /**
     * As {@link #translateAll(List, Glossary)}, each translation with the engine's confidence in it: a number between
     * 0 and 1 that ranks segments (higher: the engine's model liked its own output better, against its own dev-set
     * distribution), not a probability of being right. Null for engines without one (the default).
     */
    default List<Scored> translateAllScored(List<String> sentences, Glossary glossary) {
        return translateAll(sentences, glossary).stream().map(text -> new Scored(text, null)).toList();
    }

    /** As {@link #translateAllScored(List, Glossary)} without a glossary. */
    default List<Scored> translateAllScored(List<String> sentences) {
        return translateAllScored(sentences, Glossary.EMPTY);
    }

    /** A translation and the engine's confidence in it (null when the engine has none). */
    record Scored(String text, Double confidence) {
    }
}
