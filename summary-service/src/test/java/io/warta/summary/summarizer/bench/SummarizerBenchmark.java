package io.warta.summary.summarizer.bench;

import io.warta.summary.summarizer.ExtractiveSummarizer;
import io.warta.summary.summarizer.Summary;
import io.warta.summary.summarizer.TextAnalyzer;
import io.warta.summary.summarizer.TierLengths;
import io.warta.text.Article;
import io.warta.text.ArticleParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Summaries per second, one thread, for the example article's body (~345 words, 19 sentences):
 * every tier (ranking, headline and key-point compression) per operation. The parse variant adds
 * ArticleParser and sentence splitting of the raw text.
 *
 * <pre>taskset -c 0 ./mvnw -B -o -q -pl summary-service -am -Psummarizer-bench process-test-classes</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class SummarizerBenchmark {

    private ExtractiveSummarizer summarizer;
    private String raw;
    private String title;
    private List<String> sentences;

    @Setup
    public void setUp() throws IOException {
        Path example = Path.of("..", "examples", "putin-kim-trump.id.txt");
        raw = Files.readString(example, StandardCharsets.UTF_8);
        Article article = ArticleParser.parse(raw);
        title = article.title();
        sentences = article.bodySentences();
        int words = sentences.stream().mapToInt(TextAnalyzer::wordCount).sum();
        if (words < 300 || words > 400) {
            throw new IllegalStateException("benchmark article should be about 350 words, has " + words);
        }
        summarizer = ExtractiveSummarizer.withDefaultModel();
    }

    @Benchmark
    public Summary summarize() {
        return summarizer.summarize(sentences, title, "id", TierLengths.DEFAULTS);
    }

    @Benchmark
    public Summary parseAndSummarize() {
        Article article = ArticleParser.parse(raw);
        return summarizer.summarize(article.bodySentences(), article.title(), "id", TierLengths.DEFAULTS);
    }
}
