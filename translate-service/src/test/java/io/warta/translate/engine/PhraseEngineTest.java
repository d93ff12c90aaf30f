package io.warta.translate.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The committed model through the CDI bean class (constructed directly: no Quarkus needed). */
class PhraseEngineTest {

    private static final PhraseEngine ENGINE = new PhraseEngine();

    @Test
    void loadsTheCommittedModelAndTranslatesNews() {
        assertThat(ENGINE.id()).isEqualTo("builtin");
        assertThat(ENGINE.isReady()).isTrue();
        // Derived from the build-time digest of the engine's classes and model files (phrase-engine's EngineDigestTest).
        String digest = io.warta.digest.ComponentDigest.load(ModelBackedEngine.COMPONENT).shortDigest();
        assertThat(ENGINE.version()).isEqualTo("phrase-" + digest);
        assertThat(new LexiconEngine().version()).isEqualTo("lexicon-" + digest);
        String out = ENGINE.translate("Presiden Rusia Vladimir Putin akan bertemu dengan Presiden Amerika Serikat di Alaska.");
        assertThat(out).contains("Russian President Vladimir Putin", "US President", "Alaska").endsWith(".");
        assertThat(out.toLowerCase()).contains("president").containsAnyOf("meet", "met");
    }

    @Test
    void confidenceRanksAFluentSentenceAboveWordsTheModelDoesNotKnow() {
        java.util.List<TranslationEngine.Scored> scored = ENGINE.translateAllScored(java.util.List.of(
                "Harga beras di pasar naik tajam pekan ini.", "Xqzvw blorpt frmbl kzztu wqxyv.", ""));
        assertThat(scored.get(0).text()).isEqualTo(ENGINE.translate("Harga beras di pasar naik tajam pekan ini."));
        assertThat(scored.get(0).confidence()).isBetween(0.0, 1.0);
        assertThat(scored.get(1).confidence()).isBetween(0.0, 1.0).isLessThan(scored.get(0).confidence());
        assertThat(scored.get(2).confidence()).as("nothing to score").isNull();
        // Engines without a confidence say so with null.
        assertThat(new LexiconEngine().translateAllScored(java.util.List.of("Harga beras naik.")).get(0).confidence())
                .isNull();
    }

    @Test
    void isDeterministicAndHandlesEdgeInputs() {
        String s = "Pemerintah Korea Utara mengatakan harga beras naik 2,5% pada Selasa (12/8/2025).";
        String first = ENGINE.translate(s);
        assertThat(ENGINE.translate(s)).isEqualTo(first);
        assertThat(first).contains("North Korea", "2.5%", "Tuesday (8/12/2025)");
        assertThat(ENGINE.translate("")).isEmpty();
        assertThat(ENGINE.translate("...")).isEqualTo("...");
        // Longer than one search window: translated in pieces, nothing lost.
        String longSentence = String.join(", ", java.util.Collections.nCopies(30, "harga beras naik"));
        String translated = ENGINE.translate(longSentence);
        assertThat(translated.split(",", -1)).hasSize(30);
        assertThat(translated.toLowerCase()).contains("rice").doesNotContain("beras");
    }

    @Test
    void knowsTheWaysOfIndonesianLocalNews() {
        // Government abbreviations, offices named by their field, attribution verbs, street names, cited sources.
        assertThat(ENGINE.translate("Pemprov DKI akan membangun rusun baru.")).contains("Jakarta Provincial Government", "flats");
        assertThat(ENGINE.translate("Dinas Kesehatan membuka posko di Jl Taman Aries Utama."))
                .contains("Health Department", "Jl Taman Aries Utama");
        assertThat(ENGINE.translate("\"Api dengan cepat membesar,\" tandasnya.")).endsWith(",\" he stressed.");
        assertThat(ENGINE.translate("Melansir Reuters, harga minyak naik.")).startsWith("Citing Reuters,");
        assertThat(ENGINE.translate("Dikatakan Sukesti, acara ini diselenggarakan setiap tahun.")).startsWith("Sukesti said,");
    }
}
