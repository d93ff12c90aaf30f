package io.warta.translate.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.warta.text.testing.ProjectFiles;
import io.warta.translate.engine.phrase.ConfidenceCalibration;
import io.warta.translate.engine.phrase.PhraseModel;
import io.warta.translate.engine.phrase.PhraseTranslator;
import io.warta.translate.engine.training.CalibrateConfidence;
import io.warta.translate.engine.training.CalibrateConfidence.ConfidenceQuartiles;
import io.warta.translate.engine.training.CalibrateConfidence.DevLines;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The phrase engine's confidence ranks its translations: on the ODD (held-out) lines of news-dev and general-dev, the
 * quarter of sentences it is most confident about scores a higher sentence chrF against the references than the
 * quarter it is least confident about; and the committed calibration is the one the even lines of today's model give
 * (so a retrained model without a new calibration fails here). Needs ../shared: skipped without it, failed under CI=true.
 */
class ConfidenceRankingTest {

    /**
     * docs/evaluation/translation.md records the held-out quartiles (bottom 44.39, top 48.31: a gap of 3.9 chrF points);
     * a gap under 2 points means the confidence has stopped ranking.
     */
    static final double MIN_QUARTILE_GAP = 2.0;

    private static PhraseTranslator translator;
    private static ConfidenceCalibration calibration;
    private static Path shared;

    @BeforeAll
    static void loadModel() {
        Path dev = ProjectFiles.requireShared("data/parallel/dev");
        shared = dev.getParent().getParent().getParent();
        translator = PhraseModel.load(new ModelFiles());
        calibration = PhraseModel.calibration(new ModelFiles());
    }

    @Test
    void theMostConfidentQuarterOfHeldOutSentencesScoresHigherThanTheLeast() throws IOException {
        List<String> hyps = new ArrayList<>();
        List<String> refs = new ArrayList<>();
        List<Double> confidences = new ArrayList<>();
        for (String set : CalibrateConfidence.SETS) {
            refs.addAll(DevLines.odd(shared, set, "en"));
            for (String sentence : DevLines.odd(shared, set, "id")) {
                PhraseTranslator.Scored scored = translator.translateScored(sentence);
                hyps.add(scored.text());
                confidences.add(calibration.confidence(scored.scorePerToken()));
            }
        }
        double[] chrf = ConfidenceQuartiles.chrfByQuartile(hyps, refs, confidences);
        System.out.printf(Locale.ROOT, "odd lines, sentence chrF by confidence quartile (bottom..top): %.2f %.2f %.2f %.2f%n",
                chrf[0], chrf[1], chrf[2], chrf[3]);
        assertThat(chrf[3]).as("top confidence quartile vs bottom").isGreaterThan(chrf[0] + MIN_QUARTILE_GAP);
        long middling = confidences.stream().filter(c -> c != null && c > 0.25 && c < 0.75).count();
        assertThat((double) middling / confidences.size()).as("held-out share between 0.25 and 0.75").isBetween(0.35, 0.65);
    }

    @Test
    void theCommittedCalibrationIsTheOneTheEvenLinesGive() throws IOException {
        List<Double> scores = new ArrayList<>();
        for (String set : CalibrateConfidence.SETS) {
            for (String sentence : DevLines.even(shared, set, "id")) {
                scores.add(translator.translateScored(sentence).scorePerToken());
            }
        }
        double[] sorted = scores.stream().mapToDouble(Double::doubleValue).filter(s -> !Double.isNaN(s)).sorted().toArray();
        double[] percentiles = CalibrateConfidence.quantiles(sorted, CalibrateConfidence.QUANTILES);
        ConfidenceCalibration recomputed = new ConfidenceCalibration(percentiles);
        String rerun = "rerun CalibrateConfidence after changing the model (see its javadoc)";
        for (double p : percentiles) {
            assertThat(calibration.confidence(p)).as(rerun).isCloseTo(recomputed.confidence(p), org.assertj.core.data.Offset.offset(0.011));
        }
    }
}
