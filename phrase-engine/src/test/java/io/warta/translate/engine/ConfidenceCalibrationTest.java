package io.warta.translate.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.warta.translate.engine.phrase.ConfidenceCalibration;
import io.warta.translate.engine.phrase.PhraseModel;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The calibration places a score in the dev distribution: the empirical CDF, linear between stored quantiles. */
class ConfidenceCalibrationTest {

    /** Quantiles 0, 0.25, 0.5, 0.75, 1 of a made-up distribution. */
    private static final ConfidenceCalibration QUARTILES = new ConfidenceCalibration(new double[] {-8, -4, -2, -1, 0});

    @Test
    void aScoreIsPlacedAtItsQuantileAndLinearlyBetween() {
        assertThat(QUARTILES.confidence(-4)).isEqualTo(0.25);
        assertThat(QUARTILES.confidence(-2)).isEqualTo(0.5);
        assertThat(QUARTILES.confidence(-3)).isEqualTo(0.375); // halfway between the 0.25 and 0.5 quantiles
        assertThat(QUARTILES.confidence(-0.5)).isEqualTo(0.875);
    }

    @Test
    void scoresOutsideTheDevRangeAreClampedAndNoScoreIsNoConfidence() {
        assertThat(QUARTILES.confidence(-100)).isEqualTo(0.0);
        assertThat(QUARTILES.confidence(3)).isEqualTo(1.0);
        assertThat(QUARTILES.confidence(Double.NaN)).isNull();
    }

    @Test
    void aHigherScoreNeverGetsALowerConfidence() {
        double previous = -1;
        for (double score = -9; score <= 1; score += 0.01) {
            double c = QUARTILES.confidence(score);
            assertThat(c).isBetween(0.0, 1.0).isGreaterThanOrEqualTo(previous);
            previous = c;
        }
    }

    @Test
    void theFileIsReadWithCommentsAndMustAscend() throws IOException {
        ConfidenceCalibration read = ConfidenceCalibration.read(new ByteArrayInputStream(
                "# comment\n-6\n-3\n\n0\n".getBytes(StandardCharsets.UTF_8)));
        assertThat(read.confidence(-3)).isEqualTo(0.5);
        assertThatThrownBy(() -> ConfidenceCalibration.read(new ByteArrayInputStream(
                "-1\n-2\n".getBytes(StandardCharsets.UTF_8)))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theCommittedModelHasACalibration() {
        ConfidenceCalibration committed = PhraseModel.calibration(new ModelFiles());
        assertThat(committed).isNotNull();
        assertThat(committed.confidence(-1000)).isEqualTo(0.0);
        assertThat(committed.confidence(1000)).isEqualTo(1.0);
    }
}
