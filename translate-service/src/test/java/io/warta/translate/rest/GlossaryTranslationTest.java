package io.warta.translate.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An inline glossary on the builtin engine (the only one configured here), through /v1/translations, with the real memory. */
@QuarkusTest
class GlossaryTranslationTest {

    private static final List<Map<String, String>> DPRK = List.of(Map.of("source", "Korea Utara", "target", "the DPRK"),
            Map.of("source", "KPK", "target", "the Corruption Eradication Commission"));
    private static final String SENTENCE = "Presiden Rusia menelepon pemimpin Korea Utara pekan ini.";

    @Test
    void theGlossarysEnglishReplacesTheEnginesOwnAndTheMemoryKeepsThemApart() {
        given().contentType(ContentType.JSON).body(Map.of("text", SENTENCE, "source", "id", "glossary", DPRK))
                .when().post("/v1/translations")
                .then().statusCode(200)
                .body("translation", containsString("the DPRK"))
                .body("translation", not(containsString("North Korea")))
                .body("segments[0].warnings", hasSize(0));
        // The same sentence without the glossary: the engine's own English, not the glossary's from the memory.
        given().contentType(ContentType.JSON).body(Map.of("text", SENTENCE, "source", "id"))
                .when().post("/v1/translations")
                .then().statusCode(200)
                .body("translation", containsString("North Korea"))
                .body("translation", not(containsString("DPRK")));
        // And with it again: remembered under the glossary's digest.
        given().contentType(ContentType.JSON).body(Map.of("text", SENTENCE, "source", "id", "glossary", DPRK))
                .when().post("/v1/translations")
                .then().statusCode(200)
                .body("segments[0].cached", equalTo(true))
                .body("translation", containsString("the DPRK"));
        // Another glossary for the same term is another key.
        given().contentType(ContentType.JSON).body(Map.of("text", SENTENCE, "source", "id",
                        "glossary", List.of(Map.of("source", "korea utara", "target", "Pyongyang"))))
                .when().post("/v1/translations")
                .then().statusCode(200)
                .body("translation", containsString("Pyongyang"))
                .body("translation", not(containsString("DPRK")));
    }

    @Test
    void aTermWithACliticAndEveryTextOfABatch() {
        given().contentType(ContentType.JSON).body(Map.of("texts", List.of("Penyidik KPK-nya datang ke Jakarta.",
                        "Korea Utara menolak tawaran itu."), "source", "id", "glossary", DPRK))
                .when().post("/v1/translations/batch")
                .then().statusCode(200)
                .body("translations[0].translation", containsString("Corruption Eradication Commission"))
                .body("translations[0].segments[0].warnings", hasSize(0))
                .body("translations[1].translation", startsWith("The DPRK"));
    }

    @Test
    void aGlossaryOverItsLimitsIsRefusedWithoutEchoingIt() {
        given().contentType(ContentType.JSON).body(Map.of("text", SENTENCE, "source", "id",
                        "glossary", Collections.nCopies(501, Map.of("source", "a", "target", "b"))))
                .when().post("/v1/translations")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", equalTo("glossary has 501 entries; at most 500 are allowed"));
        given().contentType(ContentType.JSON).body(Map.of("text", SENTENCE, "source", "id",
                        "glossary", List.of(Map.of("source", "rahasia" + "x".repeat(120), "target", "b"))))
                .when().post("/v1/translations")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", equalTo("glossary[0].source is 127 characters; at most 100 are allowed"))
                .body("violations[0].field", equalTo("glossary[0].source"))
                .body(not(containsString("rahasia")));
        given().contentType(ContentType.JSON).body(Map.of("texts", List.of(SENTENCE), "source", "id",
                        "glossary", List.of(Map.of("source", "KPK", "target", "KPK"), Map.of("source", "kpk", "target", "x"))))
                .when().post("/v1/translations/batch")
                .then().statusCode(400)
                .body("detail", equalTo("glossary[1].source repeats the source of glossary[0]"));
        given().contentType(ContentType.JSON).body("""
                        {"text":"Harga naik.","source":"id","glossary":[{"source":"KPK"}]}""")
                .when().post("/v1/translations")
                .then().statusCode(400)
                .body("detail", equalTo("glossary[0].target must not be null"));
    }
}
