package io.warta.summary.summarizer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Checks against IndoSum dev (skipped when ../shared is absent): a held-out regression check
 * on a fixed slice, and the tier rules as a property over the whole dev set.
 */
class IndoSumDevTest {

    private static final int SLICE = 500;
    private static List<IndoSum.Article> articles;

    @BeforeAll
    static void load() throws IOException {
        Path dev = IndoSum.devPath();
        Assumptions.assumeTrue(dev != null, "../shared/data/summarization/indosum-dev.jsonl not present");
        articles = IndoSum.read(dev, Integer.MAX_VALUE);
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
