package io.warta.translate.engine.phrase.features;

/**
 * A feature of one translation option alone (Moses: a stateless feature), scored once when an option source makes
 * the option; the sum over these features is the option's static score.
 */
public interface OptionFeature extends Feature {

    /** {@code score} plus this feature's weighted value for the option, or {@code score} itself where it has none. */
    double score(double score, Candidate option);
}
