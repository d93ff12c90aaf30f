package io.warta.summary.summarizer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExtractiveSummarizerTest {

    private static final ExtractiveSummarizer SUMMARIZER = ExtractiveSummarizer.withDefaultModel();

    private static final List<String> ARTICLE = List.of(
            "Jakarta, CNN Indonesia -- Pemerintah menaikkan harga beras medium di seluruh provinsi mulai pekan depan untuk menjaga pasokan.",
            "Kenaikan harga beras itu diputuskan dalam rapat koordinasi di Kementerian Perekonomian pada Senin (3/3).",
            "Baca juga: Harga Cabai Turun di Pasar Induk",
            "Menteri Perdagangan mengatakan stok beras nasional saat ini cukup untuk tiga bulan.",
            "\"Kami tidak ingin petani merugi karena harga gabah jatuh,\" ujar Menteri Pertanian di Jakarta.",
            "Sejumlah pedagang di pasar tradisional menyambut baik keputusan pemerintah tersebut.",
            "Namun, konsumen mengeluhkan kenaikan harga beras yang dinilai memberatkan rumah tangga.",
            "Pemerintah juga akan menggelar operasi pasar beras di 50 kota.",
            "Operasi pasar itu diharapkan menahan laju inflasi pangan.",
            "Bank Indonesia mencatat inflasi bulan lalu sebesar 2,5 persen.");

    @Test
    void tiersNestAndFollowTheRules() {
        Summary s = SUMMARIZER.summarize(ARTICLE, "Pemerintah Naikkan Harga Beras", "id", TierLengths.DEFAULTS);

        TierRules.assertAll(s, TierLengths.DEFAULTS);
        assertThat(s.standard().sentences()).hasSize(3);
        assertThat(s.detailed().sentences()).hasSize(4); // 40% of 10
        assertThat(s.keyPoints().items()).hasSizeBetween(3, 5);
    }

    @Test
    void leadSentenceWinsAndBoilerplateNeverAppears() {
        Summary s = SUMMARIZER.summarize(ARTICLE, "Pemerintah Naikkan Harga Beras", "id", TierLengths.DEFAULTS);

        assertThat(s.shortSummary().sentences()).containsExactly(0);
        assertThat(s.shortSummary().text()).startsWith("Pemerintah menaikkan harga beras"); // dateline dropped
        assertThat(s.detailed().sentences()).doesNotContain(2);
        assertThat(s.keyPoints().sentences()).doesNotContain(2);
        assertThat(s.headline().text()).doesNotContain("CNN").doesNotEndWith(".");
    }

    @Test
    void identicalInputGivesIdenticalOutput() {
        Summary a = SUMMARIZER.summarize(ARTICLE, "Pemerintah Naikkan Harga Beras", "id", TierLengths.DEFAULTS);
        Summary b = ExtractiveSummarizer.withDefaultModel().summarize(new ArrayList<>(ARTICLE), "Pemerintah Naikkan Harga Beras",
                "id", TierLengths.DEFAULTS);
        assertThat(b).isEqualTo(a);
    }

    @Test
    void requestedLengthsAreHonouredAndDetailedIsNeverShorterThanStandard() {
        TierLengths lengths = new TierLengths(TierLengths.Length.count(4), TierLengths.Length.percent(20),
                TierLengths.Length.count(3));
        Summary s = SUMMARIZER.summarize(ARTICLE, null, "id", lengths);

        TierRules.assertAll(s, lengths);
        assertThat(s.standard().sentences()).hasSize(4);
        assertThat(s.detailed().sentences()).hasSize(4); // 20% = 2, raised to standard
        assertThat(s.keyPoints().items()).hasSize(3);
        TierLengths.Length parsed = TierLengths.Length.parse("50%");
        assertThat(parsed.resolve(ARTICLE.size())).isEqualTo(5);
    }

    @Test
    void repeatedSentenceIsPickedOnce() {
        List<String> doc = new ArrayList<>(ARTICLE);
        doc.add(1, ARTICLE.get(0).replace("Jakarta, CNN Indonesia -- ", ""));
        Summary s = SUMMARIZER.summarize(doc, null, "id", TierLengths.DEFAULTS);

        assertThat(s.standard().sentences()).doesNotContainSequence(0, 1);
        assertThat(s.keyPoints().sentences()).doesNotContainSequence(0, 1);
    }

    @Test
    void tinyInputs() {
        Summary empty = SUMMARIZER.summarize(List.of(), null, "id", TierLengths.DEFAULTS);
        assertThat(empty.standard().sentences()).isEmpty();
        assertThat(empty.headline().text()).isEmpty();
        assertThat(empty.keyPoints().items()).isEmpty();

        Summary one = SUMMARIZER.summarize(List.of("Harga beras naik tajam di seluruh pasar tradisional Jakarta."), null, "id",
                TierLengths.DEFAULTS);
        TierRules.assertAll(one, TierLengths.DEFAULTS);
        assertThat(one.standard().sentences()).containsExactly(0);
        assertThat(one.detailed().sentences()).containsExactly(0);
        assertThat(one.keyPoints().items()).containsExactly("Harga beras naik tajam di seluruh pasar tradisional Jakarta.");
    }

    @Test
    void englishArticle() {
        List<String> doc = List.of(
                "WASHINGTON (Reuters) - Russian President Vladimir Putin called North Korean leader Kim Jong Un on Tuesday to brief him on the war in Ukraine ahead of his summit with Donald Trump in Alaska.",
                "The call took place in a warm and friendly atmosphere, state media said.",
                "Kim said North Korea would always support the decisions of the Russian leadership, according to KCNA.",
                "The two leaders also exchanged views on strategic issues of common interest.",
                "Putin and Trump are due to meet on Friday as Washington pushes for a ceasefire.",
                "Ukraine has rejected any deal that would cede territory to Russia.",
                "Putin spoke with Chinese President Xi Jinping last week.");
        Summary s = SUMMARIZER.summarize(doc, "Putin calls Kim before meeting Trump", "en", TierLengths.DEFAULTS);

        TierRules.assertAll(s, TierLengths.DEFAULTS);
        assertThat(s.language()).isEqualTo("en");
        assertThat(s.shortSummary().sentences()).containsExactly(0);
        assertThat(s.headline().text()).startsWith("Russian President Vladimir Putin called").doesNotContain("Reuters");
        assertThat(s.keyPoints().items()).noneMatch(k -> k.contains("according to") || k.endsWith("state media said."));
    }
}
