package io.warta.gateway.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.warta.gateway.GatewayMeters;
import io.warta.gateway.service.EngineVersions;
import jakarta.inject.Inject;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Stored glossaries through the public API, in the real PostgreSQL, and articles that name one. */
@QuarkusTest
@QuarkusTestResource(BackendsWireMock.class)
class GlossaryResourceTest {

    private static final Map<String, Object> HOUSE_STYLE = Map.of("name", "  House   style ", "entries", List.of(
            Map.of("source", "Korea  Utara", "target", "the DPRK"), Map.of("source", "KPK", "target", "KPK")));

    @Inject
    MeterRegistry registry;

    @Inject
    CircuitBreakerMaintenance circuitBreakers;

    @Inject
    EngineVersions versions;

    private WireMockServer backends;

    @BeforeEach
    void backendsAnswer() {
        backends = StubbedBackends.fresh(circuitBreakers, versions);
    }

    private static String create(Map<String, Object> glossary) {
        return given().contentType(ContentType.JSON).body(glossary)
                .when().post("/api/v1/glossaries")
                .then().statusCode(201)
                .extract().path("id");
    }

    @Test
    void createReadListAndDelete() {
        String location = given().contentType(ContentType.JSON).body(HOUSE_STYLE)
                .when().post("/api/v1/glossaries")
                .then().statusCode(201)
                .body("name", equalTo("House style"))
                .body("entryCount", equalTo(2))
                .body("entries[0].source", equalTo("Korea Utara")) // normalized as stored
                .body("entries[0].target", equalTo("the DPRK"))
                .body("digest", matchesPattern("[0-9a-f]{64}"))
                .header("Location", matchesPattern(".*/api/v1/glossaries/[0-9a-f-]{36}"))
                .extract().header("Location");
        String id = location.substring(location.lastIndexOf('/') + 1);

        given().when().get("/api/v1/glossaries/" + id)
                .then().statusCode(200)
                .body("id", equalTo(id))
                .body("entries[1].source", equalTo("KPK"));
        given().when().get("/api/v1/glossaries?size=100")
                .then().statusCode(200)
                .body("find { it.id == '" + id + "' }.name", equalTo("House style"))
                .body("find { it.id == '" + id + "' }", not(hasKey("entries")));

        given().when().delete("/api/v1/glossaries/" + id).then().statusCode(204);
        given().when().get("/api/v1/glossaries/" + id)
                .then().statusCode(404).contentType("application/problem+json")
                .body("detail", equalTo("no glossary with id " + id));
        given().when().delete("/api/v1/glossaries/" + id).then().statusCode(404);
    }

    @Test
    void theSameEntriesHaveTheSameDigestWhateverTheirOrderAndSpacing() {
        String a = given().contentType(ContentType.JSON).body(HOUSE_STYLE).when().post("/api/v1/glossaries")
                .then().statusCode(201).extract().path("digest");
        String b = given().contentType(ContentType.JSON).body(Map.of("name", "copy", "entries", List.of(
                        Map.of("source", "kpk", "target", "KPK"), Map.of("source", "korea utara", "target", "the DPRK"))))
                .when().post("/api/v1/glossaries").then().statusCode(201).extract().path("digest");
        String c = given().contentType(ContentType.JSON).body(Map.of("name", "other", "entries", List.of(
                        Map.of("source", "KPK", "target", "the Corruption Eradication Commission"))))
                .when().post("/api/v1/glossaries").then().statusCode(201).extract().path("digest");
        assertThat(a).isEqualTo(b).isNotEqualTo(c);
    }

    @Test
    void badGlossariesAreProblemsThatNeverEchoTheInput() {
        given().contentType(ContentType.JSON).body(Map.of("name", "big", "entries",
                        Collections.nCopies(501, Map.of("source", "a", "target", "b"))))
                .when().post("/api/v1/glossaries")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", equalTo("entries has 501 entries; at most 500 are allowed"));
        given().contentType(ContentType.JSON).body(Map.of("name", "long", "entries",
                        List.of(Map.of("source", "KPK", "target", "<script>" + "x".repeat(100)))))
                .when().post("/api/v1/glossaries")
                .then().statusCode(400)
                .body("detail", equalTo("entries[0].target is 108 characters; at most 100 are allowed"))
                .body("violations[0].field", equalTo("entries[0].target"))
                .body(not(containsString("script")));
        given().contentType(ContentType.JSON).body(Map.of("name", "twice", "entries", List.of(
                        Map.of("source", "KPK", "target", "KPK"), Map.of("source", " kpk ", "target", "the KPK"))))
                .when().post("/api/v1/glossaries")
                .then().statusCode(400)
                .body("detail", equalTo("entries[1].source repeats the source of entries[0]"));
        given().contentType(ContentType.JSON).body(Map.of("name", "empty", "entries", List.of()))
                .when().post("/api/v1/glossaries")
                .then().statusCode(400).body("detail", equalTo("entries must contain at least one entry"));
        given().contentType(ContentType.JSON).body(Map.of("name", " ", "entries", List.of(Map.of("source", "a", "target", "b"))))
                .when().post("/api/v1/glossaries")
                .then().statusCode(400).body("violations[0].field", containsString("name"));
        given().contentType(ContentType.JSON).body("""
                        {"name":"x","entries":[{"source":"a","target":"b","secret":"<b>"}]}""")
                .when().post("/api/v1/glossaries")
                .then().statusCode(400).contentType("application/problem+json")
                .body(not(containsString("<b>")));
        given().when().get("/api/v1/glossaries/{id}", "<script>alert(1)")
                .then().statusCode(400).body(not(containsString("script")));
        given().when().get("/api/v1/glossaries?size=101").then().statusCode(400);
    }

    @Test
    void anArticleNamingAnUnknownGlossaryIs404() {
        given().contentType(ContentType.JSON)
                .body(Map.of("text", "Harga beras naik pekan ini.", "glossaryId", "00000000-0000-4000-8000-000000000000"))
                .when().post("/api/v1/articles")
                .then().statusCode(404).contentType("application/problem+json")
                .body("detail", equalTo("no glossary with id 00000000-0000-4000-8000-000000000000"));
        given().contentType(ContentType.JSON).body(Map.of("text", "Harga beras naik pekan ini.", "glossaryId", "KPK"))
                .when().post("/api/v1/articles")
                .then().statusCode(400).body("violations[0].field", containsString("glossaryId"));
    }

    @Test
    void anArticleWithAGlossarySendsItAndIsCachedUnderItsDigest() throws Exception {
        List<String> body = StubbedBackends.body("Sukabumi");
        StubbedBackends.summaries(backends, body, 0);
        StubbedBackends.translations(backends, StubbedBackends.textsWithSummaries("Banjir Sukabumi", body), 0);
        Map<String, Object> plain = Map.of("title", "Banjir Sukabumi", "text", String.join(" ", body));
        String glossaryId = create(HOUSE_STYLE);
        Map<String, Object> withGlossary = Map.of("title", "Banjir Sukabumi", "text", String.join(" ", body),
                "glossaryId", glossaryId);

        String first = given().contentType(ContentType.JSON).body(withGlossary).when().post("/api/v1/articles")
                .then().statusCode(200).body("cached", equalTo(false)).extract().path("id");
        backends.verify(postRequestedFor(urlEqualTo("/v1/translations/batch"))
                .withRequestBody(matchingJsonPath("$.glossary[0].source", WireMock.equalTo("Korea Utara")))
                .withRequestBody(matchingJsonPath("$.glossary[0].target", WireMock.equalTo("the DPRK"))));
        // Without the glossary: another result, computed, and translate-service is asked without one.
        backends.resetRequests();
        long computations = GatewayMeters.articlesComputed(registry);
        given().contentType(ContentType.JSON).body(plain).when().post("/api/v1/articles")
                .then().statusCode(200).body("cached", equalTo(false)).body("id", not(equalTo(first)));
        assertThat(GatewayMeters.articlesComputed(registry)).isEqualTo(computations + 1);
        backends.verify(postRequestedFor(urlEqualTo("/v1/translations/batch"))
                .withRequestBody(matchingJsonPath("$.glossary", absent())));
        // The glossary deleted: 404, never the result remembered for it.
        given().contentType(ContentType.JSON).body(withGlossary).when().post("/api/v1/articles")
                .then().statusCode(200).body("cached", equalTo(true)).body("id", equalTo(first));
        given().when().delete("/api/v1/glossaries/" + glossaryId).then().statusCode(204);
        given().contentType(ContentType.JSON).body(withGlossary).when().post("/api/v1/articles")
                .then().statusCode(404);
        // The same entries stored again (a new id, the same digest): the same result; other entries: computed anew.
        given().contentType(ContentType.JSON).body(Map.of("title", "Banjir Sukabumi", "text", String.join(" ", body),
                        "glossaryId", create(HOUSE_STYLE)))
                .when().post("/api/v1/articles")
                .then().statusCode(200).body("cached", equalTo(true)).body("id", equalTo(first));
        String other = create(Map.of("name", "other", "entries", List.of(Map.of("source", "Banjir", "target", "Flood"))));
        given().contentType(ContentType.JSON).body(Map.of("title", "Banjir Sukabumi", "text", String.join(" ", body),
                        "glossaryId", other))
                .when().post("/api/v1/articles")
                .then().statusCode(200).body("cached", equalTo(false)).body("id", not(equalTo(first)))
                .body("summaries", not(nullValue()));
        assertThat(GatewayMeters.articlesComputed(registry)).isEqualTo(computations + 2);
    }
}
