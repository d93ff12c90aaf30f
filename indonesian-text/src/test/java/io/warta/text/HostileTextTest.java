package io.warta.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Text an attacker writes: each case took seconds to minutes (backtracking or rescanning regular expressions,
 * quadratic canonical ordering) or threw {@code StackOverflowError} before the passes became linear scans. The
 * bound is two orders of magnitude above what a linear pass needs, so a loaded machine does not make it flaky;
 * the outputs are checked too, so a pass cannot "win" by doing nothing.
 */
class HostileTextTest {

    /** Far above the milliseconds a linear pass over 100,000 characters takes, far below the old quadratic passes. */
    private static final Duration BOUND = Duration.ofSeconds(3);

    private static <T> T bounded(String text, Function<String, T> pass) {
        return assertTimeoutPreemptively(BOUND, () -> pass.apply(text));
    }

    @Test
    void unclosedCommentsAndScriptsAreFoundOutOnce() {
        String comments = "<b>Banjir</b> " + "<!-- iklan ".repeat(10_000);
        assertThat(bounded(comments, MarkupText::toText)).startsWith("Banjir ").contains("<!-- iklan");
        String scripts = "<p>Banjir</p>" + "<script>x ".repeat(10_000);
        assertThat(bounded(scripts, MarkupText::toText)).startsWith("\nBanjir\nx x").doesNotContain("<script");
        String closed = "<p>Banjir</p>" + "<!-- a --><style>b</style>".repeat(5_000) + "<p>surut</p>";
        assertThat(bounded(closed, TextNormalizer::normalize)).isEqualTo("Banjir\n\nsurut");
    }

    @Test
    void runsOfOpenTagsWithoutAnEnd() {
        String text = "<b>Banjir</b> " + "<p".repeat(50_000);
        String reduced = bounded(text, MarkupText::toText);
        assertThat(reduced).startsWith("Banjir <p<p").hasSize("Banjir ".length() + 100_000);
        assertThat(bounded("<b>x</b><p " + "a ".repeat(50_000), MarkupText::toText)).startsWith("x<p a a");
    }

    @Test
    void longRunsOfCombiningMarksAreCappedBeforeCanonicalOrdering() {
        // Marks of two combining classes alternate, so canonical ordering has to sort the whole run.
        String text = "a" + "\u0316\u0301".repeat(65_000) + " b";
        String normalized = bounded(text, TextNormalizer::normalize);
        assertThat(normalized).endsWith(" b");
        assertThat(normalized.codePointCount(0, normalized.length())).isLessThanOrEqualTo(1 + TextNormalizer.MAX_COMBINING_MARKS + 2);
        // Ordinary accents are kept and composed as before.
        assertThat(TextNormalizer.normalize("Cafe\u0301 de\u0301ja\u0300")).isEqualTo("Café déjà");
    }

    @Test
    void runsOfFullStopsAreMeasuredOnce() {
        assertThat(bounded(".".repeat(100_000), SentenceSplitter::split)).containsExactly(".".repeat(100_000));
        // A run glued to the next word is no boundary, for every one of its full stops: decided once.
        assertThat(bounded("Harga" + ".".repeat(100_000) + "naik", SentenceSplitter::split)).hasSize(1);
        assertThat(bounded("Harga" + ".".repeat(100_000) + " Naik.", SentenceSplitter::split))
                .containsExactly("Harga" + ".".repeat(100_000), "Naik.");
        List<String> leading = bounded(".".repeat(60_000) + " Harga beras naik. Stok aman.", SentenceSplitter::split);
        assertThat(leading).containsExactly(".".repeat(60_000), "Harga beras naik.", "Stok aman.");
    }

    @Test
    void longDottedWordsAreNotRecursedInto() {
        String dotted = "a.".repeat(50_000) + " Lalu harga naik.";
        assertThat(bounded(dotted, SentenceSplitter::split)).containsExactly("a.".repeat(50_000), "Lalu harga naik.");
        assertThat(SentenceSplitter.split("Ia tiba di A.S. Kemarin hujan.")).containsExactly("Ia tiba di A.S. Kemarin hujan.");
    }

    @Test
    void captionCreditsOfAnyLengthAreCheckedInOneScan() {
        Article slashes = bounded("Judul berita\nFoto warga" + " /warga".repeat(14_000) + "\nHarga naik.", ArticleParser::parse);
        assertThat(slashes.captions()).hasSize(1);
        assertThat(slashes.paragraphs()).containsExactly("Harga naik.");
        Article bracketed = bounded("Judul berita\nWarga" + " (Foto".repeat(20_000) + "\nHarga naik.", ArticleParser::parse);
        assertThat(bracketed.paragraphs()).hasSize(2);
    }

    @Test
    void wholeArticlesOfPunctuationParseInLinearTime() {
        for (String run : List.of(".", ",", ";", "- ", "—", "\"", "(", ")", "<", "&amp;", "di-", "a\u0301")) {
            String text = "Judul\n" + run.repeat(100_000 / run.length());
            Article article = bounded(text, ArticleParser::parse);
            List<String> sentences = bounded(text, t -> article.bodySentences());
            assertThat(sentences).isNotEmpty();
            assertThat(bounded(text, LanguageDetector::detect)).isNotNull();
        }
    }

    @Test
    void lettersWhoseLowerCaseIsLongerAreLoweredInLinearTime() {
        // String.toLowerCase reallocates for each 'İ' (lower case "i̇"): 100,000 of them took seconds.
        String dotted = "\u0130".repeat(100_000);
        assertThat(bounded(dotted, LowerCase::of)).hasSize(200_000).isEqualTo(dotted.toLowerCase(java.util.Locale.ROOT));
        assertThat(bounded(dotted, LanguageDetector::detect).language()).isEqualTo(LanguageDetector.UNDETERMINED);
        assertThat(LowerCase.of("Harga BERAS")).isEqualTo("harga beras");
    }
}
