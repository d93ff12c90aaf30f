package io.warta.translate.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.warta.text.testing.ProjectFiles;
import io.warta.translate.engine.eval.MtMetrics;
import io.warta.translate.engine.phrase.PhraseTranslator;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Repeats the offline evaluation of the phrase engine (the model the service loads, one sentence a line) on
 * news-dev and on general-dev, and holds chrF and BLEU to the values recorded in
 * docs/evaluation/recorded-quality.properties (which docs/evaluation/translation.md quotes): chrF within
 * {@link #CHRF_TOLERANCE}, BLEU within {@link #BLEU_TOLERANCE}, either way, so a drop fails and so does a gain
 * nobody recorded. Needs ../shared beside the repository: skipped without it, failed under CI=true.
 */
class DevRegressionTest {

    static final double CHRF_TOLERANCE = 0.3;
    static final double BLEU_TOLERANCE = 0.5;

    private static PhraseTranslator translator;

    @BeforeAll
    static void loadModel() {
        ProjectFiles.requireShared("data/parallel/dev");
        translator = io.warta.translate.engine.phrase.PhraseModel.load(new ModelFiles());
    }

    @ParameterizedTest
    @ValueSource(strings = {"news-dev", "general-dev"})
    void devSetHoldsTheRecordedQuality(String set) throws Exception {
        Path dev = ProjectFiles.requireShared("data/parallel/dev");
        List<String> src = Files.readAllLines(dev.resolve(set + ".id"), StandardCharsets.UTF_8);
        List<String> ref = Files.readAllLines(dev.resolve(set + ".en"), StandardCharsets.UTF_8);
        assertThat(src).isNotEmpty().hasSameSizeAs(ref);
        List<String> hyp = new ArrayList<>(src.size());
        for (String s : src) {
            hyp.add(translator.translate(s));
        }
        double chrf = MtMetrics.chrf(hyp, ref);
        double bleu = MtMetrics.bleu(hyp, ref);
        System.out.printf(Locale.ROOT, "phrase %s: chrF %.2f  BLEU %.2f%n", set, chrf, bleu);

        String key = "translation.phrase." + set;
        double recordedChrf = ProjectFiles.recorded(key + ".chrf");
        double recordedBleu = ProjectFiles.recorded(key + ".bleu");
        String hint = "; if the model changed on purpose, record the new value in " + ProjectFiles.RECORDED
                + " and docs/evaluation/translation.md";
        assertThat(chrf).as("%s chrF (recorded %.2f%s)", set, recordedChrf, hint)
                .isBetween(recordedChrf - CHRF_TOLERANCE, recordedChrf + CHRF_TOLERANCE);
        assertThat(bleu).as("%s BLEU (recorded %.2f%s)", set, recordedBleu, hint)
                .isBetween(recordedBleu - BLEU_TOLERANCE, recordedBleu + BLEU_TOLERANCE);
    }
}
