package io.warta.translate.engine.phrase.features;

import static org.assertj.core.api.Assertions.assertThat;

import io.warta.translate.engine.phrase.Decoder;
import io.warta.translate.engine.phrase.LanguageModel;
import io.warta.translate.engine.phrase.PhraseTable;
import io.warta.translate.engine.phrase.Rendering;
import io.warta.translate.engine.phrase.Weights;
import io.warta.translate.engine.phrase.options.ToyModel;
import org.junit.jupiter.api.Test;

/** Each feature of a search step adds its weight times its own value for the step, computed by hand here. */
class ExtensionFeaturesTest {

    private static final Weights W = OptionFeaturesTest.distinct();
    private static final LanguageModel LM = ToyModel.RESOURCES.lm();
    private static final float[] REORDER = {-0.1f, -0.2f, -0.3f, -0.4f, -0.5f, -0.6f};

    private static Decoder.Option option(int start, int end, String... english) {
        int[] ids = new int[english.length];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = LM.id(english[i]);
        }
        return new Decoder.Option(start, end, ids, 0, REORDER, new Rendering(english, false));
    }

    private static Extension step(int n, int lastEnd, Decoder.Option previous, Decoder.Option option) {
        Extension e = new Extension();
        e.set(n, LanguageModel.BOS, 1, lastEnd, previous, option);
        return e;
    }

    @Test
    void languageModelScoresTheWordsAfterTheHistoryAndTheEnd() {
        LanguageModelScore f = new LanguageModelScore(LM, W);
        double w = W.get("lm");
        Extension e = step(3, 0, null, option(0, 3, "the", "big", "house"));
        f.beginSentence(e);
        long state = LanguageModel.BOS;
        int hist = 1;
        double expected = 0;
        for (String word : new String[] {"the", "big", "house"}) {
            expected += LM.score(state, hist, LM.id(word));
            state = LM.push(state, LM.id(word));
            hist = Math.min(hist + 1, LM.order() - 1);
        }
        assertThat(f.extend(1.0, e)).isEqualTo(1.0 + w * expected);
        assertThat(e.lmStateAfter()).isEqualTo(state);
        assertThat(e.lmHistoryAfter()).isEqualTo(hist);
        // Again, from the cache: the same.
        assertThat(f.extend(1.0, e)).isEqualTo(1.0 + w * expected);
        assertThat(f.finish(1.0, e)).isEqualTo(1.0 + w * LM.score(state, hist, LanguageModel.EOS));
        // The seen order scores better than the unseen one.
        Extension unseen = step(3, 0, null, option(0, 3, "house", "the", "big"));
        assertThat(new LanguageModelScore(LM, W.with("lm", 1.0)).extend(0, unseen))
                .isLessThan(new LanguageModelScore(LM, W.with("lm", 1.0)).extend(0, step(3, 0, null, option(0, 3, "the", "big", "house"))));
    }

    @Test
    void languageModelEstimateHasNoHistory() {
        Decoder.Option o = option(0, 2, "big", "house");
        float expected = LM.score(0, 0, LM.id("big")) + LM.score(LM.push(0, LM.id("big")), 1, LM.id("house"));
        assertThat(new LanguageModelScore(LM, W).estimate(1.0, o)).isEqualTo(1.0 + W.get("lm") * expected);
    }

    @Test
    void unknownWordPenaltyCountsTheWordsTheLanguageModelDoesNotKnow() {
        UnknownWordPenalty f = new UnknownWordPenalty(W);
        Decoder.Option o = option(0, 3, "zzyzx", "house", "qqq");
        assertThat(o.unknownWords()).isEqualTo(2);
        assertThat(f.extend(1.0, step(3, 0, null, o))).isEqualTo(1.0 + 2 * W.get("lm.unknownWord"));
        assertThat(f.estimate(1.0, o)).isEqualTo(1.0 + 2 * W.get("lm.unknownWord"));
        assertThat(f.extend(1.0, step(3, 0, null, option(0, 1, "house")))).isEqualTo(1.0);
    }

    @Test
    void distortionIsTheJumpInSourceWords() {
        Distortion f = new Distortion(W);
        double w = W.get("distortion");
        assertThat(f.extend(1.0, step(9, 2, null, option(5, 6, "x")))).isEqualTo(1.0 + 3 * w);
        assertThat(f.extend(1.0, step(9, 4, null, option(1, 2, "x")))).isEqualTo(1.0 + 3 * w);
        assertThat(f.extend(1.0, step(9, 4, null, option(4, 6, "x")))).isEqualTo(1.0);
    }

    @Test
    void reorderPreviousReadsTheOptionsOrientationTowardsThePreviousPhrase() {
        ReorderPrevious f = new ReorderPrevious(W);
        double w = W.get("reorder.previous");
        Decoder.Option previous = option(2, 4, "x");
        assertThat(f.extend(0, step(9, 4, previous, option(4, 5, "y")))).isEqualTo(w * REORDER[PhraseTable.MONOTONE]);
        assertThat(f.extend(0, step(9, 4, previous, option(1, 2, "y")))).isEqualTo(w * REORDER[PhraseTable.SWAP]);
        assertThat(f.extend(0, step(9, 4, previous, option(6, 7, "y")))).isEqualTo(w * REORDER[PhraseTable.DISCONTINUOUS]);
        assertThat(f.finish(1.0, step(9, 4, previous, option(4, 9, "y")))).isEqualTo(1.0);
    }

    @Test
    void reorderNextReadsThePreviousPhrasesOrientationTowardsThisOneAndTheEnd() {
        ReorderNext f = new ReorderNext(W);
        double w = W.get("reorder.next");
        Decoder.Option previous = option(2, 4, "x");
        assertThat(f.extend(1.0, step(9, 0, null, option(0, 2, "y")))).isEqualTo(1.0);
        assertThat(f.extend(0, step(9, 4, previous, option(4, 5, "y")))).isEqualTo(w * REORDER[3 + PhraseTable.MONOTONE]);
        assertThat(f.extend(0, step(9, 4, previous, option(1, 2, "y")))).isEqualTo(w * REORDER[3 + PhraseTable.SWAP]);
        assertThat(f.extend(0, step(9, 4, previous, option(6, 7, "y")))).isEqualTo(w * REORDER[3 + PhraseTable.DISCONTINUOUS]);
        assertThat(f.finish(0, step(9, 4, previous, option(4, 9, "y")))).isEqualTo(w * REORDER[3 + PhraseTable.MONOTONE]);
        assertThat(f.finish(0, step(9, 7, previous, option(0, 2, "y")))).isEqualTo(w * REORDER[3 + PhraseTable.DISCONTINUOUS]);
    }
}
