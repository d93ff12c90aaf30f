package io.warta.translate.engine.phrase.features;

import io.warta.translate.engine.phrase.ChunkContext;
import io.warta.translate.engine.phrase.LanguageModel;
import io.warta.translate.engine.phrase.Weights;
import java.util.ArrayList;
import java.util.List;

/**
 * The features of the phrase engine, each weighted by its name in {@code weights.properties}: those of an option alone
 * (summed into its static score when a source makes it) and those of extending a hypothesis (added by the decoder).
 * Scores are added in the order listed here, and floating-point sums depend on that order: moving a line may change
 * a translation where two are nearly tied.
 */
public record Features(List<OptionFeature> option, List<ExtensionFeature> extension) {

    /** The engine's features. A new feature: one line here, its weight in weights.properties (docs/engines/phrase.md). */
    public static Features standard(Weights w, LanguageModel lm) {
        return new Features(List.of(
                new PhrasePenalty(w),
                new WordPenalty(w),
                new RuleFeature(RuleFeature.COPY_NAME, w),
                new RuleFeature(RuleFeature.UNKNOWN, w),
                new RuleFeature(RuleFeature.MORPHOLOGY, w),
                new RuleFeature(RuleFeature.NOUN_PHRASE_SWAP, w),
                new TableScore(0, w), // tm.phiEF
                new TableScore(1, w), // tm.phiFE
                new TableScore(2, w), // tm.lexEF
                new TableScore(3, w), // tm.lexFE
                new TableScore(4, w), // tm.dictionaryOnly
                new RuleFeature(RuleFeature.PAST_TENSE, w)),
            List.of(
                new UnknownWordPenalty(w),
                new LanguageModelScore(lm, w),
                new Distortion(w),
                new ReorderPrevious(w),
                new ReorderNext(w)));
    }

    /** The option's static score: from its base, each option feature's part in turn. */
    public double score(Candidate candidate, ChunkContext chunk) {
        double s = candidate.base();
        for (OptionFeature f : option) {
            s = f.score(s, candidate, chunk);
        }
        return s;
    }

    /**
     * The option's unweighted feature values, one per {@link Weights#NAMES} entry (0 for the extension features): its
     * base's values plus each option feature's; the weighted sum is {@link #score}. Only the tuner asks for them.
     */
    public double[] values(Candidate candidate, ChunkContext chunk) {
        double[] base = candidate.baseFeatures();
        double[] v = base == null ? new double[Weights.NAMES.length] : base.clone();
        for (OptionFeature f : option) {
            v[Weights.indexOf(f.name())] += f.value(candidate, chunk);
        }
        return v;
    }

    /** Every feature's name, option features first. */
    public List<String> names() {
        List<String> names = new ArrayList<>();
        option.forEach(f -> names.add(f.name()));
        extension.forEach(f -> names.add(f.name()));
        return names;
    }
}
