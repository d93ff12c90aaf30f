package io.warta.summary.summarizer;

import static org.assertj.core.api.Assertions.assertThat;

import io.warta.text.testing.ProjectFiles;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The tier rules for {@code language: en} over English news articles (Global Voices, one sentence a
 * line, a blank line between articles; skipped when ../shared is absent, failed under CI=true). No gold summaries exist
 * for English, so this checks the rules, not the quality.
 */
class EnglishTierPropertyTest {

    private static final int ARTICLES = 400;

    @Test
    void tierRulesHoldOnEnglishArticles() throws IOException {
        Path corpus = ProjectFiles.requireShared("data/monolingual/globalvoices-en.part0.txt");
        ExtractiveSummarizer summarizer = ExtractiveSummarizer.withDefaultModel();
        int checked = 0;
        try (BufferedReader in = Files.newBufferedReader(corpus, StandardCharsets.UTF_8)) {
            List<String> article = new ArrayList<>();
            String line;
            while (checked < ARTICLES && (line = in.readLine()) != null) {
                if (!line.isBlank()) {
                    article.add(line.strip());
                    continue;
                }
                if (article.size() >= 2) {
                    String title = article.get(0).replace("· Global Voices", "").strip();
                    List<String> body = article.subList(1, article.size());
                    Summary s = summarizer.summarize(body, title, "en", TierLengths.DEFAULTS);
                    TierRules.assertAll(s, TierLengths.DEFAULTS);
                    assertThat(s.language()).isEqualTo("en");
                    assertThat(summarizer.summarize(body, title, "en", TierLengths.DEFAULTS)).isEqualTo(s);
                    checked++;
                }
                article = new ArrayList<>();
            }
        }
        assertThat(checked).isEqualTo(ARTICLES);
    }
}
