package io.warta.gateway.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.warta.gateway.service.EngineVersions;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The gateway passes each segment's confidence through, and lists the article's names: translate-service finds them per
 * text (tested there), the gateway merges the texts of one article, one entity per English with its aliases and its
 * counts summed (translate-service is a WireMock stand-in here).
 */
@QuarkusTest
@QuarkusTestResource(BackendsWireMock.class)
class SegmentConfidenceAndEntitiesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    CircuitBreakerMaintenance circuitBreakers;

    @Inject
    EngineVersions versions;

    private WireMockServer backends;

    @BeforeEach
    void backendsAnswer() {
        backends = StubbedBackends.fresh(circuitBreakers, versions);
    }

    @Test
    void confidencesPassThroughAndTheArticlesNamesAreMergedAcrossItsTexts() throws Exception {
        String title = "Korut Uji Rudal Lagi";
        String first = "Korea Utara menembakkan rudal dari dekat Pyongyang.";
        String second = "Pemimpin Korea Utara Kim Jong-un hadir.";
        List<String> texts = StubbedBackends.textsWithoutSummaries(title, List.of(first, second));
        Map<String, List<Map<String, Object>>> entitiesByText = Map.of(
                title, List.of(entity(List.of("Korut"), "North Korea", 1)),
                first, List.of(entity(List.of("Korea Utara"), "North Korea", 1), entity(List.of("Pyongyang"), "Pyongyang", 1)),
                second, List.of(entity(List.of("Korea Utara"), "North Korea", 1), entity(List.of("Kim Jong-un"), "Kim Jong-un", 1)));
        List<Map<String, Object>> translations = new ArrayList<>();
        for (String text : texts) {
            Map<String, Object> segment = new HashMap<>(Map.of("source", text, "translation", "EN:" + text,
                    "engine", "builtin/test", "cached", false, "warnings", List.of()));
            segment.put("confidence", text.equals(first) ? 0.83 : null); // null: an engine without one
            translations.add(Map.of("source", "id", "target", "en", "translation", "EN:" + text, "engine", "builtin/test",
                    "segments", List.of(segment), "entities", entitiesByText.get(text)));
        }
        backends.stubFor(post(urlEqualTo("/v1/translations/batch"))
                .willReturn(okJson(JSON.writeValueAsString(Map.of("translations", translations)))));

        given().contentType(ContentType.JSON)
                .body(Map.of("title", title, "text", first + " " + second))
                .when().post("/api/v1/articles")
                .then().statusCode(200)
                .body("translation.segments[0].confidence", equalTo(0.83f))
                .body("translation.segments[1].confidence", nullValue())
                .body("entities", hasSize(3))
                .body("entities[0].translation", equalTo("North Korea"))
                .body("entities[0].source", contains("Korut", "Korea Utara"))
                .body("entities[0].count", equalTo(3))
                .body("entities[1].translation", equalTo("Pyongyang"))
                .body("entities[2].translation", equalTo("Kim Jong-un"));
    }

    private static Map<String, Object> entity(List<String> source, String translation, int count) {
        return Map.of("source", source, "translation", translation, "count", count);
    }
}
