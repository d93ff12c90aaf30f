package io.warta.summary.summarizer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Sentences an attacker writes: 99,000 commas overflowed the stack ({@code ,(?:\s*,)+} recurses once per comma),
 * separators at the end were trimmed by patterns tried from every character of the run, and every candidate cut
 * rescanned the sentence before it. And the rewrite changes nothing on ordinary sentences.
 */
class HostileSentencesTest {

    private static final Duration BOUND = Duration.ofSeconds(5);
    private static final ExtractiveSummarizer SUMMARIZER = ExtractiveSummarizer.withDefaultModel();

    @Test
    void runsOfSeparatorsAreCompressedInLinearTime() {
        for (String run : List.of(",", ", ", ";", "; ", ":", ". ", "( ", "— ", "- ", "\" ")) {
            String sentence = "Harga beras naik tajam " + run.repeat(99_000 / run.length()) + " di pasar.";
            Optional<String> fit = assertTimeoutPreemptively(BOUND, () -> SentenceCompressor.fit(sentence, "id", 14));
            assertThat(fit).isNotNull();
            String headline = assertTimeoutPreemptively(BOUND,
                    () -> SentenceCompressor.headline(sentence, "en", 14).orElse(""));
            assertThat(headline.length()).isLessThan(sentence.length());
        }
        assertThat(SentenceCompressor.compress("Harga naik , , ,, tajam ,;.", "id")).isEqualTo("Harga naik , tajam.");
    }

    @Test
    void anArticleOfCommasIsSummarizedInLinearTime() {
        List<String> sentences = List.of("Harga beras naik tajam di pasar induk pekan ini.", ",".repeat(99_000),
                "a " + ", ".repeat(49_000) + "b.", "Pemerintah menyiapkan operasi pasar untuk menekan harga.");
        Summary summary = assertTimeoutPreemptively(BOUND, () -> SUMMARIZER.summarize(sentences, null, "id", null));
        assertThat(summary.headline().text()).isNotBlank();
        assertThat(summary.standard().sentences()).isNotEmpty();
    }

    @Test
    void ordinarySentencesAreCompressedExactlyAsBefore() {
        List<String> pieces = List.of("Harga", "beras", "naik", "tajam", "di", "pasar", "yang", "untuk", "menjelang", "dan",
                ",", ";", ":", ".", "!", "?", "…", "\"", "“", "”", "(", ")", "[", "]", "—", "–", "-", "--", "Jakarta", "JAKARTA",
                "Bisnis.com", "Melansir", "Reuters", "kata", "ujarnya", "Selasa", "(12/8/2025)", "Menurut", "Presiden",
                "mengatakan", "said", "the", "to", "which", "after", "Meanwhile", "he", "Trump", "told", "Namun", "pada",
                "pemerintah", "menyiapkan", "operasi", "akan", "telah", "12", "persen", "according");
        Random random = new Random(16);
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            StringBuilder sb = new StringBuilder();
            int words = 1 + random.nextInt(40);
            for (int w = 0; w < words; w++) {
                if (w > 0 && random.nextInt(5) > 0) {
                    sb.append(' ');
                }
                sb.append(pieces.get(random.nextInt(pieces.size())));
            }
            String s = sb.toString();
            String language = random.nextBoolean() ? "id" : "en";
            int max = 4 + random.nextInt(40);
            if (!SentenceCompressor.compress(s, language).equals(LegacySentenceCompressor.compress(s, language))
                    || !SentenceCompressor.fit(s, language, max).equals(LegacySentenceCompressor.fit(s, language, max))
                    || !SentenceCompressor.headline(s, language, max).equals(LegacySentenceCompressor.headline(s, language, max))) {
                failures.add(language + " " + max + " " + s);
            }
        }
        assertThat(failures).isEmpty();
    }
}
