package io.warta.translate.engine.phrase.features;

/**
 * A named feature of the log-linear model, in the manner of a Moses feature function: its name is its weight's name
 * in {@code weights.properties}, and it adds its weighted value to a score. {@link Features#standard} lists them.
 */
public interface Feature {

    /** The weight's name in {@code weights.properties} (and in {@link io.warta.translate.engine.phrase.Weights#NAMES}). */
    String name();
}
