package io.warta.translate.engine.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.warta.text.testing.ProjectFiles;
import io.warta.translate.engine.training.Corpora;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Summed per-sentence statistics give MtMetrics' corpus chrF and BLEU. */
class MetricStatisticsTest {

    private static long[] sum(List<String> hyps, List<String> refs) {
        long[] t = new long[MetricStatistics.SIZE];
        for (int i = 0; i < hyps.size(); i++) {
            int[] s = MetricStatistics.of(hyps.get(i), new MetricStatistics.Reference(refs.get(i)));
            for (int k = 0; k < s.length; k++) {
                t[k] += s[k];
            }
        }
        return t;
    }

    @Test
    void smallCorpusMatchesMtMetrics() {
        List<String> refs = List.of("The cat sat on the mat.", "He said, \"It costs 1,500 dollars.\"", "");
        List<String> hyps = List.of("the cat sat on a mat .", "He says it costs 1,500 dollar.", "Nothing");
        long[] t = sum(hyps, refs);
        assertThat(MetricStatistics.chrf(t)).isCloseTo(MtMetrics.chrf(hyps, refs), within(1e-9));
        assertThat(MetricStatistics.bleu(t)).isCloseTo(MtMetrics.bleu(hyps, refs), within(1e-9));
    }

    /** Whole dev sets (needs ../shared): the Indonesian source lines as hypotheses share names and numbers. */
    @Test
    void wholeDevSetsMatchMtMetrics() throws IOException {
        Path dev = ProjectFiles.requireShared("data/parallel/dev");
        for (String set : List.of("news-dev", "general-dev")) {
            List<String> refs = Corpora.lines(dev.resolve(set + ".en"));
            List<String> hyps = Corpora.lines(dev.resolve(set + ".id"));
            long[] t = sum(hyps, refs);
            assertThat(MetricStatistics.chrf(t)).isCloseTo(MtMetrics.chrf(hyps, refs), within(1e-9));
            assertThat(MetricStatistics.bleu(t)).isCloseTo(MtMetrics.bleu(hyps, refs), within(1e-9));
            List<String> shifted = refs.subList(1, refs.size());
            long[] u = sum(shifted, refs.subList(0, refs.size() - 1));
            assertThat(MetricStatistics.chrf(u)).isCloseTo(MtMetrics.chrf(shifted, refs.subList(0, refs.size() - 1)),
                    within(1e-9));
        }
    }
}
