package io.warta.translate.engine.phrase.features;

import io.warta.translate.engine.phrase.ChunkContext;
import io.warta.translate.engine.phrase.Weights;

/**
 * The weight of an option a rule made, paid once by every option the rule marked with this feature's name
 * ({@link Candidate#mark}): a copied name, an unknown word copied, a reading guessed by morphology, a noun-phrase
 * swap, a past-tense reading.
 */
public final class RuleFeature implements OptionFeature {

    /** A capitalized word the phrase table knows, copied as a name. */
    public static final String COPY_NAME = "copyName";
    /** A word copied as is because nothing else reads it (a name the table does not know, an unknown word). */
    public static final String UNKNOWN = "unknown";
    /** An unknown word read through its root or its correct spelling. */
    public static final String MORPHOLOGY = "morphology";
    /** An Indonesian post-modifier put before its head (monyet kecil: small monkey), or an office's field first. */
    public static final String NOUN_PHRASE_SWAP = "nounPhraseSwap";
    /** A reading with its first verb in the past tense (Indonesian has no tense; news reports the past). */
    public static final String PAST_TENSE = "pastTense";

    private final String name;
    private final double weight;

    public RuleFeature(String name, Weights weights) {
        this.name = name;
        this.weight = weights.get(name);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public double score(double score, Candidate option, ChunkContext chunk) {
        return score + weight * value(option, chunk);
    }

    @Override
    public double value(Candidate option, ChunkContext chunk) {
        return option.marked(name) ? 1 : 0;
    }
}
