package io.warta.translate.engine.phrase.features;

import static org.assertj.core.api.Assertions.assertThat;

import io.warta.translate.engine.phrase.Rendering;
import io.warta.translate.engine.phrase.Weights;
import org.junit.jupiter.api.Test;

/** Each option feature adds its weight times its own value, and nothing for an option without it. */
class OptionFeaturesTest {

    /** Every weight different (a power of two apart), so a feature reading the wrong one fails. */
    static Weights distinct() {
        Weights w = Weights.defaults();
        for (int i = 0; i < Weights.NAMES.length; i++) {
            w = w.with(Weights.NAMES[i], -Math.scalb(1.0, i));
        }
        return w;
    }

    private static final Weights W = distinct();

    private static Candidate words(String... english) {
        return new Candidate(0, 1, new Rendering(english, false));
    }

    @Test
    void phrasePenaltyIsPaidOncePerOptionAndOnceForACombinedOne() {
        PhrasePenalty f = new PhrasePenalty(W);
        double w = W.get("phrasePenalty");
        assertThat(f.name()).isEqualTo("phrasePenalty");
        assertThat(f.score(1.0, words("a", "b"))).isEqualTo(1.0 + w);
        // Three names combined into one option: their scores paid it three times; it is paid once.
        assertThat(f.score(10.0, words("a", "b", "c").combining(10.0, 3))).isEqualTo(10.0 - 2 * w);
        assertThat(f.score(10.0, words("met").rereading(10.0, null))).isEqualTo(10.0);
    }

    @Test
    void wordPenaltyIsPaidPerEnglishWord() {
        WordPenalty f = new WordPenalty(W);
        double w = W.get("wordPenalty");
        assertThat(f.score(1.0, words("the", "big", "house"))).isEqualTo(1.0 + 3 * w);
        assertThat(f.score(1.0, words("a", "b").combining(1.0, 2))).isEqualTo(1.0);
        assertThat(f.score(1.0, words("met").rereading(1.0, null))).isEqualTo(1.0);
    }

    @Test
    void eachTableScoreWeighsItsOwnScore() {
        float[] scores = {-0.5f, -1.5f, -2.5f, -3.5f, 1f};
        for (int i = 0; i < TableScore.NAMES.length; i++) {
            TableScore f = new TableScore(i, W);
            assertThat(f.name()).isEqualTo(TableScore.NAMES[i]);
            assertThat(f.score(1.0, words("house").table(scores, null)))
                    .as(f.name()).isEqualTo(1.0 + W.get(TableScore.NAMES[i]) * scores[i]);
            assertThat(f.score(1.0, words("Budi"))).as("no table scores").isEqualTo(1.0);
        }
        assertThat(new TableScore(4, W).name()).isEqualTo("tm.dictionaryOnly");
    }

    @Test
    void aRuleFeatureIsPaidByTheOptionsItsRuleMarked() {
        String[] rules = {RuleFeature.COPY_NAME, RuleFeature.UNKNOWN, RuleFeature.MORPHOLOGY, RuleFeature.NOUN_PHRASE_SWAP,
            RuleFeature.PAST_TENSE};
        for (String rule : rules) {
            RuleFeature f = new RuleFeature(rule, W);
            assertThat(f.score(1.0, words("x").mark(rule))).as(rule).isEqualTo(1.0 + W.get(rule));
            assertThat(f.score(1.0, words("x"))).as(rule + " unmarked").isEqualTo(1.0);
            String other = rule.equals(RuleFeature.UNKNOWN) ? RuleFeature.COPY_NAME : RuleFeature.UNKNOWN;
            assertThat(f.score(1.0, words("x").mark(other))).as(rule + " other mark").isEqualTo(1.0);
            assertThat(f.score(1.0, words("x").mark(other).mark(rule))).as(rule + " two marks").isEqualTo(1.0 + W.get(rule));
        }
    }

    @Test
    void theStandardFeaturesHaveOneWeightEachAndAddInTheirOrder() {
        Features features = Features.standard(W, null);
        assertThat(features.names()).containsExactlyInAnyOrder(Weights.NAMES);
        float[] scores = {-0.5f, -1.5f, -2.5f, -3.5f, 1f};
        Candidate swap = words("big", "house").table(scores, null).mark(RuleFeature.NOUN_PHRASE_SWAP);
        double expected = W.get("phrasePenalty") + W.get("wordPenalty") * 2 + W.get("nounPhraseSwap");
        for (int i = 0; i < scores.length; i++) {
            expected += W.get(TableScore.NAMES[i]) * scores[i];
        }
        assertThat(features.score(swap)).isEqualTo(expected);
        Candidate past = words("called").rereading(expected, null).mark(RuleFeature.PAST_TENSE);
        assertThat(features.score(past)).isEqualTo(expected + W.get("pastTense"));
    }
}
