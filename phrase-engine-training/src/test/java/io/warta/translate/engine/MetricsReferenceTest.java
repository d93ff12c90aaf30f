package io.warta.translate.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.warta.translate.engine.eval.MtMetrics;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Pins {@link MtMetrics} to the numbers {@code ../shared/tools/mt_score.py} gives on a small committed fixture
 * ({@code src/test/resources/metrics/hyp.en} and {@code ref.en}: punctuation, a thousands separator, a digit-hyphen
 * range, an emoji outside the BMP, a no-break space in a reference, an untranslated line). The expected values were
 * produced, not computed here:
 *
 * <pre>
 * python3 ../shared/tools/mt_score.py phrase-engine-training/src/test/resources/metrics/hyp.en phrase-engine-training/src/test/resources/metrics/ref.en
 *   → chrF 75.1  BLEU 49.1  segments 6
 * cd ../shared/tools &amp;&amp; python3 -c "import mt_score as m; ...; print(repr(m.chrf(h, r)), repr(m.bleu(h, r)))"
 *   → 75.13738015286967 49.12661150235257 (all six lines); 65.40131179861056 24.264382743890415 (the first line alone)
 * </pre>
 */
class MetricsReferenceTest {

    private static List<String> lines(String name) throws IOException {
        try (InputStream in = MetricsReferenceTest.class.getResourceAsStream("/metrics/" + name)) {
            assertThat(in).as("test resource metrics/" + name).isNotNull();
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            // mt_score.py: read().rstrip("\n").split("\n")
            return Arrays.asList(text.replaceAll("\n+$", "").split("\n", -1));
        }
    }

    @Test
    void corpusScoresMatchMtScorePy() throws IOException {
        List<String> hyp = lines("hyp.en");
        List<String> ref = lines("ref.en");
        assertThat(hyp).hasSize(6).hasSameSizeAs(ref);

        double chrf = MtMetrics.chrf(hyp, ref);
        double bleu = MtMetrics.bleu(hyp, ref);
        assertThat(chrf).isCloseTo(75.13738015286967, within(1e-9));
        assertThat(bleu).isCloseTo(49.12661150235257, within(1e-9));
        // What the script prints, to its one decimal.
        assertThat(String.format(Locale.ROOT, "chrF %.1f  BLEU %.1f", chrf, bleu)).isEqualTo("chrF 75.1  BLEU 49.1");
    }

    @Test
    void oneSentenceMatchesMtScorePy() throws IOException {
        List<String> hyp = lines("hyp.en").subList(0, 1);
        List<String> ref = lines("ref.en").subList(0, 1);
        assertThat(MtMetrics.chrf(hyp, ref)).isCloseTo(65.40131179861056, within(1e-9));
        assertThat(MtMetrics.bleu(hyp, ref)).isCloseTo(24.264382743890415, within(1e-9));
    }
}
