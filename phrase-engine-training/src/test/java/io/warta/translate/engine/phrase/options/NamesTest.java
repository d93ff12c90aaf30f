package io.warta.translate.engine.phrase.options;

import static io.warta.translate.engine.phrase.options.ToyModel.RESOURCES;
import static io.warta.translate.engine.phrase.options.ToyModel.options;
import static io.warta.translate.engine.phrase.options.ToyModel.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.warta.translate.engine.phrase.ChunkContext;
import org.junit.jupiter.api.Test;

class NamesTest {

    @Test
    void aCapitalizedWordIsCopiedAsANameUnlessTheTableKnowsItAsOne() {
        ChunkContext chunk = run("saya melihat Budi di Eropa", true, new TableOptions(RESOURCES), new Names(RESOURCES));
        assertThat(options(chunk)).contains("2-3:Budi").doesNotContain("4-5:Eropa");
        assertThat(chunk.copyScore(2)).isEqualTo(chunk.options().stream()
                .filter(o -> ToyModel.describe(o).equals("2-3:Budi")).findFirst().orElseThrow().staticScore());
        assertThat(chunk.copyScore(0)).isNaN();
    }

    @Test
    void aCapitalAtTheSentenceStartSaysNothing() {
        assertThat(options(run("Budi melihat", true, new Names(RESOURCES)))).isEmpty();
        assertThat(options(run("Budi melihat", false, new Names(RESOURCES)))).containsExactly("0-1:Budi");
    }
}
