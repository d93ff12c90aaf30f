package io.warta.translate.engine.phrase.options;

import static io.warta.translate.engine.phrase.options.ToyModel.RESOURCES;
import static io.warta.translate.engine.phrase.options.ToyModel.options;
import static io.warta.translate.engine.phrase.options.ToyModel.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.warta.translate.engine.phrase.ChunkContext;
import org.junit.jupiter.api.Test;

class TableOptionsTest {

    @Test
    void everySpanTheTableKnowsWithItsSinglesRecorded() {
        ChunkContext chunk = run("rumah besar", false, new TableOptions(RESOURCES));
        assertThat(options(chunk)).containsExactly("0-1:house", "0-1:home", "0-2:mansion", "1-2:big", "1-2:large");
        assertThat(chunk.singles(0)).hasSize(2);
        assertThat(chunk.options().get(0).staticScore()).isGreaterThan(chunk.options().get(1).staticScore());
    }

    @Test
    void wordsFixedByAnEarlierStageAreLeftAlone() {
        ChunkContext chunk = run("militer Korea Utara", false, new FixedSpans(RESOURCES.gazetteer()),
                new TableOptions(RESOURCES));
        assertThat(options(chunk)).containsExactly("1-3:North Korea", "0-1:military");
        assertThat(chunk.singles(1)).isNull();
    }
}
