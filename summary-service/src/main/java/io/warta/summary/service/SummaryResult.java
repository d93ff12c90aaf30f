package io.warta.summary.service;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.warta.summary.summarizer.KeyPoints;
import io.warta.summary.summarizer.Summary;
import io.warta.summary.summarizer.Tier;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The summary-service's answer: the sentences it worked on and every tier as indices into them. */
@Schema(description = "Tiered summaries of one text")
public record SummaryResult(
        @Schema(example = "id") String language,
        @Schema(description = "identifies the method and its weights", example = "ranked-5d0e8a41c2f7-1b2c3d4e") String summarizer,
        @Schema(description = "the body's sentences; tier indices point here") List<String> sentences,
        Tiers tiers,
        @Schema(description = "whether this came from the summary cache") boolean cached) {

    public static SummaryResult of(Summary s, String summarizer) {
        return new SummaryResult(s.language(), summarizer, s.sentences(),
                new Tiers(s.headline(), s.shortSummary(), s.standard(), s.detailed(), s.keyPoints()), false);
    }

    public SummaryResult asCached() {
        return new SummaryResult(language, summarizer, sentences, tiers, true);
    }

    @Schema(description = "Summaries from shortest to longest, and bullet points")
    public record Tiers(
            @Schema(description = "one line of at most 14 words") Tier headline,
            @JsonProperty("short") @Schema(description = "the single best sentence") Tier shortSummary,
            @Schema(description = "3 sentences by default") Tier standard,
            @Schema(description = "40% of the sentences by default, at least as many as standard") Tier detailed,
            @Schema(description = "3 to 5 bullets") KeyPoints keyPoints) {
    }
}
