package io.warta.summary.summarizer;

import static io.warta.text.testing.HostileInputs.bounded;
import static io.warta.text.testing.HostileInputs.describe;
import static org.assertj.core.api.Assertions.assertThat;

import io.warta.text.ArticleParser;
import io.warta.text.testing.HostileInputs;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The summarizer over generated hostile articles ({@link HostileInputs}), split as the service splits them: a time
 * bound per input, no {@code Throwable}, and tiers that point into the sentences they were made from.
 */
class SummarizerFuzzTest {

    private static final ExtractiveSummarizer SUMMARIZER = ExtractiveSummarizer.withDefaultModel();

    @Test
    void anyArticleIsSummarized() {
        Random random = HostileInputs.random("summarize");
        for (int i = 0; i < HostileInputs.tries(); i++) {
            String input = HostileInputs.next(random, HostileInputs.maxLength());
            List<String> sentences = ArticleParser.parse(input).bodySentences();
            if (sentences.isEmpty() || sentences.size() > 2_000) {
                continue; // refused by the service before the summarizer (400, 413)
            }
            String what = describe("summarize", i, input);
            for (String language : List.of("id", "en")) {
                Summary summary = bounded(what, input, () -> SUMMARIZER.summarize(sentences, null, language, null));
                assertThat(summary.standard().sentences()).as(what).isNotEmpty()
                        .allSatisfy(k -> assertThat(k).isBetween(0, sentences.size() - 1));
                assertThat(summary.keyPoints().items()).as(what).hasSizeLessThanOrEqualTo(ExtractiveSummarizer.KEY_POINTS_MAX);
                assertThat(summary.headline().text().length()).as(what).isLessThanOrEqualTo(input.length() + 1);
            }
        }
    }
}
