package io.warta.summary.summarizer;

import java.util.List;

/**
 * All tiers of one text, from one ranking. Tier sentence indices point into {@code sentences}.
 * The tiers nest: shortSummary ⊂ standard ⊂ detailed.
 */
public record Summary(String language, List<String> sentences, Tier headline, Tier shortSummary, Tier standard,
        Tier detailed, KeyPoints keyPoints) {

    public Summary {
        sentences = List.copyOf(sentences);
    }
}
