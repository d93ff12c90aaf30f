package io.warta.summary.summarizer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The tier rules of issue 4 as assertions, shared by the unit, example and dev-set property tests. */
final class TierRules {

    private TierRules() {
    }

    static void assertAll(Summary s, TierLengths lengths) {
        int n = s.sentences().size();
        if (n == 0) {
            assertThat(s.standard().sentences()).isEmpty();
            return;
        }
        int standard = lengths.standard().resolve(n);
        int detailed = Math.max(standard, lengths.detailed().resolve(n));

        assertThat(TextAnalyzer.wordCount(s.headline().text())).as("headline words").isBetween(1, ExtractiveSummarizer.HEADLINE_MAX_WORDS);
        assertThat(s.headline().sentences()).hasSize(1);
        assertHeadlineIsACleanCut(s.headline().text(), s.sentences().get(s.headline().sentences().get(0)), s.language());
        assertThat(TextAnalyzer.wordCount(s.shortSummary().text())).as("short words").isBetween(1, ExtractiveSummarizer.SHORT_MAX_WORDS);
        assertThat(s.shortSummary().sentences()).hasSize(1);
        assertThat(s.standard().sentences()).hasSize(standard);
        assertThat(s.detailed().sentences()).hasSize(detailed);

        assertAscendingAndInRange(s.standard().sentences(), n);
        assertAscendingAndInRange(s.detailed().sentences(), n);
        assertAscendingAndInRange(s.keyPoints().sentences(), n);
        assertThat(s.standard().sentences()).as("short ⊂ standard").containsAll(s.shortSummary().sentences());
        assertThat(s.detailed().sentences()).as("standard ⊂ detailed").containsAll(s.standard().sentences());

        List<String> joined = new ArrayList<>();
        s.standard().sentences().forEach(i -> joined.add(s.sentences().get(i)));
        assertThat(s.standard().text()).isEqualTo(String.join(" ", joined));

        List<String> items = s.keyPoints().items();
        assertThat(items).hasSameSizeAs(s.keyPoints().sentences());
        assertThat(items.size()).as("key points").isLessThanOrEqualTo(ExtractiveSummarizer.KEY_POINTS_MAX);
        TextAnalyzer analyzer = TextAnalyzer.forLanguage(s.language());
        for (int a = 0; a < items.size(); a++) {
            assertThat(TextAnalyzer.wordCount(items.get(a))).isBetween(1, ExtractiveSummarizer.KEY_POINT_MAX_WORDS);
            for (int b = a + 1; b < items.size(); b++) {
                Set<String> ta = new HashSet<>(analyzer.terms(items.get(a)));
                Set<String> tb = new HashSet<>(analyzer.terms(items.get(b)));
                assertThat(ExtractiveSummarizer.isNearDuplicate(ta, tb)).as("near-duplicate key points %s / %s",
                        items.get(a), items.get(b)).isFalse();
            }
        }
    }

    /** Function words a phrase cannot end on: a headline ending on one was cut mid-phrase. */
    private static final Set<String> DANGLING_ID = Set.of("yang", "dan", "atau", "di", "ke", "dari", "untuk", "dengan",
            "pada", "bahwa");
    private static final Set<String> DANGLING_EN = Set.of("the", "a", "an", "of", "to", "and", "or", "in", "on", "with",
            "that");

    /** The headline deletes, never rewrites: its words appear in order in the source, and it does not end on a function word. */
    static void assertHeadlineIsACleanCut(String headline, String source, String language) {
        List<String> h = TextAnalyzer.words(headline);
        List<String> src = TextAnalyzer.words(source);
        int k = 0;
        for (String w : src) {
            if (k < h.size() && h.get(k).equals(w)) {
                k++;
            }
        }
        assertThat(k).as("headline words in source order: %s ⊄ %s", headline, source).isEqualTo(h.size());
        if (!h.isEmpty()) {
            assertThat(h.get(h.size() - 1)).as("headline ends mid-phrase: %s", headline)
                    .isNotIn(language.equals("en") ? DANGLING_EN : DANGLING_ID);
        }
    }

    private static void assertAscendingAndInRange(List<Integer> indices, int n) {
        for (int k = 0; k < indices.size(); k++) {
            assertThat(indices.get(k)).isBetween(0, n - 1);
            if (k > 0) {
                assertThat(indices.get(k)).as("document order").isGreaterThan(indices.get(k - 1));
            }
        }
    }
}
