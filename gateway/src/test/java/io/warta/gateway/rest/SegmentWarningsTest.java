package io.warta.gateway.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.warta.gateway.service.EngineVersions;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The gateway passes translate-service's fidelity warnings through, segment by segment, into the article answer
 * (translate-service is a WireMock stand-in here: its own checks are tested in translate-service).
 */
@QuarkusTest
@QuarkusTestResource(BackendsWireMock.class)
class SegmentWarningsTest {

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
    void segmentWarningsReachTheArticleAnswer() throws Exception {
        String amount = "Pemerintah Sukabumi menyiapkan dana Rp 5 miliar.";
        List<String> body = List.of(amount, "Ratusan warga Sukabumi mengungsi ke masjid terdekat.");
        List<String> texts = StubbedBackends.textsWithoutSummaries("Dana Sukabumi", body);
        List<Map<String, Object>> translations = new ArrayList<>();
        for (String text : texts) {
            List<Map<String, String>> warnings = text.equals(amount)
                    ? List.of(Map.of("type", "number-mismatch", "detail", "source has 5000000000; translation has 5000000"))
                    : List.of();
            translations.add(Map.of("source", "id", "target", "en", "translation", "EN:" + text, "engine", "lexicon/test",
                    "segments", List.of(Map.of("source", text, "translation", "EN:" + text, "engine", "lexicon/test",
                            "cached", false, "warnings", warnings))));
        }
        backends.stubFor(post(urlEqualTo("/v1/translations/batch"))
                .willReturn(okJson(JSON.writeValueAsString(Map.of("translations", translations)))));

        given().contentType(ContentType.JSON)
                .body(Map.of("title", "Dana Sukabumi", "text", String.join(" ", body)))
                .when().post("/api/v1/articles")
                .then().statusCode(200)
                .body("translation.segments[0].source", equalTo(amount))
                .body("translation.segments[0].warnings.type", contains("number-mismatch"))
                .body("translation.segments[0].warnings[0].detail", equalTo("source has 5000000000; translation has 5000000"))
                .body("translation.segments[1].warnings", empty());
    }
}
