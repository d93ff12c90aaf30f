package io.warta.translate.engine.phrase.options;

import static io.warta.translate.engine.phrase.options.ToyModel.RESOURCES;
import static io.warta.translate.engine.phrase.options.ToyModel.options;
import static io.warta.translate.engine.phrase.options.ToyModel.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CountryAdjectivesTest {

    @Test
    void theCountrysAdjectiveGoesBeforeTheNounBeforeIt() {
        assertThat(options(run("militer Korea Utara", false, new FixedSpans(RESOURCES.gazetteer()),
                new CountryAdjectives(RESOURCES)))).containsExactly("1-3:North Korea", "0-3:North Korean military");
        assertThat(options(run("Presiden Korea Utara", false, new FixedSpans(RESOURCES.gazetteer()),
                new CountryAdjectives(RESOURCES)))).contains("0-3:North Korean President");
    }

    @Test
    void notAfterAPrepositionOrAVerb() {
        assertThat(options(run("dan Korea Utara", false, new FixedSpans(RESOURCES.gazetteer()),
                new CountryAdjectives(RESOURCES)))).containsExactly("1-3:North Korea");
        assertThat(options(run("melihat Korea Utara", false, new FixedSpans(RESOURCES.gazetteer()),
                new CountryAdjectives(RESOURCES)))).containsExactly("1-3:North Korea");
    }
}
