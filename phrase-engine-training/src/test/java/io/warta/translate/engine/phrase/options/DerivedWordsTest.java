package io.warta.translate.engine.phrase.options;

import static io.warta.translate.engine.phrase.options.ToyModel.RESOURCES;
import static io.warta.translate.engine.phrase.options.ToyModel.options;
import static io.warta.translate.engine.phrase.options.ToyModel.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.warta.translate.engine.phrase.ChunkContext;
import org.junit.jupiter.api.Test;

class DerivedWordsTest {

    @Test
    void anUnseenDerivedWordIsReadThroughItsRoot() {
        // The toy LM knows no "eaten", so the passive keeps the root's word; the copy still comes after it.
        ChunkContext chunk = run("rumah dimakan", false, new TableOptions(RESOURCES), new DerivedWords(RESOURCES),
                new UnknownWords(RESOURCES));
        assertThat(options(chunk)).containsExactly("0-1:house", "0-1:home", "1-2:eat", "1-2:dimakan");
        assertThat(chunk.derived(1)).isTrue();
        assertThat(chunk.derived(0)).isFalse();
    }

    @Test
    void aPassiveIsReadThroughItsActiveFormWhenTheTableKnowsIt() {
        // dilihat: the table has no "lihat" but has "melihat".
        assertThat(options(run("dilihat", false, new TableOptions(RESOURCES), new DerivedWords(RESOURCES))))
                .containsExactly("0-1:see");
    }

    @Test
    void knownWordsNamesNumbersAndUnknownRootsAreNotItsBusiness() {
        assertThat(options(run("rumah Budi 12 dixyzq", false, new TableOptions(RESOURCES), new DerivedWords(RESOURCES))))
                .containsExactly("0-1:house", "0-1:home");
    }
}
