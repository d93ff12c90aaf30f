package io.warta.summary.summarizer;

import java.util.List;

/** Makes every tier of a summary from one ranking of the sentences. Deterministic. */
public interface Summarizer {

    /** Identifies the method and its weights; part of every summary cache key, so change it when output may change. */
    String version();

    /**
     * @param sentences the body's sentences in document order (already segmented)
     * @param title     the article's title, a relevance signal; may be null
     * @param language  {@code id} or {@code en}
     * @param lengths   tier lengths
     */
    Summary summarize(List<String> sentences, String title, String language, TierLengths lengths);
}
