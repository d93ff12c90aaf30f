package io.warta.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.notNullValue;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** An article's whole journey: gateway → summary-service and translate-service → PostgreSQL, over real HTTP. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ArticleJourneyIT {

    private static RunningSuite suite;
    private static String example;

    @BeforeAll
    static void startTheSuite() throws Exception {
        suite = new RunningSuite().patientDeadlines().start();
        example = Files.readString(suite.root().resolve("examples/putin-kim-trump.id.txt"), StandardCharsets.UTF_8);
    }

    @AfterAll
    static void stopTheSuite() {
        if (suite != null) {
            suite.close();
        }
    }

    @Test
    @Order(1)
    void exampleArticleIsTranslatedAndSummarizedThenServedFromTheCache() {
        JsonPath first = given().baseUri(suite.gatewayUrl()).contentType("text/plain; charset=utf-8").body(example)
                .when().post("/api/v1/articles")
                .then().statusCode(200)
                .body("cached", equalTo(false))
                .body("degraded", empty())
                .body("title.source", equalTo("Putin Telepon Kim Jong-un sebelum Bertemu Trump Pekan Ini"))
                .body("summaries.headline", notNullValue())
                .body("summaries.keyPoints.size()", greaterThanOrEqualTo(3))
                .body("furniture.bylines", org.hamcrest.Matchers.hasItem(containsString("Editor")))
                .extract().jsonPath();
        assertThat(first.getString("translation.text")).contains("Putin").doesNotContain("Editor :");
        assertThat(first.getList("translation.segments")).hasSizeGreaterThan(10);
        EnglishArticle.assertMeaning(first);
        namesAndConfidence(first);

        // The engines between the real services: translate-service's preferred engine made every segment, and the
        // gateway says so in its answer and in each segment.
        String preferred = given().baseUri(suite.translateServiceUrl()).when().get("/v1/engines")
                .then().statusCode(200).extract().path("preferred");
        assertThat(preferred).startsWith("builtin/phrase-");
        assertThat(first.getString("engines.translation")).isEqualTo(preferred);
        assertThat(first.getList("engines.translationEngines", String.class)).containsExactly(preferred);
        assertThat(first.getList("translation.segments.engine", String.class)).isNotEmpty().containsOnly(preferred);
        assertThat(first.getString("engines.summary")).isNotBlank();

        given().baseUri(suite.gatewayUrl()).contentType("text/plain; charset=utf-8").body(example)
                .when().post("/api/v1/articles")
                .then().statusCode(200)
                .body("cached", equalTo(true))
                .body("id", equalTo(first.getString("id")))
                .body("translation.text", equalTo(first.getString("translation.text")));

        given().baseUri(suite.gatewayUrl()).when().get("/api/v1/articles/" + first.getString("id"))
                .then().statusCode(200).body("summaries.standard", equalTo(first.getString("summaries.standard")));
    }

    @Test
    @Order(2)
    void newArticleReusesSharedSentencesFromTheTranslationMemory() {
        String shared = "DPRK mengacu pada singkatan dari nama resmi Korea Utara, Republik Demokratik Rakyat Korea.";
        String fresh = "Pertemuan kedua pemimpin itu digelar di sebuah pangkalan militer.";
        JsonPath answer = given().baseUri(suite.gatewayUrl()).contentType(ContentType.JSON)
                .body(Map.of("text", fresh + " " + shared))
                .when().post("/api/v1/articles")
                .then().statusCode(200).body("cached", equalTo(false))
                .extract().jsonPath();
        List<Map<String, Object>> segments = answer.getList("translation.segments");
        assertThat(segments).extracting(s -> s.get("source")).containsExactly(fresh, shared);
        assertThat(segments).extracting(s -> s.get("cached")).containsExactly(false, true);
    }

    @Test
    @Order(3)
    void everyServiceServesItsApiDocumentationInTheProdJar() {
        for (int port : new int[] { suite.gatewayPort, suite.translatePort, suite.summaryPort }) {
            given().baseUri("http://localhost:" + port).when().get("/q/openapi?format=json")
                    .then().statusCode(200).body("openapi", notNullValue());
            given().baseUri("http://localhost:" + port).when().get("/q/swagger-ui/")
                    .then().statusCode(200).body(containsString("swagger"));
        }
        given().baseUri(suite.gatewayUrl()).when().get("/q/openapi?format=json")
                .then().body("paths", org.hamcrest.Matchers.hasKey("/api/v1/articles"));
    }

    /**
     * The article's names, through the real services: every mention of North Korea (Korea Utara, Korut) in the texts
     * the gateway translated is one entity with one English (the built-in engine renders a gazetteer name one way), and
     * every segment of the built-in engine has a confidence between 0 and 1.
     */
    private static void namesAndConfidence(JsonPath answer) {
        java.util.Set<String> texts = new java.util.LinkedHashSet<>(); // each distinct text once, as the entities count
        texts.add(answer.getString("title.source"));
        texts.add(answer.getString("furniture.standfirst.source"));
        texts.addAll(answer.getList("furniture.captions.source", String.class));
        texts.addAll(answer.getList("translation.segments.source", String.class));
        int mentions = 0;
        for (String text : texts) {
            for (String name : List.of("Korea Utara", "Korut")) {
                for (int at = text == null ? -1 : text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
                    mentions++;
                }
            }
        }
        List<Map<String, Object>> entities = answer.getList("entities");
        Map<String, Object> northKorea = entities.stream().filter(e -> "North Korea".equals(e.get("translation")))
                .findFirst().orElseThrow(() -> new AssertionError("no North Korea in " + entities));
        assertThat(mentions).isGreaterThanOrEqualTo(5);
        assertThat(northKorea.get("count")).as("every mention, in %s", entities).isEqualTo(mentions);
        List<String> aliases = ((List<?>) northKorea.get("source")).stream().map(String::valueOf).toList();
        assertThat(aliases).containsExactlyInAnyOrder("Korea Utara", "Korut");
        assertThat(entities).extracting(e -> e.get("translation")).contains("Kim Jong-un");
        assertThat(answer.getList("translation.segments.confidence", Float.class))
                .isNotEmpty().allSatisfy(c -> assertThat(c).isBetween(0f, 1f));
    }
}
