package io.warta.translate.engine.phrase.features;

import io.warta.translate.engine.phrase.ChunkContext;

/**
 * A feature of one translation option alone (Moses: a stateless feature), scored once when an option source makes
 * the option; the sum over these features is the option's static score.
 */
public interface OptionFeature extends Feature {

    /**
     * {@code score} plus this feature's weighted value for the option, or {@code score} itself where it has none;
     * {@code chunk}: the source words around it (read only).
     */
    double score(double score, Candidate option, ChunkContext chunk);

    /**
     * The feature's unweighted value for the option (what {@link #score} adds times the weight), for the tuner's
     * feature vectors; the search never calls it.
     */
    double value(Candidate option, ChunkContext chunk);
}
