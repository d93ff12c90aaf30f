package io.warta.summary.summarizer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Pins the test ROUGE ({@link Rouge}, which fitting and the IndoSum tests use) to the numbers
 * {@code ../shared/tools/rouge.py} gives on a small committed fixture ({@code src/test/resources/rouge/system.txt}
 * and {@code reference.txt}: Indonesian and English, punctuation, hyphenated names, digits). Produced by:
 *
 * <pre>
 * python3 ../shared/tools/rouge.py summary-service/src/test/resources/rouge/system.txt summary-service/src/test/resources/rouge/reference.txt
 *   → ROUGE-1 70.15  ROUGE-2 38.34  ROUGE-L 54.79  documents 4
 * cd ../shared/tools &amp;&amp; python3 -c "import rouge as m; ...; print(m.scores(a, b))"   (per document, below)
 * </pre>
 */
class RougeReferenceTest {

    /** rouge.scores(system line, reference line) from rouge.py, per document: ROUGE-1, ROUGE-2, ROUGE-L F1. */
    private static final double[][] PER_DOCUMENT = {
        {0.6250000000000001, 0.4000000000000001, 0.6250000000000001},
        {0.5833333333333334, 0.1818181818181818, 0.33333333333333337},
        {0.823529411764706, 0.39999999999999997, 0.5882352941176471},
        {0.7741935483870968, 0.5517241379310345, 0.6451612903225806},
    };

    private static List<String> lines(String name) throws IOException {
        try (InputStream in = RougeReferenceTest.class.getResourceAsStream("/rouge/" + name)) {
            assertThat(in).as("test resource rouge/" + name).isNotNull();
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return Arrays.asList(text.replaceAll("\n+$", "").split("\n", -1));
        }
    }

    @Test
    void matchesRougePyPerDocumentAndOnAverage() throws IOException {
        List<String> system = lines("system.txt");
        List<String> reference = lines("reference.txt");
        assertThat(system).hasSize(PER_DOCUMENT.length).hasSameSizeAs(reference);
        double[] total = new double[3];
        for (int d = 0; d < system.size(); d++) {
            double[] scores = Rouge.scores(system.get(d), reference.get(d));
            for (int m = 0; m < 3; m++) {
                assertThat(scores[m]).as("document %d, measure %d", d, m).isCloseTo(PER_DOCUMENT[d][m], within(1e-12));
                total[m] += scores[m];
            }
        }
        int n = system.size();
        assertThat(String.format(Locale.ROOT, "ROUGE-1 %.2f  ROUGE-2 %.2f  ROUGE-L %.2f", 100 * total[0] / n,
                100 * total[1] / n, 100 * total[2] / n)).isEqualTo("ROUGE-1 70.15  ROUGE-2 38.34  ROUGE-L 54.79");
    }
}
