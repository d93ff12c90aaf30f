package io.warta.translate.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.warta.translate.engine.eval.MtMetrics;
import java.util.List;
import org.junit.jupiter.api.Test;

class MetricsTest {

    @Test
    void perfectAndDisjointTranslations() {
        List<String> ref = List.of("The cat sat on the mat.", "It rained all day in Jakarta.");
        assertThat(MtMetrics.chrf(ref, ref)).isCloseTo(100.0, within(1e-9));
        assertThat(MtMetrics.bleu(ref, ref)).isCloseTo(100.0, within(1e-9));
        assertThat(MtMetrics.bleu(List.of("xx yy", "zz"), ref)).isEqualTo(0.0);
    }

    @Test
    void partialMatchesScoreBetween() {
        List<String> ref = List.of("The cat sat on the mat in the morning.");
        double good = MtMetrics.chrf(List.of("The cat sat on a mat in the morning."), ref);
        double bad = MtMetrics.chrf(List.of("A dog stood near the door."), ref);
        assertThat(good).isBetween(60.0, 99.9);
        assertThat(bad).isLessThan(good);
        assertThat(MtMetrics.bleuTokens("Rp1.000, ok.")).containsExactly("Rp1.000", ",", "ok", ".");
    }
}
