package io.warta.translate.engine.phrase.options;

import static io.warta.translate.engine.phrase.options.ToyModel.RESOURCES;
import static io.warta.translate.engine.phrase.options.ToyModel.options;
import static io.warta.translate.engine.phrase.options.ToyModel.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.warta.translate.engine.phrase.ChunkContext;
import io.warta.translate.engine.phrase.PhraseResources;
import io.warta.translate.engine.phrase.Weights;
import java.util.List;
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
    void aMultiWordDictionaryEntryGetsItsOwnWeightAndASingleWordSenseDoesNot() {
        ChunkContext plain = run("tutup usia", false, new TableOptions(RESOURCES));
        PhraseResources favoured = new PhraseResources(RESOURCES.table(), RESOURCES.lm(), RESOURCES.truecaser(),
                RESOURCES.gazetteer(), RESOURCES.weights().with(List.of(Weights.NAMES).indexOf("tm.dictionaryPhrase"), 2.0), 10);
        ChunkContext raised = new ChunkContext(favoured, List.of("tutup", "usia"), false);
        new TableOptions(favoured).addOptions(raised);
        assertThat(options(plain)).containsExactly("0-1:close", "0-1:shut", "0-2:pass away", "1-2:age");
        assertThat(options(raised)).isEqualTo(options(plain));
        for (int k = 0; k < plain.options().size(); k++) {
            double expected = options(plain).get(k).equals("0-2:pass away") ? 2.0 : 0.0;
            assertThat(raised.options().get(k).staticScore() - plain.options().get(k).staticScore())
                    .as(options(plain).get(k)).isCloseTo(expected, within(1e-9));
        }
    }

    @Test
    void wordsFixedByAnEarlierStageAreLeftAlone() {
        ChunkContext chunk = run("militer Korea Utara", false, new FixedSpans(RESOURCES.gazetteer()),
                new TableOptions(RESOURCES));
        assertThat(options(chunk)).containsExactly("1-3:North Korea", "0-1:military");
        assertThat(chunk.singles(1)).isNull();
    }
}
