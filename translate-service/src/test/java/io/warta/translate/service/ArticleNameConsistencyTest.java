package io.warta.translate.service;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.warta.text.glossary.Glossary;
import io.warta.text.glossary.GlossaryEntry;
import io.warta.translate.engine.TranslationEngine;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The article pass through /v1/translations/batch with the built-in engine and the real memory. Two news-dev sentences
 * (57 and 1370): alone, the engine copies Jakarta in the first and turns it into "Here" in the second.
 */
@QuarkusTest
class ArticleNameConsistencyTest {

    private static final String COPIED = "Dalam rencana revitalisasi transportasi umum di Jakarta, Pemprov DKI tidak "
            + "hanya mengagendakan adanya peremajaan angkutan umum, tapi juga akan mensertifikasi sopir angkutan umum "
            + "tersebut dalam rangka pendisiplinan dan terciptanya rasa keamanan terhadap penumpang transportasi umum.";
    private static final String LOST = "Dengan majunya dunia pariwisata Jakarta, ditambahkan Sukesti, investor juga "
            + "pasti mau menanamkan modalnya.";

    @Inject
    EngineCatalog engines;

    @Inject
    TranslationMemory memory;

    @Test
    void anArticleRendersANameOneWayAndASentenceAloneKeepsItsOwnTranslation() {
        given().contentType(ContentType.JSON).body(Map.of("texts", List.of(LOST), "source", "id", "presplit", true))
                .when().post("/v1/translations/batch")
                .then().statusCode(200)
                .body("translations[0].translation", not(containsString("Jakarta")));

        given().contentType(ContentType.JSON)
                .body(Map.of("texts", List.of(COPIED, LOST), "source", "id", "presplit", true))
                .when().post("/v1/translations/batch")
                .then().statusCode(200)
                .body("translations[0].translation", containsString("Jakarta"))
                .body("translations[1].translation", containsString("Jakarta"))
                .body("translations[1].segments[0].engine", equalTo(builtinName()));

        // Alone again: its own translation from the memory, not the article's.
        given().contentType(ContentType.JSON).body(Map.of("texts", List.of(LOST), "source", "id", "presplit", true))
                .when().post("/v1/translations/batch")
                .then().statusCode(200)
                .body("translations[0].translation", not(containsString("Jakarta")))
                .body("translations[0].segments[0].cached", equalTo(true));

        // The article's translation is remembered under the key of the sentence with the name fixed, and only there.
        Glossary jakarta = Glossary.of(List.of(new GlossaryEntry("Jakarta", "Jakarta")), Glossary.Limits.DEFAULT);
        String plainKey = TranslationService.memoryKey(builtinName(), LOST, Glossary.EMPTY);
        String articleKey = TranslationService.memoryKey(builtinName(), LOST, jakarta);
        assertThat(articleKey).isNotEqualTo(plainKey);
        assertThat(memory.lookup(articleKey)).hasValueSatisfying(t -> assertThat(t).contains("Jakarta"));
        assertThat(memory.lookup(plainKey)).hasValueSatisfying(t -> assertThat(t).doesNotContain("Jakarta"));
    }

    /** One text holding both sentences is an article too: the service splits it and the pass runs on its sentences. */
    @Test
    void oneTextIsAnArticle() {
        given().contentType(ContentType.JSON).body(Map.of("text", COPIED + " " + LOST, "source", "id"))
                .when().post("/v1/translations")
                .then().statusCode(200)
                .body("segments", org.hamcrest.Matchers.hasSize(2))
                .body("segments[1].translation", containsString("Jakarta"));
    }

    /**
     * Texts batched without "presplit" may be unrelated (a LibreTranslate or DeepL client's list): one text's names do
     * not steer another's translation.
     */
    @Test
    void unrelatedTextsOfOneBatchAreNoArticle() {
        given().contentType(ContentType.JSON).body(Map.of("texts", List.of(COPIED, LOST), "source", "id"))
                .when().post("/v1/translations/batch")
                .then().statusCode(200)
                .body("translations[0].translation", containsString("Jakarta"))
                .body("translations[1].translation", not(containsString("Jakarta")));
    }

    @Test
    void theRequestsGlossaryWinsOverTheArticlesNames() {
        List<Map<String, String>> glossary = List.of(Map.of("source", "Jakarta", "target", "the capital"));
        given().contentType(ContentType.JSON)
                .body(Map.of("texts", List.of(COPIED, LOST), "source", "id", "presplit", true, "glossary", glossary))
                .when().post("/v1/translations/batch")
                .then().statusCode(200)
                .body("translations[0].translation", containsString("the capital"))
                .body("translations[1].translation", containsString("the capital"))
                .body("translations[1].translation", not(containsString("Jakarta")));
    }

    private String builtinName() {
        TranslationEngine builtin = engines.ready().stream().filter(e -> EngineCatalog.BUILTIN.equals(e.id()))
                .findFirst().orElseThrow();
        return EngineCatalog.descriptor(builtin);
    }
}
