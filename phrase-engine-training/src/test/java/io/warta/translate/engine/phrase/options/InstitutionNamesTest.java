package io.warta.translate.engine.phrase.options;

import static io.warta.translate.engine.phrase.options.ToyModel.RESOURCES;
import static io.warta.translate.engine.phrase.options.ToyModel.options;
import static io.warta.translate.engine.phrase.options.ToyModel.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InstitutionNamesTest {

    @Test
    void anOfficeNamedByItsFieldPutsTheFieldFirst() {
        assertThat(options(run("Dinas Kesehatan", true, new InstitutionNames(RESOURCES))))
                .containsExactly("0-2:health Department");
        assertThat(options(run("Suku Dinas Kesehatan", true, new InstitutionNames(RESOURCES))))
                .containsExactly("0-3:health Sub-Department", "1-3:health Department");
    }

    @Test
    void theFieldMustBeCapitalizedAndKnown() {
        assertThat(options(run("Dinas kesehatan", true, new InstitutionNames(RESOURCES)))).isEmpty();
        assertThat(options(run("Dinas Pertamanan", true, new InstitutionNames(RESOURCES)))).isEmpty();
    }
}
