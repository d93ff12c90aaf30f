package io.warta.translate.engine.phrase.options;

import static io.warta.translate.engine.phrase.options.ToyModel.RESOURCES;
import static io.warta.translate.engine.phrase.options.ToyModel.options;
import static io.warta.translate.engine.phrase.options.ToyModel.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UnknownWordsTest {

    @Test
    void anUnknownWordIsReadThroughItsRootAndAlsoCopied() {
        assertThat(options(run("rumah dimakan", false, new TableOptions(RESOURCES), new UnknownWords(RESOURCES))))
                .containsExactly("0-1:house", "0-1:home", "1-2:eaten", "1-2:dimakan");
    }

    @Test
    void knownWordsNamesAndNumbersAreNotItsBusiness() {
        assertThat(options(run("rumah Budi 12", false, new TableOptions(RESOURCES), new UnknownWords(RESOURCES))))
                .containsExactly("0-1:house", "0-1:home");
    }
}
