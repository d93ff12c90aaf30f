package io.warta.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A stored glossary's journey over real HTTP: stored in the gateway's PostgreSQL, named by an article, sent inline to
 * translate-service, applied by the builtin engine as fixed spans, and checked on every segment.
 */
class GlossaryJourneyIT {

    private static final String ARTICLE = "Pemimpin Korea Utara Kim Jong-un menerima telepon dari Presiden Rusia "
            + "Vladimir Putin pada Selasa.\n\nPenyidik KPK-nya memeriksa sejumlah pejabat di Jakarta pekan ini.";

    private static RunningSuite suite;

    @BeforeAll
    static void startTheSuite() throws Exception {
        // Deadlines at the gateway's longest: this test is about glossaries, and a first article on a cold engine
        // of a loaded machine can take longer than the default base (10 s at the gateway, 5 s in translate-service).
        suite = new RunningSuite(Map.of("WARTA_GATEWAY_DEADLINE_BASE", "30s")).logPrefix("glossary")
                .translateServiceEnv("WARTA_TRANSLATE_DEADLINE_BASE", "30s").start();
    }

    @AfterAll
    static void stopTheSuite() {
        if (suite != null) {
            suite.close();
        }
    }

    @Test
    void aStoredGlossaryDecidesTheTermsOfAnArticleUntilItIsDeleted() {
        String location = given().baseUri(suite.gatewayUrl()).contentType(ContentType.JSON)
                .body(Map.of("name", "House style", "entries", List.of(Map.of("source", "Korea Utara", "target", "the DPRK"),
                        Map.of("source", "KPK", "target", "the Corruption Eradication Commission"))))
                .when().post("/api/v1/glossaries")
                .then().statusCode(201)
                .header("Location", matchesPattern(".*/api/v1/glossaries/[0-9a-f-]{36}"))
                .extract().header("Location");
        String id = location.substring(location.lastIndexOf('/') + 1);

        // Without it first (this also warms the engine up): the engine's own English.
        String plain = given().baseUri(suite.gatewayUrl()).contentType(ContentType.JSON).body(Map.of("text", ARTICLE))
                .when().post("/api/v1/articles")
                .then().statusCode(200).extract().path("translation.text");
        assertThat(plain).contains("North Korea").doesNotContain("DPRK");

        JsonPath withGlossary = given().baseUri(suite.gatewayUrl()).contentType(ContentType.JSON)
                .body(Map.of("text", ARTICLE, "glossaryId", id))
                .when().post("/api/v1/articles")
                .then().statusCode(200)
                .extract().jsonPath();
        String english = withGlossary.getString("translation.text");
        assertThat(english).containsIgnoringCase("the DPRK").contains("Corruption Eradication Commission")
                .doesNotContain("North Korea").doesNotContain("Korea Utara");
        assertThat(withGlossary.getList("translation.segments.warnings.type").toString()).doesNotContain("glossary-miss");
        assertThat(withGlossary.getString("id")).isNotNull();

        // And without it again: the stored plain result, never the glossary's, from any cache.
        given().baseUri(suite.gatewayUrl()).contentType(ContentType.JSON).body(Map.of("text", ARTICLE))
                .when().post("/api/v1/articles")
                .then().statusCode(200).body("translation.text", equalTo(plain));

        given().baseUri(suite.gatewayUrl()).when().delete(location).then().statusCode(204);
        given().baseUri(suite.gatewayUrl()).contentType(ContentType.JSON).body(Map.of("text", ARTICLE, "glossaryId", id))
                .when().post("/api/v1/articles")
                .then().statusCode(404).contentType("application/problem+json")
                .body("detail", equalTo("no glossary with id " + id));
    }
}
