package io.warta.translate.engine.phrase.features;

import io.warta.translate.engine.phrase.Decoder;
import io.warta.translate.engine.phrase.LanguageModel;
import io.warta.translate.engine.phrase.Weights;
import java.util.Arrays;

/**
 * {@code lm}: log10 p of the option's English words given the words before them (the n-gram language model), and of
 * the sentence's end after the last option. Its state is the LM history, kept by the decoder in each hypothesis.
 */
public final class LanguageModelScore implements ExtensionFeature {

    public static final String NAME = "lm";

    private final LanguageModel lm;
    private final double weight;

    public LanguageModelScore(LanguageModel lm, Weights weights) {
        this.lm = lm;
        this.weight = weights.get(NAME);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void beginSentence(Extension e) {
        Arrays.fill(e.lmCacheKeys, -1L);
    }

    /** Without context: the words' probability from the sentence's start state of no history. */
    @Override
    public double estimate(double score, Decoder.Option option) {
        long state = 0;
        int hist = 0;
        float s = 0;
        for (int id : option.lmIds()) {
            s += lm.score(state, hist, id);
            state = lm.push(state, id);
            hist = Math.min(hist + 1, lm.order() - 1);
        }
        return score + weight * s;
    }

    @Override
    public double extend(double score, Extension e) {
        long[] keys = e.lmCacheKeys;
        float[] values = e.lmCacheValues;
        long state = e.lmState();
        int hist = e.lmHistory();
        double lmScore = 0;
        for (int id : e.option().lmIds()) {
            long ck = (state << 16) | id;
            int slot = (int) LanguageModel.mix(ck) & (keys.length - 1);
            float sc;
            if (keys[slot] == ck) {
                sc = values[slot];
            } else {
                sc = lm.score(state, hist, id);
                keys[slot] = ck;
                values[slot] = sc;
            }
            lmScore += sc;
            state = lm.push(state, id);
            hist = Math.min(hist + 1, lm.order() - 1);
        }
        e.lmStateAfter(state, hist);
        return score + weight * lmScore;
    }

    /** Without the lookup cache (it holds the same values), leaving the extension's state after alone. */
    @Override
    public double value(Extension e) {
        long state = e.lmState();
        int hist = e.lmHistory();
        double lmScore = 0;
        for (int id : e.option().lmIds()) {
            lmScore += lm.score(state, hist, id);
            state = lm.push(state, id);
            hist = Math.min(hist + 1, lm.order() - 1);
        }
        return lmScore;
    }

    @Override
    public double finishValue(Extension e) {
        return lm.score(e.lmStateAfter(), e.lmHistoryAfter(), LanguageModel.EOS);
    }

    @Override
    public double finish(double score, Extension e) {
        return score + weight * lm.score(e.lmStateAfter(), e.lmHistoryAfter(), LanguageModel.EOS);
    }
}
