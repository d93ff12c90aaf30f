package io.warta.translate.engine.phrase;

import static org.assertj.core.api.Assertions.assertThat;

import io.warta.text.testing.ProjectFiles;
import io.warta.translate.engine.ModelFiles;
import io.warta.translate.engine.training.Corpora;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The tuner's n-best lists on real sentences (the committed model, tuning lines of both dev sets): each entry's
 * feature values times the weights give the score the search computed, the first entry is the translation, texts are
 * distinct and best first. Needs ../shared: skipped without it.
 */
class NBestFeatureValuesTest {

    @Test
    void weightsTimesFeatureValuesIsTheSearchScore() throws IOException {
        Path dev = ProjectFiles.requireShared("data/parallel/dev");
        PhraseTranslator translator = PhraseModel.load(new ModelFiles());
        double[] w = Weights.read(new ModelFiles().open("weights.properties")).toArray();
        List<String> sentences = new ArrayList<>();
        for (String set : List.of("news-dev", "general-dev")) {
            List<String> lines = Corpora.lines(dev.resolve(set + ".id"));
            for (int i = 0; i < 120; i += 2) {
                sentences.add(lines.get(i));
            }
        }
        int entries = 0;
        double worst = 0;
        for (String s : sentences) {
            List<PhraseTranslator.Alternative> nBest = translator.nBest(s, 50);
            assertThat(nBest.get(0).text()).isEqualTo(translator.translate(s));
            assertThat(nBest.get(0).score()).isEqualTo(translator.translateScored(s).score());
            assertThat(new HashSet<>(nBest.stream().map(PhraseTranslator.Alternative::text).toList())).hasSize(nBest.size());
            double previous = Double.POSITIVE_INFINITY;
            for (PhraseTranslator.Alternative a : nBest) {
                double dot = 0;
                for (int k = 0; k < w.length; k++) {
                    dot += w[k] * a.features()[k];
                }
                worst = Math.max(worst, Math.abs(dot - a.score()));
                assertThat(a.score()).isLessThanOrEqualTo(previous);
                previous = a.score();
                entries++;
            }
        }
        System.out.printf("%d sentences, %d n-best entries, largest |w.f - score| %.3g%n", sentences.size(), entries, worst);
        assertThat(worst).isLessThan(1e-6);
        assertThat(entries).isGreaterThan(sentences.size() * 5);
    }
}
