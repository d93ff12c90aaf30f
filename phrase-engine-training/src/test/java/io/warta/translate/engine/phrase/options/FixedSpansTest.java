package io.warta.translate.engine.phrase.options;

import static io.warta.translate.engine.phrase.options.ToyModel.RESOURCES;
import static io.warta.translate.engine.phrase.options.ToyModel.options;
import static io.warta.translate.engine.phrase.options.ToyModel.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.warta.translate.engine.phrase.ChunkContext;
import org.junit.jupiter.api.Test;

class FixedSpansTest {

    private final FixedSpans source = new FixedSpans(RESOURCES.gazetteer());

    @Test
    void gazetteerNamesAreFixedAndKeepTheirCountryAdjective() {
        ChunkContext chunk = run("militer Korea Utara", false, source);
        assertThat(options(chunk)).containsExactly("1-3:North Korea");
        assertThat(chunk.fixed(0)).isFalse();
        assertThat(chunk.fixed(1)).isTrue();
        assertThat(chunk.fixed(2)).isTrue();
        assertThat(chunk.fixedSpans().get(0).adjective()).containsExactly("North", "Korean");
    }

    @Test
    void placesWithACompassPointStreetsAndAdministrativeUnits() {
        assertThat(options(run("di Jakarta Timur", false, source))).containsExactly("1-3:East Jakarta");
        assertThat(options(run("di Jl Taman Aries Utama hari ini", false, source)))
                .containsExactly("1-5:Jl Taman Aries Utama");
        assertThat(options(run("warga Kecamatan Kramatjati", false, source)))
                .containsExactly("1-3:Kramatjati Sub-District");
        // A unit followed by a compass point is left to the compass-point rule of the next word.
        assertThat(options(run("rumah besar", false, source))).isEmpty();
    }
}
