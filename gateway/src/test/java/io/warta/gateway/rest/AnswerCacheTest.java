package io.warta.gateway.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.warta.gateway.repository.ArticleRecordRepository;
import io.warta.gateway.service.EngineVersions;
import io.micrometer.core.instrument.MeterRegistry;
import io.warta.gateway.GatewayMeters;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The in-memory layer of answers in front of the stored results: what it answers, and what it must never answer
 * (a result of other engine versions, a degraded result). Whether an answer came from memory is told apart from
 * the database by deleting the row: only the memory can still answer then.
 */
@QuarkusTest
@QuarkusTestResource(BackendsWireMock.class)
class AnswerCacheTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    MeterRegistry registry;
    @Inject
    ArticleRecordRepository repository;
    @Inject
    EngineVersions versions;
    @Inject
    CircuitBreakerMaintenance circuitBreakers;

    private WireMockServer backends;

    @BeforeEach
    void backendsAnswer() {
        backends = StubbedBackends.fresh(circuitBreakers, versions);
    }

    @Test
    void aRepeatedRequestIsAnsweredFromMemoryWithTheSameBytesAsGetById() throws Exception {
        List<String> body = stubArticle("Kuningan");
        String request = "{\"title\":\"Banjir Kuningan\",\"text\":" + JSON.writeValueAsString(String.join(" ", body)) + "}";

        String id = submit(request).then().statusCode(200).body("cached", equalTo(false)).extract().path("id");
        long computations = GatewayMeters.articlesComputed(registry);
        int calls = backends.findAll(anyRequestedFor(anyUrl())).size();
        byte[] repeated = submit(request).then().statusCode(200).contentType(ContentType.JSON)
                .body("cached", equalTo(true)).body("id", equalTo(id))
                .body("summaries.headline", equalTo("EN:Banjir melanda")).extract().asByteArray();

        // The same article in other bytes (here: key order) is another entry, read from the same stored result.
        String reordered = "{\"text\":" + JSON.writeValueAsString(String.join(" ", body))
                + ",\"title\":\"Banjir Kuningan\"}";
        byte[] sameResult = submit(reordered).then().statusCode(200).body("cached", equalTo(true)).body("id", equalTo(id))
                .extract().asByteArray();
        assertThat(sameResult).isEqualTo(repeated);

        deleteRow(id); // only the memory can answer now
        byte[] fromMemory = submit(request).then().statusCode(200).body("id", equalTo(id)).extract().asByteArray();
        assertThat(fromMemory).isEqualTo(repeated);
        assertThat(GatewayMeters.articlesComputed(registry)).isEqualTo(computations);
        assertThat(backends.findAll(anyRequestedFor(anyUrl()))).hasSize(calls);
    }

    @Test
    void getByIdSendsTheSameBytesWithAnEntityTagAndAnswers304ToIt() throws Exception {
        List<String> body = stubArticle("Majalengka");
        String request = JSON.writeValueAsString(Map.of("title", "Banjir Majalengka", "text", String.join(" ", body)));
        String id = submit(request).then().statusCode(200).extract().path("id");
        byte[] repeated = submit(request).then().statusCode(200).extract().asByteArray();
        String contentKey = QuarkusTransaction.requiringNew()
                .call(() -> repository.findByPublicId(id).orElseThrow().cacheKey);

        Response first = given().when().get("/api/v1/articles/" + id);
        first.then().statusCode(200).contentType(ContentType.JSON)
                .header("ETag", equalTo('"' + contentKey + '"'))
                .header("Cache-Control", equalTo("public, max-age=31536000, immutable"))
                .header("Vary", equalTo("Accept"));
        assertThat(first.asByteArray()).isEqualTo(repeated);

        given().header("If-None-Match", '"' + contentKey + '"').when().get("/api/v1/articles/" + id)
                .then().statusCode(304).header("ETag", equalTo('"' + contentKey + '"')).body(emptyString());
        given().header("If-None-Match", "\"other\", W/\"" + contentKey + "\"").when().get("/api/v1/articles/" + id)
                .then().statusCode(304);
        given().header("If-None-Match", "\"other\"").when().get("/api/v1/articles/" + id)
                .then().statusCode(200).body("id", equalTo(id));

        deleteRow(id); // answered from memory from now on
        byte[] fromMemory = given().when().get("/api/v1/articles/" + id).then().statusCode(200)
                .header("ETag", equalTo('"' + contentKey + '"')).extract().asByteArray();
        assertThat(fromMemory).isEqualTo(repeated);
    }

    @Test
    void aNewEngineVersionIsNeverAnsweredFromMemory() throws Exception {
        List<String> body = stubArticle("Cirebon");
        String request = JSON.writeValueAsString(Map.of("title", "Banjir Cirebon", "text", String.join(" ", body)));
        String id = submit(request).then().statusCode(200).body("engines.translation", equalTo("lexicon/test"))
                .extract().path("id");
        submit(request).then().statusCode(200).body("cached", equalTo(true)).body("id", equalTo(id));
        long computations = GatewayMeters.articlesComputed(registry);

        // translate-service now prefers another engine version: the answer in memory is of the old one.
        backends.stubFor(get(urlEqualTo("/v1/engines")).willReturn(okJson("{\"active\":\"lexicon/test-2\",\"engines\":[]}")));
        StubbedBackends.translations(backends, "Cirebon", StubbedBackends.textsWithSummaries("Banjir Cirebon", body),
                0, "lexicon/test-2");
        versions.invalidate();

        String newId = submit(request).then().statusCode(200).body("cached", equalTo(false))
                .body("engines.translation", equalTo("lexicon/test-2")).extract().path("id");
        assertThat(newId).isNotNull().isNotEqualTo(id);
        assertThat(GatewayMeters.articlesComputed(registry)).isEqualTo(computations + 1);
        submit(request).then().statusCode(200).body("cached", equalTo(true)).body("id", equalTo(newId));
    }

    @Test
    void aDegradedAnswerIsNeverKept() throws Exception {
        List<String> body = StubbedBackends.body("Indramayu");
        backends.stubFor(post(urlEqualTo("/v1/summaries")).willReturn(aResponse().withStatus(503)));
        StubbedBackends.translations(backends, StubbedBackends.textsWithoutSummaries("Banjir Indramayu", body), 0);
        String request = JSON.writeValueAsString(Map.of("title", "Banjir Indramayu", "text", String.join(" ", body)));
        long computations = GatewayMeters.articlesComputed(registry);

        for (int attempt = 0; attempt < 2; attempt++) {
            submit(request).then().statusCode(200).body("degraded", contains("summaries")).body("id", nullValue())
                    .body("cached", equalTo(false));
        }
        assertThat(GatewayMeters.articlesComputed(registry)).isEqualTo(computations + 2); // neither replayed

        // summary-service is back: the complete answer is computed, not the degraded one replayed.
        StubbedBackends.summaries(backends, body, 0);
        StubbedBackends.translations(backends, StubbedBackends.textsWithSummaries("Banjir Indramayu", body), 0);
        submit(request).then().statusCode(200).body("degraded", org.hamcrest.Matchers.empty())
                .body("summaries.headline", equalTo("EN:Banjir melanda")).body("id", notNullValue());
    }

    @Test
    void plainTextAndJsonBodiesAreKeptApart() throws Exception {
        List<String> body = stubArticle("Sumedang");
        String text = "Banjir Sumedang\n\n" + String.join(" ", body);
        String id = given().contentType("text/plain; charset=utf-8").body(text.getBytes(StandardCharsets.UTF_8))
                .when().post("/api/v1/articles").then().statusCode(200).extract().path("id");
        given().contentType("text/plain; charset=utf-8").body(text.getBytes(StandardCharsets.UTF_8))
                .when().post("/api/v1/articles").then().statusCode(200).body("cached", equalTo(true))
                .body("id", equalTo(id));
        // The same bytes as JSON are not a JSON article: the bad request is refused, not answered from memory.
        given().contentType(ContentType.JSON).body(text.getBytes(StandardCharsets.UTF_8))
                .when().post("/api/v1/articles").then().statusCode(400).contentType("application/problem+json");
    }

    private List<String> stubArticle(String place) throws Exception {
        List<String> body = StubbedBackends.body(place);
        StubbedBackends.summaries(backends, place, body, 0);
        StubbedBackends.translations(backends, place, StubbedBackends.textsWithSummaries("Banjir " + place, body), 0);
        return body;
    }

    private static Response submit(String json) {
        return given().contentType(ContentType.JSON).body(json.getBytes(StandardCharsets.UTF_8))
                .when().post("/api/v1/articles");
    }

    private void deleteRow(String id) {
        QuarkusTransaction.requiringNew().run(() -> repository.deleteById(id));
        assertThat(QuarkusTransaction.requiringNew().call(() -> repository.findByPublicId(id))).isEmpty();
    }
}
