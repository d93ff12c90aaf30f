package io.warta.gateway.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.warta.gateway.client.SummaryApi.KeyPoints;
import io.warta.gateway.client.SummaryApi.SummaryResult;
import io.warta.gateway.client.SummaryApi.Tier;
import io.warta.gateway.client.SummaryApi.Tiers;
import io.warta.gateway.client.TranslationApi.Segment;
import io.warta.gateway.client.TranslationApi.Translation;
import io.warta.gateway.client.TranslationApi.Warning;
import io.warta.problem.ProblemException;
import io.warta.text.Article;
import io.warta.text.Article.Paragraph;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The article's result put together from translations and tiers, without a service or a call. */
class ArticleAssemblyTest {

    private static final String ENGINE = "builtin/phrase-aaaaaaaaaaaa";
    private static final String FALLBACK = "libretranslate/lt@host/bbbbbbbbbbbb";

    private static final String A = "Banjir melanda Bekasi pada Senin pagi.";
    private static final String B = "Ratusan warga mengungsi ke masjid.";
    private static final String C = "Pemerintah menyiapkan dapur umum.";

    /** Title, a two-sentence standfirst, a date, a caption, a byline; three paragraphs, the last repeating A. */
    private static Article article() {
        return new Article("Banjir Bekasi", "Air naik semalam. Warga waspada.", List.of("Siti Rahmawati"),
                "Senin, 3 Maret 2025", List.of("Warga berkumpul di lapangan /Antara"),
                List.of(new Paragraph(A + " " + B, List.of(A, B)), new Paragraph(C, List.of(C)),
                        new Paragraph(A, List.of(A))));
    }

    /** What a translate-service answers for presplit sentences: one segment each, made by {@code engineOf}. */
    private static List<Translation> translate(List<String> sentences, Function<String, String> engineOf) {
        return sentences.stream().map(s -> new Translation("EN<" + s + ">", engineOf.apply(s),
                List.of(new Segment(s, "EN<" + s + ">", engineOf.apply(s), false, null, List.of())))).toList();
    }

    private static String en(String sentence) {
        return "EN<" + sentence + ">";
    }

    private static SummaryResult tiers(List<String> sentences, List<Integer> standard, List<Integer> detailed,
            String headline, String shortSummary, List<String> keyPoints) {
        return new SummaryResult("id", "ranked-test", sentences, new Tiers(new Tier(headline, List.of(0)),
                new Tier(shortSummary, List.of(1)), new Tier("", standard), new Tier("", detailed),
                new KeyPoints(keyPoints, List.of(0))));
    }

    @Test
    void everySentenceIsSentOnceAsTheParserSplitItAndComesBackInItsParagraph() {
        ArticleAssembly assembly = ArticleAssembly.of(article());

        // Furniture first, split as translate-service would; the body as the parser split it; A once though said twice.
        assertThat(assembly.pending()).containsExactly("Banjir Bekasi", "Air naik semalam.", "Warga waspada.",
                "Senin, 3 Maret 2025", "Warga berkumpul di lapangan /Antara", A, B, C);
        assertThat(assembly.bodySentences()).containsExactly(A, B, C, A);
        assembly.translated(translate(assembly.pending(), s -> ENGINE));
        assertThat(assembly.pending()).isEmpty();

        ArticleResult result = assembly.result();
        assertThat(result.translation().text()).isEqualTo(
                en("Air naik semalam.") + " " + en("Warga waspada.") + "\n\n"
                        + en(A) + " " + en(B) + "\n\n" + en(C) + "\n\n" + en(A));
        assertThat(result.translation().segments()).extracting(ArticleResult.Segment::source)
                .containsExactly("Air naik semalam.", "Warga waspada.", A, B, C, A);
        assertThat(result.translation().segments()).extracting(ArticleResult.Segment::translation)
                .containsExactly(en("Air naik semalam."), en("Warga waspada."), en(A), en(B), en(C), en(A));
        assertThat(result.title()).isEqualTo(new ArticleResult.Passage("Banjir Bekasi", en("Banjir Bekasi")));
        assertThat(result.furniture().standfirst()).isEqualTo(new ArticleResult.Passage(
                "Air naik semalam. Warga waspada.", en("Air naik semalam.") + " " + en("Warga waspada.")));
        assertThat(result.furniture().date().translation()).isEqualTo(en("Senin, 3 Maret 2025"));
        assertThat(result.furniture().captions()).extracting(ArticleResult.Passage::translation)
                .containsExactly(en("Warga berkumpul di lapangan /Antara"));
        assertThat(result.furniture().bylines()).containsExactly("Siti Rahmawati");
        assertThat(result.id()).isNull();
        assertThat(result.cached()).isFalse();
    }

    @Test
    void tiersPointIntoTheTranslatedBodyAndOnlyTheSummarysOwnTextsAreTranslatedAgain() {
        ArticleAssembly assembly = ArticleAssembly.of(article());
        assembly.translated(translate(assembly.pending(), s -> ENGINE));

        assertThat(assembly.summarized(tiers(List.of(A, B, C, A), List.of(0, 2), List.of(1, 2, 3),
                "Banjir melanda Bekasi", B, List.of(C, "Warga butuh bantuan.")))).isTrue();
        // B and C are translated already: only the compressed headline and the new key point are left.
        assertThat(assembly.pending()).containsExactly("Banjir melanda Bekasi", "Warga butuh bantuan.");
        assembly.translated(translate(assembly.pending(), s -> ENGINE));

        ArticleResult result = assembly.result();
        assertThat(result.summaries()).isEqualTo(new ArticleResult.Summaries(en("Banjir melanda Bekasi"), en(B),
                en(A) + " " + en(C), en(B) + " " + en(C) + " " + en(A), List.of(en(C), en("Warga butuh bantuan."))));
        assertThat(result.degraded()).isEmpty();
        assertThat(result.degradedReasons()).isEmpty();
        assertThat(result.engines()).isEqualTo(new ArticleResult.Engines(ENGINE, List.of(ENGINE), "ranked-test"));
        // The summary's own sentences are not body segments.
        assertThat(result.translation().segments()).hasSize(6);
    }

    @Test
    void blankTierTextsStayBlank() {
        ArticleAssembly assembly = ArticleAssembly.of(article());
        assembly.translated(translate(assembly.pending(), s -> ENGINE));

        assertThat(assembly.summarized(tiers(List.of(A, B, C, A), List.of(0), List.of(0), "", " ", List.of()))).isTrue();
        assertThat(assembly.pending()).isEmpty();
        ArticleResult.Summaries summaries = assembly.result().summaries();
        assertThat(summaries.headline()).isEmpty();
        assertThat(summaries.shortSummary()).isEmpty();
        assertThat(summaries.keyPoints()).isEmpty();
    }

    @Test
    void withoutTiersTheResultIsDegradedAndSaysWhy() {
        ArticleAssembly down = ArticleAssembly.of(article());
        down.translated(translate(down.pending(), s -> ENGINE));
        ArticleResult unavailable = down.result();
        assertThat(unavailable.summaries()).isNull();
        assertThat(unavailable.degraded()).containsExactly("summaries");
        assertThat(unavailable.degradedReasons()).isEqualTo(Map.of("summaries", "unavailable"));
        assertThat(unavailable.engines().summary()).isNull();

        ArticleAssembly tooLong = ArticleAssembly.of(article());
        tooLong.translated(translate(tooLong.pending(), s -> ENGINE));
        tooLong.summariesRefused(true);
        assertThat(tooLong.result().degradedReasons()).isEqualTo(Map.of("summaries", "article-too-long"));

        ArticleAssembly refused = ArticleAssembly.of(article());
        refused.translated(translate(refused.pending(), s -> ENGINE));
        refused.summariesRefused(false);
        assertThat(refused.result().degradedReasons()).isEqualTo(Map.of("summaries", "refused"));
    }

    @Test
    void tiersForOtherSentencesAreNotUsed() {
        ArticleAssembly assembly = ArticleAssembly.of(article());
        assembly.translated(translate(assembly.pending(), s -> ENGINE));

        // Three sentences where the article has four; then four, but an index beyond them.
        assertThat(assembly.summarized(tiers(List.of(A, B, C), List.of(0), List.of(0), "x", B, List.of()))).isFalse();
        assertThat(assembly.summarized(tiers(List.of(A, B, C, A), List.of(4), List.of(0), "x", B, List.of()))).isFalse();
        assertThat(assembly.pending()).isEmpty();
        ArticleResult result = assembly.result();
        assertThat(result.summaries()).isNull();
        assertThat(result.degradedReasons()).isEqualTo(Map.of("summaries", "unavailable"));
    }

    @Test
    void theEnginesAreThoseThatReallyTranslatedMixedWhenAFallbackTookPart() {
        ArticleAssembly assembly = ArticleAssembly.of(article());
        // The fallback translated B only (the preferred engine failed on it); C's segment names no engine.
        List<Translation> answers = assembly.pending().stream().map(s -> s.equals(B)
                ? new Translation(en(s), FALLBACK, List.of(new Segment(s, en(s), FALLBACK, false, null, List.of())))
                : s.equals(C)
                        ? new Translation(en(s), ENGINE, List.of(new Segment(s, en(s), null, true, null,
                                List.of(new Warning("untranslated", "the translation is the source")))))
                        : new Translation(en(s), ENGINE, List.of(new Segment(s, en(s), ENGINE, false, null, List.of()))))
                .toList();
        assembly.translated(answers);

        ArticleResult result = assembly.result();
        assertThat(result.engines().translation()).isEqualTo(ArticleResult.Engines.MIXED);
        assertThat(result.engines().translationEngines()).containsExactly(ENGINE, FALLBACK);
        assertThat(result.translation().segments()).extracting(ArticleResult.Segment::engine)
                .containsExactly(ENGINE, ENGINE, ENGINE, FALLBACK, ENGINE, ENGINE);
        ArticleResult.Segment c = result.translation().segments().get(4);
        assertThat(c.cached()).isTrue();
        assertThat(c.warnings()).containsExactly(new ArticleResult.Warning("untranslated", "the translation is the source"));
    }

    @Test
    void anArticleWithoutBodyIsABadRequestAndAnUntranslatedOneHasNoResult() {
        Article furnitureOnly = new Article("Banjir", null, List.of(), null, List.of(), List.of());
        assertThatThrownBy(() -> ArticleAssembly.of(furnitureOnly)).isInstanceOf(ProblemException.class)
                .satisfies(e -> assertThat(((ProblemException) e).status()).isEqualTo(400));

        ArticleAssembly assembly = ArticleAssembly.of(article());
        assertThatThrownBy(assembly::result).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> assembly.translated(translate(List.of(A), s -> ENGINE)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("1 translations for 8 sentences");
    }
}
