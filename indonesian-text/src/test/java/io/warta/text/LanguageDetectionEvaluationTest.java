package io.warta.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * How well {@link LanguageDetector} keeps other languages out and lets Indonesian in, on short texts (one sentence)
 * and long ones (several sentences or a whole article). Foreign news: the sentences of {@code foreign-news.tsv},
 * written for this test. Indonesian: the held-out (odd) lines of {@code news-dev} and {@code general-dev} and the
 * IndoSum dev articles; English: Global Voices sentences; all from {@code ../shared} (skipped where it is absent).
 * Prints the table of docs/evaluation/language-detection.md and fails when the detector falls below it.
 */
class LanguageDetectionEvaluationTest {

    private static final Path SHARED = Path.of("").toAbsolutePath().getParent().getParent().resolve("shared/data");
    private static final int LONG_SENTENCES = 4;

    @Test
    void foreignNewsIsRefusedAndIndonesianIsNot() throws IOException {
        Map<String, List<String>> foreign = foreignSentences();
        StringBuilder table = new StringBuilder("| texts | n | refused as not Indonesian | labelled correctly |\n"
                + "| --- | --- | --- | --- |\n");
        int shortRefused = 0;
        int shortTotal = 0;
        int longRefused = 0;
        int longTotal = 0;
        for (Map.Entry<String, List<String>> language : foreign.entrySet()) {
            List<String> sentences = language.getValue();
            Score one = score(language.getKey(), sentences);
            Score many = score(language.getKey(), windows(sentences, LONG_SENTENCES));
            row(table, language.getKey() + ", one sentence", one);
            row(table, language.getKey() + ", " + LONG_SENTENCES + " sentences", many);
            shortRefused += one.refused;
            shortTotal += one.total;
            longRefused += many.refused;
            longTotal += many.total;
        }
        table.append("| all foreign, one sentence | ").append(shortTotal).append(" | ")
                .append(percent(shortRefused, shortTotal)).append(" | |\n");
        table.append("| all foreign, ").append(LONG_SENTENCES).append(" sentences | ").append(longTotal).append(" | ")
                .append(percent(longRefused, longTotal)).append(" | |\n");

        if (Files.isDirectory(SHARED)) {
            List<String> english = lines(SHARED.resolve("monolingual/globalvoices-en.part0.txt"), 2000, false);
            row(table, "en (Global Voices), one sentence", score("en", english));
            row(table, "en (Global Voices), " + LONG_SENTENCES + " sentences", score("en", windows(english, LONG_SENTENCES)));
            List<String> news = lines(SHARED.resolve("parallel/dev/news-dev.id"), Integer.MAX_VALUE, true);
            List<String> general = lines(SHARED.resolve("parallel/dev/general-dev.id"), Integer.MAX_VALUE, true);
            List<String> articles = indoSumArticles(SHARED.resolve("summarization/indosum-dev.jsonl"));
            Score newsScore = score("id", news);
            Score generalScore = score("id", general);
            Score articleScore = score("id", articles);
            row(table, "id (news-dev, odd lines), one sentence", newsScore);
            row(table, "id (general-dev, odd lines), one sentence", generalScore);
            row(table, "id (IndoSum dev), whole articles", articleScore);
            System.out.println(table);
            // Indonesian must pass: a refused Indonesian article is a lost customer.
            assertThat(newsScore.refused).as("news-dev sentences refused").isLessThanOrEqualTo(newsScore.total / 200);
            assertThat(generalScore.refused).as("general-dev sentences refused").isLessThanOrEqualTo(generalScore.total / 100);
            assertThat(articleScore.refused).as("IndoSum articles refused").isZero();
        } else {
            System.out.println(table);
        }
        assertThat(longRefused).as("foreign texts of several sentences refused").isEqualTo(longTotal);
        assertThat(shortRefused).as("foreign single sentences refused").isGreaterThanOrEqualTo(shortTotal * 9 / 10);
        assumeTrue(Files.isDirectory(SHARED), "../shared is not here: Indonesian and English were not measured");
    }

    private record Score(int total, int refused, int labelled) {
    }

    private static Score score(String expected, List<String> texts) {
        int refused = 0;
        int labelled = 0;
        for (String text : texts) {
            LanguageDetector.Detection d = LanguageDetector.detect(text);
            refused += d.isClearlyNot(LanguageDetector.INDONESIAN) ? 1 : 0;
            labelled += d.is(expected) ? 1 : 0;
        }
        return new Score(texts.size(), refused, labelled);
    }

    private static void row(StringBuilder table, String name, Score score) {
        table.append("| ").append(name).append(" | ").append(score.total).append(" | ")
                .append(percent(score.refused, score.total)).append(" | ")
                .append(percent(score.labelled, score.total)).append(" |\n");
    }

    private static String percent(int part, int total) {
        return total == 0 ? "–" : String.format(java.util.Locale.ROOT, "%.1f %%", 100.0 * part / total);
    }

    /** Every run of {@code size} consecutive sentences, wrapping around: as many long texts as sentences. */
    private static List<String> windows(List<String> sentences, int size) {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            StringBuilder text = new StringBuilder();
            for (int j = 0; j < size; j++) {
                text.append(j == 0 ? "" : " ").append(sentences.get((i + j) % sentences.size()));
            }
            texts.add(text.toString());
        }
        return texts;
    }

    static Map<String, List<String>> foreignSentences() throws IOException {
        Map<String, List<String>> byLanguage = new LinkedHashMap<>();
        try (InputStream in = LanguageDetectionEvaluationTest.class.getResourceAsStream("/foreign-news.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int tab = line.indexOf('\t');
                byLanguage.computeIfAbsent(line.substring(0, tab), k -> new ArrayList<>()).add(line.substring(tab + 1));
            }
        }
        return byLanguage;
    }

    /** Non-blank lines; with {@code oddOnly}, only lines 1, 3, 5, … (the held-out half of a dev set). */
    private static List<String> lines(Path file, int max, boolean oddOnly) throws IOException {
        List<String> all = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < all.size() && kept.size() < max; i++) {
            if ((!oddOnly || i % 2 == 0) && !all.get(i).isBlank()) {
                kept.add(all.get(i));
            }
        }
        return kept;
    }

    /** Each article's tokens joined by spaces (the corpus is tokenized), read without a JSON library. */
    private static List<String> indoSumArticles(Path file) throws IOException {
        List<String> articles = new ArrayList<>();
        try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
            lines.forEach(line -> {
                int from = line.indexOf("\"paragraphs\":");
                int to = line.indexOf("]]]", from);
                if (from < 0 || to < 0) {
                    return;
                }
                StringBuilder text = new StringBuilder();
                boolean inString = false;
                for (int i = from + "\"paragraphs\":".length(); i < to; i++) {
                    char c = line.charAt(i);
                    if (c == '\\' && inString && i + 1 < to) {
                        text.append(line.charAt(++i));
                    } else if (c == '"') {
                        inString = !inString;
                        if (!inString) {
                            text.append(' ');
                        }
                    } else if (inString) {
                        text.append(c);
                    }
                }
                articles.add(text.toString().strip());
            });
        }
        return articles;
    }
}
