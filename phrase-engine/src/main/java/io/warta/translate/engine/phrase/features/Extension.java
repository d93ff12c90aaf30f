package io.warta.translate.engine.phrase.features;

import io.warta.translate.engine.phrase.Decoder;
import io.warta.translate.engine.phrase.PhraseTable;

/**
 * One step of the search as the {@link ExtensionFeature}s see it: what the hypothesis ends with and the option put
 * after it. The decoder fills one per sentence and reuses it; the language-model feature writes the history after the
 * option, which the decoder keeps in the new hypothesis. One per thread (it holds the LM's lookup cache).
 */
public final class Extension {

    private static final int LM_CACHE_SIZE = 1 << 15;

    /** A direct-mapped cache of (LM history, word) -> log10 p for this thread: hypotheses share most lookups. */
    final long[] lmCacheKeys = new long[LM_CACHE_SIZE];
    final float[] lmCacheValues = new float[LM_CACHE_SIZE];

    private int sentenceLength;
    private long lmState;
    private int lmHistory;
    private int lastEnd;
    private Decoder.Option previous;
    private Decoder.Option option;
    private int orientation;
    private long lmStateAfter;
    private int lmHistoryAfter;

    /** Sets the step: a hypothesis (its LM state and history length, the end of its last option, that option or null). */
    public void set(int sentenceLength, long lmState, int lmHistory, int lastEnd, Decoder.Option previous,
            Decoder.Option option) {
        this.sentenceLength = sentenceLength;
        this.lmState = lmState;
        this.lmHistory = lmHistory;
        this.lastEnd = lastEnd;
        this.previous = previous;
        this.option = option;
        int previousStart = previous == null ? 0 : previous.start();
        this.orientation = option.start() == lastEnd ? PhraseTable.MONOTONE
                : previous != null && option.end() == previousStart ? PhraseTable.SWAP : PhraseTable.DISCONTINUOUS;
        this.lmStateAfter = lmState;
        this.lmHistoryAfter = lmHistory;
    }

    public int sentenceLength() {
        return sentenceLength;
    }

    /** The language model's state (history of English words) at the end of the hypothesis. */
    public long lmState() {
        return lmState;
    }

    public int lmHistory() {
        return lmHistory;
    }

    /** The source position after the hypothesis' last option (0 at the start). */
    public int lastEnd() {
        return lastEnd;
    }

    /** The hypothesis' last option, or null at the start of the sentence. */
    public Decoder.Option previous() {
        return previous;
    }

    public Decoder.Option option() {
        return option;
    }

    /** How the option sits against the previous one in the source: {@link PhraseTable#MONOTONE}, SWAP or DISCONTINUOUS. */
    public int orientation() {
        return orientation;
    }

    /** Records the language model's state after the option's words (only the language-model feature calls this). */
    public void lmStateAfter(long state, int history) {
        this.lmStateAfter = state;
        this.lmHistoryAfter = history;
    }

    public long lmStateAfter() {
        return lmStateAfter;
    }

    public int lmHistoryAfter() {
        return lmHistoryAfter;
    }
}
