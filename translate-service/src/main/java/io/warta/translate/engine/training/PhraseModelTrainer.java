package io.warta.translate.engine.training;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Placeholder until the phrase model is trained. */
final class PhraseModelTrainer {
    private PhraseModelTrainer() {
    }

    static void train(Path shared, Path modelDir, List<Corpora.Pair> pairs, Map<String, List<String>> lexicon, long t0) {
        TrainModel.log(t0, "phrase model: not yet");
    }
}
