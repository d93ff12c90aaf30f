package io.warta.gateway.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.restassured.http.ContentType;
import io.warta.gateway.service.EngineVersions;
import io.micrometer.core.instrument.MeterRegistry;
import io.warta.gateway.GatewayMeters;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(BackendsWireMock.class)
class ArticleResourceTest {

    @Inject
    MeterRegistry registry;

    @Inject
    CircuitBreakerMaintenance circuitBreakers;

    private WireMockServer backends;

    @Inject
    EngineVersions versions;

    @BeforeEach
    void backendsAnswer() {
        // Failure tests open the breakers on purpose, and other test classes of this application stub other engine
        // versions (which the gateway trusts for a while): each test starts with breakers closed and versions re-read.
        backends = StubbedBackends.fresh(circuitBreakers, versions);
    }

    @Test
    void composesTranslationAndEnglishSummariesThenServesTheCacheWithoutCallingTheServices() throws Exception {
        List<String> body = StubbedBackends.body("Bekasi");
        StubbedBackends.summaries(backends, body, 0);
        StubbedBackends.translations(backends, StubbedBackends.textsWithSummaries("Banjir Bekasi", body), 0);
        Map<String, String> article = Map.of("title", "Banjir Bekasi", "text", String.join(" ", body));

        String id = given().contentType(ContentType.JSON).body(article)
                .when().post("/api/v1/articles")
                .then().statusCode(200)
                .body("cached", equalTo(false))
                .body("sourceLanguage", equalTo("id"))
                .body("title.translation", equalTo("EN:Banjir Bekasi"))
                .body("translation.text", equalTo("EN:" + body.get(0) + " EN:" + body.get(1) + " EN:" + body.get(2)))
                .body("summaries.headline", equalTo("EN:Banjir melanda"))
                .body("summaries.standard", equalTo("EN:" + body.get(0) + " EN:" + body.get(1) + " EN:" + body.get(2)))
                .body("summaries.keyPoints", contains("EN:" + body.get(0), "EN:" + body.get(2)))
                .body("degraded", org.hamcrest.Matchers.empty())
                .extract().path("id");
        int callsBehindTheGateway = backends.findAll(anyRequestedFor(anyUrl())).size();
        long computations = GatewayMeters.articlesComputed(registry);

        given().contentType(ContentType.JSON).body(article)
                .when().post("/api/v1/articles")
                .then().statusCode(200)
                .body("cached", equalTo(true))
                .body("id", equalTo(id));

        assertThat(backends.findAll(anyRequestedFor(anyUrl()))).hasSize(callsBehindTheGateway);
        assertThat(GatewayMeters.articlesComputed(registry)).isEqualTo(computations);
        given().when().get("/api/v1/articles/" + id)
                .then().statusCode(200).body("summaries.headline", equalTo("EN:Banjir melanda"));
        String readable = given().accept(ContentType.TEXT).when().get("/api/v1/articles/" + id)
                .then().statusCode(200).extract().asString();
        assertThat(readable).contains("EN:Banjir Bekasi", "HEADLINE\nEN:Banjir melanda", "  • EN:" + body.get(2));
    }

    @Test
    void plainTextBodyIsAccepted() throws Exception {
        List<String> body = StubbedBackends.body("Depok");
        StubbedBackends.summaries(backends, body, 0);
        StubbedBackends.translations(backends, StubbedBackends.textsWithSummaries("Banjir Depok", body), 0);

        given().contentType(ContentType.TEXT).body("Banjir Depok\n\n" + String.join(" ", body))
                .when().post("/api/v1/articles")
                .then().statusCode(200)
                .body("title.source", equalTo("Banjir Depok"))
                .body("summaries.short", equalTo("EN:" + body.get(0)));
    }

    @Test
    void summaryServiceDownGivesTheTranslationMarkedDegradedAndUncached() throws Exception {
        List<String> body = StubbedBackends.body("Bogor");
        backends.stubFor(post(urlEqualTo("/v1/summaries")).willReturn(aResponse().withStatus(503)));
        List<String> texts = new ArrayList<>(List.of("Banjir Bogor"));
        texts.addAll(body);
        StubbedBackends.translations(backends, texts, 0);
        Map<String, String> article = Map.of("title", "Banjir Bogor", "text", String.join(" ", body));

        for (int attempt = 0; attempt < 2; attempt++) {
            given().contentType(ContentType.JSON).body(article)
                    .when().post("/api/v1/articles")
                    .then().statusCode(200)
                    .body("summaries", nullValue())
                    .body("id", nullValue())
                    .body("degraded", contains("summaries"))
                    .body("translation.text", containsString("EN:Banjir melanda Bogor"))
                    .body("cached", equalTo(false));
        }
    }

    @Test
    void translateServiceDownIsA503WithRetryAfter() throws Exception {
        List<String> body = StubbedBackends.body("Tangerang");
        StubbedBackends.summaries(backends, body, 0);
        backends.stubFor(post(urlEqualTo("/v1/translations/batch")).willReturn(aResponse().withStatus(500)));

        given().contentType(ContentType.JSON).body(Map.of("text", String.join(" ", body)))
                .when().post("/api/v1/articles")
                .then().statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", notNullValue())
                .body("status", equalTo(503));
    }

    @Test
    void markupAndControlCharactersNeverReachTheServices() throws Exception {
        List<String> body = StubbedBackends.body("Cikarang");
        StubbedBackends.summaries(backends, body, 0);
        StubbedBackends.translations(backends, StubbedBackends.textsWithSummaries("Banjir Cikarang", body), 0);
        String html = "<p>" + body.get(0) + "</p><script>alert('x')</script><p>" + body.get(1).replace("mengungsi", "mengungsi\u0007")
                + " <b>" + body.get(2) + "</b></p>";

        given().contentType(ContentType.JSON).body(Map.of("title", "<h1>Banjir Cikarang</h1>", "text", html))
                .when().post("/api/v1/articles")
                .then().statusCode(200)
                .body("translation.text", not(containsString("<")))
                .body("translation.text", not(containsString("alert")));
        String sent = backends.findAll(postRequestedFor(urlEqualTo("/v1/translations/batch"))).get(0).getBodyAsString();
        assertThat(sent).doesNotContain("<p>", "<b>", "script", "\\u0007");
    }

    @Test
    void bytesThatAreNotUtf8TextAreRefused() {
        byte[] latin1 = "Banjir melanda Garut, warga mengungsi ke balai desa.".replace("a", "\u00e0")
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        given().contentType("text/plain").body(latin1)
                .when().post("/api/v1/articles").then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("UTF-8"));
        given().contentType("text/plain").body(new byte[] { 'B', 'a', 0, 1, 2, 'x' })
                .when().post("/api/v1/articles").then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("binary"));
        byte[] json = "{\"text\": \"Banjir \u00e0\"}".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        given().contentType(ContentType.JSON).body(json)
                .when().post("/api/v1/articles").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void unknownIdIsA404ProblemAndAMalformedOneA400() {
        given().when().get("/api/v1/articles/0b6f2d0e-58f4-4c4e-9d59-6a7d1f0c2b11")
                .then().statusCode(404).contentType("application/problem+json")
                .body("detail", containsString("0b6f2d0e-58f4-4c4e-9d59-6a7d1f0c2b11"));
        given().accept("application/xml").when().get("/api/v1/articles/0b6f2d0e-58f4-4c4e-9d59-6a7d1f0c2b11")
                .then().statusCode(406).contentType("application/problem+json");
        given().urlEncodingEnabled(true).when().get("/api/v1/articles/{id}", "<script>alert(1)</script>")
                .then().statusCode(400).contentType("application/problem+json")
                .body(not(containsString("<script>")));
    }

    @Test
    void badInputIsAClearProblem() {
        given().contentType(ContentType.JSON).body(Map.of("text", "  "))
                .when().post("/api/v1/articles").then().statusCode(400).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body("{\"text\": ")
                .when().post("/api/v1/articles").then().statusCode(400).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(Map.of("text", "Banjir.", "author", "x"))
                .when().post("/api/v1/articles").then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("author"));
        given().contentType(ContentType.JSON)
                .body(Map.of("text", "The president said that the flood was the worst in a decade and that the city would rebuild."))
                .when().post("/api/v1/articles").then().statusCode(422).contentType("application/problem+json")
                .body("detectedLanguage", equalTo("en"));
        given().contentType(ContentType.JSON).body(Map.of("text", "banjir ".repeat(15_000)))
                .when().post("/api/v1/articles").then().statusCode(413).contentType("application/problem+json");
        given().contentType("application/xml").body("<text>Banjir</text>")
                .when().post("/api/v1/articles").then().statusCode(415).contentType("application/problem+json");
    }

    @Test
    void bodyOverTheHttpLimitIsA413ProblemForJsonAndPlainText() {
        // quarkus.http.limits.max-body-size=1M: refused from the Content-Length, before anything is read or stored.
        String text = "Banjir melanda kota. ".repeat(60_000);
        given().contentType(ContentType.JSON).body(Map.of("text", text))
                .when().post("/api/v1/articles").then().statusCode(413).contentType("application/problem+json")
                .body("status", equalTo(413))
                .body("detail", containsString("limit is 1048576 bytes"));
        given().contentType("text/plain; charset=utf-8").body(text)
                .when().post("/api/v1/articles").then().statusCode(413).contentType("application/problem+json");
    }

    @Test
    void anArticleWithoutWordsGetsBlankSummariesNotAServerError() throws Exception {
        // summary-service's real answer for an article that is one dash: a blank headline (nothing to compress).
        Map<String, Object> tiers = new java.util.LinkedHashMap<>();
        tiers.put("headline", Map.of("text", "", "sentences", List.of(0)));
        tiers.put("short", Map.of("text", "—", "sentences", List.of(0)));
        tiers.put("standard", Map.of("text", "—", "sentences", List.of(0)));
        tiers.put("detailed", Map.of("text", "—", "sentences", List.of(0)));
        tiers.put("keyPoints", Map.of("items", List.of(), "sentences", List.of()));
        backends.stubFor(com.github.tomakehurst.wiremock.client.WireMock.post("/v1/summaries")
                .willReturn(com.github.tomakehurst.wiremock.client.WireMock.okJson(new com.fasterxml.jackson.databind.ObjectMapper()
                        .writeValueAsString(Map.of("language", "id", "summarizer", "lead/test", "sentences", List.of("—"),
                                "tiers", tiers, "cached", false)))));
        StubbedBackends.translations(backends, List.of("—", "—"), 0);

        given().contentType(ContentType.JSON).body(Map.of("text", "—"))
                .when().post("/api/v1/articles")
                .then().statusCode(200)
                .body("translation.text", equalTo("EN:—"))
                .body("summaries.headline", equalTo(""))
                .body("summaries.short", equalTo("EN:—"));
    }

    @Test
    void aTextFarOverTheLimitAsSentIsRefusedBeforeAnyWork() {
        // Under the HTTP body limit, but over the limit before markup is reduced: no normalization is spent on it.
        given().contentType(ContentType.JSON).body(Map.of("text", "<p>".repeat(140_000)))
                .when().post("/api/v1/articles").then().statusCode(413).contentType("application/problem+json")
                .body("detail", containsString("as sent"));
        assertThat(backends.findAll(com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor(anyUrl()))).isEmpty();
    }
}
