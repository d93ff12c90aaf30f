package io.warta.summary.summarizer;

import java.util.List;

/**
 * Bullet points: each item is one (compressed) sentence; {@code sentences.get(i)} is the index
 * of the sentence {@code items.get(i)} came from.
 */
public record KeyPoints(List<String> items, List<Integer> sentences) {

    public KeyPoints {
        items = List.copyOf(items);
        sentences = List.copyOf(sentences);
    }
}
