package io.warta.translate.engine.phrase.options;

import static io.warta.translate.engine.phrase.options.ToyModel.RESOURCES;
import static io.warta.translate.engine.phrase.options.ToyModel.options;
import static io.warta.translate.engine.phrase.options.ToyModel.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.warta.translate.engine.phrase.ChunkContext;
import org.junit.jupiter.api.Test;

class NameRunsTest {

    @Test
    void aRunOfCopiedNamesIsAlsoOneBlock() {
        ChunkContext chunk = run("saya melihat Heru Bambang Ernanto", true, new TableOptions(RESOURCES),
                new Names(RESOURCES), new NameRuns());
        assertThat(options(chunk)).endsWith("2-5:Heru Bambang Ernanto");
        double words = chunk.copyScore(2) + chunk.copyScore(3) + chunk.copyScore(4);
        assertThat(chunk.options().get(chunk.options().size() - 1).staticScore())
                .isEqualTo(words - 2 * RESOURCES.weights().get("phrasePenalty"));
    }

    @Test
    void aSingleNameIsNoRun() {
        assertThat(options(run("saya melihat Budi", true, new Names(RESOURCES), new NameRuns())))
                .containsExactly("2-3:Budi");
    }
}
