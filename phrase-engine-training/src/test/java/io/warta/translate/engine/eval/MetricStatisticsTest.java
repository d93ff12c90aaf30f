package io.warta.translate.engine.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Per-sentence statistics count what their layout names, and score as chrF and BLEU should at the extremes. That
 * their sums give {@code mt_score.py}'s corpus scores is {@code MetricsReferenceTest}'s job: MtMetrics sums them.
 */
class MetricStatisticsTest {

    private static long[] summed(int[] s) {
        long[] t = new long[s.length];
        for (int k = 0; k < s.length; k++) {
            t[k] = s[k];
        }
        return t;
    }

    @Test
    void statisticsCountCharacterAndWordNgrams() {
        // "ab ab" against "abc": spaces removed, "abab" has 4 characters (matches a, b: 2) and 3 bigrams (ab twice,
        // ba; the reference's ab, bc: 1 match); words "ab", "ab" against "abc": no match of 2, lengths 2 and 1.
        int[] s = MetricStatistics.of("ab ab", new MetricStatistics.Reference("abc"));
        assertThat(new int[] {s[0], s[1], s[2], s[3], s[4], s[5]}).containsExactly(2, 4, 3, 1, 3, 2);
        assertThat(s[3 * 2]).as("trigram matches: aba and bab against abc").isZero();
        assertThat(s[3 * MetricStatistics.CHRF_ORDER]).as("word unigram matches").isZero();
        assertThat(s[3 * MetricStatistics.CHRF_ORDER + MetricStatistics.BLEU_ORDER]).as("word unigrams").isEqualTo(2);
        assertThat(s[MetricStatistics.SIZE - 2]).as("hypothesis length").isEqualTo(2);
        assertThat(s[MetricStatistics.SIZE - 1]).as("reference length").isEqualTo(1);
    }

    @Test
    void aPerfectTranslationScoresHundredAndADisjointOneZero() {
        String sentence = "The minister said the bridge would open next year.";
        long[] same = summed(MetricStatistics.of(sentence, new MetricStatistics.Reference(sentence)));
        assertThat(MetricStatistics.chrf(same)).isCloseTo(100, within(1e-9));
        assertThat(MetricStatistics.bleu(same)).isCloseTo(100, within(1e-9));
        long[] disjoint = summed(MetricStatistics.of("xyz qqq", new MetricStatistics.Reference("abc def")));
        assertThat(MetricStatistics.chrf(disjoint)).isZero();
        assertThat(MetricStatistics.bleu(disjoint)).isZero();
    }

    @Test
    void aShorterHypothesisPaysTheBrevityPenaltyAndLosesChrfRecall() {
        String reference = "The minister said the new bridge would open to traffic next year.";
        List<String> shorter = List.of("The minister said the new bridge would open next year.");
        List<String> whole = List.of(reference);
        assertThat(MtMetrics.bleu(shorter, whole)).isLessThan(100).isGreaterThan(0);
        assertThat(MtMetrics.chrf(shorter, whole)).isLessThan(100).isGreaterThan(MtMetrics.bleu(shorter, whole));
    }
}
