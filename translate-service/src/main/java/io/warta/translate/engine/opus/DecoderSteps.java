package io.warta.translate.engine.opus;

/**
 * One decoding run over a batch of beams: each call feeds every row's newest token and returns the next-token
 * logits of every row. Rows are {@code sentence * beams + beam}.
 */
interface DecoderSteps extends AutoCloseable {

    int vocabularySize();

    /**
     * @param tokens  the newest token of each row (the decoder start token on the first call)
     * @param parents for each row, the row of the previous step it continues (beam search reorders beams)
     * @return logits, {@code rows × vocabularySize}, row-major
     */
    float[] step(long[] tokens, int[] parents);

    @Override
    void close();
}
