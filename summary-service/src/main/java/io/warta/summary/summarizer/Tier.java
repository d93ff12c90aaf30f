package io.warta.summary.summarizer;

import java.util.List;

/**
 * One summary tier: its text and the indices of the sentences it was made from.
 *
 * @param text      the tier as prose (sentences joined in document order; compressed for the headline)
 * @param sentences indices into {@link Summary#sentences()}, ascending
 */
public record Tier(String text, List<Integer> sentences) {

    public Tier {
        sentences = List.copyOf(sentences);
    }
}
