package io.warta.summary.summarizer;

import static org.assertj.core.api.Assertions.assertThat;

import io.warta.text.Article;
import io.warta.text.ArticleParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The commissioned example article end to end through parsing and summarizing (tier rules only, no oracle). */
class ExampleArticleTest {

    private static final ExtractiveSummarizer SUMMARIZER = ExtractiveSummarizer.withDefaultModel();

    @Test
    void exampleArticleTiersFollowTheRules() throws IOException {
        Path example = Path.of("..", "examples", "putin-kim-trump.id.txt");
        assertThat(example).as("the committed example article").isRegularFile();
        Article article = ArticleParser.parse(Files.readString(example, StandardCharsets.UTF_8));
        List<String> sentences = article.bodySentences();

        Summary summary = SUMMARIZER.summarize(sentences, article.title(), "id", TierLengths.DEFAULTS);

        System.out.println("title: " + article.title());
        System.out.println("headline: " + summary.headline().text());
        System.out.println("short: " + summary.shortSummary().text());
        System.out.println("standard: " + summary.standard().sentences() + " " + summary.standard().text());
        System.out.println("detailed: " + summary.detailed().sentences());
        summary.keyPoints().items().forEach(k -> System.out.println("  • " + k));
        TierRules.assertAll(summary, TierLengths.DEFAULTS);
        assertThat(summary.headline().text()).doesNotContain("Bisnis.com").doesNotContain("(");
        assertThat(summary.keyPoints().items()).allSatisfy(k -> assertThat(k)
                .doesNotStartWith("Melansir").doesNotContain("demikian ungkap").doesNotContain("Bisnis.com"));
    }
}
