package io.warta.translate.engine.phrase.options;

import static io.warta.translate.engine.phrase.options.ToyModel.RESOURCES;
import static io.warta.translate.engine.phrase.options.ToyModel.options;
import static io.warta.translate.engine.phrase.options.ToyModel.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VerbReadingOptionsTest {

    @Test
    void aVerbFormAlsoReadsInThePastTense() {
        assertThat(options(run("saya melihat mobil", true, new TableOptions(RESOURCES), new VerbReadingOptions(RESOURCES))))
                .containsExactly("0-1:i", "1-2:see", "2-3:car", "1-2:saw");
    }

    @Test
    void afterSebelumAlsoAsAGerund() {
        assertThat(options(run("sebelum melihat rumah", false, new TableOptions(RESOURCES),
                new VerbReadingOptions(RESOURCES)))).contains("1-2:seeing");
    }

    @Test
    void wordsThatAreNoVerbFormsKeepTheirOneReading() {
        assertThat(options(run("rumah mobil", false, new TableOptions(RESOURCES), new VerbReadingOptions(RESOURCES))))
                .containsExactly("0-1:house", "0-1:home", "1-2:car");
    }
}
