package io.warta.summary.summarizer;

import static org.assertj.core.api.Assertions.assertThat;

import io.warta.text.testing.ProjectFiles;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Checks against IndoSum dev (skipped when ../shared is absent, failed under CI=true): a held-out regression check
 * on a fixed slice, and the tier rules as a property over the whole dev set.
 */
class IndoSumDevTest {

    private static final int SLICE = 500;
    /** ROUGE-1 points the shipped model may move from its recorded value. */
    static final double ROUGE_TOLERANCE = 0.3;
    private static final List<String> TIERS = List.of("headline", "short", "standard", "detailed", "keyPoints");
    private static List<IndoSum.Article> articles;

    @BeforeAll
    static void load() throws IOException {
        articles = IndoSum.read(IndoSum.devPath(), Integer.MAX_VALUE);
    }

    /**
     * Weights fitted on articles 500–1999 only, scored on the first 500: the standard tier must beat
     * LEAD-3 there by the one ROUGE-1 point margin's worth of slack (measured: see docs).
     */
    @Test
    void standardTierBeatsLead3OnAHeldOutSlice() {
        List<ModelFitter.Prepared> train = articles.subList(SLICE, 2000).stream().map(ModelFitter.Prepared::of).toList();
        List<ModelFitter.Prepared> test = articles.subList(0, SLICE).stream().map(ModelFitter.Prepared::of).toList();
        RankingModel model = ModelFitter.fit(train);
        SentenceRanker ranker = new SentenceRanker(model);

        double system = 0;
        double lead3 = 0;
        for (ModelFitter.Prepared p : test) {
            List<String> s = p.article().sentences();
            Summary summary = ExtractiveSummarizer.tiers(s, "id", ranker.rank(p.graph(), p.features()), TierLengths.DEFAULTS);
            system += Rouge.scores(summary.standard().text(), p.article().reference())[0];
            lead3 += Rouge.scores(String.join(" ", s.subList(0, Math.min(3, s.size()))), p.article().reference())[0];
        }
        system = 100 * system / test.size();
        lead3 = 100 * lead3 / test.size();
        System.out.printf("held-out slice of %d: standard ROUGE-1 %.2f, LEAD-3 %.2f%n", test.size(), system, lead3);
        assertThat(system).isGreaterThan(lead3 + 1.0);
    }

    /**
     * The weights that ship ({@link ExtractiveSummarizer#withDefaultModel()}) scored on all of IndoSum dev, each tier
     * against the gold summary, held to the ROUGE-1 recorded in docs/evaluation/recorded-quality.properties (which
     * docs/evaluation/summaries.md quotes) within {@link #ROUGE_TOLERANCE}, both ways: a drop fails, and so does a
     * gain nobody recorded. The weights were fitted on all of dev, so these are in-sample figures; the
     * cross-validated claim is the held-out test above.
     */
    @Test
    void shippedModelHoldsItsRecordedRouge() {
        ExtractiveSummarizer summarizer = ExtractiveSummarizer.withDefaultModel();
        Map<String, Double> total = new LinkedHashMap<>();
        for (IndoSum.Article a : articles) {
            Summary s = summarizer.summarize(a.sentences(), a.title(), "id", TierLengths.DEFAULTS);
            Map<String, String> tiers = Map.of("headline", s.headline().text(), "short", s.shortSummary().text(),
                    "standard", s.standard().text(), "detailed", s.detailed().text(),
                    "keyPoints", String.join(" ", s.keyPoints().items()));
            for (String tier : TIERS) {
                total.merge(tier, Rouge.scores(tiers.get(tier), a.reference())[0], Double::sum);
            }
        }
        StringBuilder measured = new StringBuilder();
        for (String tier : TIERS) {
            measured.append(String.format(Locale.ROOT, "summary.default-model.indosum-dev.%s.rouge1=%.2f%n", tier,
                    100 * total.get(tier) / articles.size()));
        }
        System.out.print("shipped summarizer on IndoSum dev (" + articles.size() + " articles):\n" + measured);
        for (String tier : TIERS) {
            double rouge1 = 100 * total.get(tier) / articles.size();
            double recorded = ProjectFiles.recorded("summary.default-model.indosum-dev." + tier + ".rouge1");
            assertThat(rouge1).as("%s ROUGE-1 of the shipped weights (recorded %.2f; if the model changed on "
                    + "purpose, record the new values in %s and the docs)", tier, recorded, ProjectFiles.RECORDED)
                    .isBetween(recorded - ROUGE_TOLERANCE, recorded + ROUGE_TOLERANCE);
        }
    }

    @Test
    void tierRulesHoldOnEveryDevArticle() {
        ExtractiveSummarizer summarizer = ExtractiveSummarizer.withDefaultModel();
        TierLengths custom = new TierLengths(TierLengths.Length.count(4), TierLengths.Length.percent(50),
                TierLengths.Length.count(3));
        int fewerThanThreeKeyPoints = 0;
        for (IndoSum.Article a : articles) {
            Summary s = summarizer.summarize(a.sentences(), a.title(), "id", TierLengths.DEFAULTS);
            TierRules.assertAll(s, TierLengths.DEFAULTS);
            assertThat(summarizer.summarize(a.sentences(), a.title(), "id", TierLengths.DEFAULTS)).isEqualTo(s);
            TierRules.assertAll(summarizer.summarize(a.sentences(), a.title(), "id", custom), custom);
            if (s.keyPoints().items().size() < Math.min(3, a.sentences().size())) {
                fewerThanThreeKeyPoints++;
            }
        }
        // Only articles whose sentences all repeat each other or are boilerplate may have fewer than 3 bullets.
        assertThat(fewerThanThreeKeyPoints).isLessThan(articles.size() / 100);
    }
}
