package io.warta.gateway.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.warta.gateway.service.EngineVersions;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A new article: summary-service is asked while the article is translated, and only the summary's own sentences
 * (those that are not already article sentences) wait for it, in a second translate call.
 */
@QuarkusTest
@QuarkusTestResource(BackendsWireMock.class)
class SummaryBesideTranslationTest {

    /** summary-service cannot answer sooner than this (well under its ¾ of a short article's 10 s deadline). */
    private static final int SUMMARY_DELAY_MS = 4000;
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    EngineVersions versions;
    @Inject
    CircuitBreakerMaintenance circuitBreakers;

    @Test
    void theArticleIsTranslatedWhileTheSummaryIsPickedAndOnlyItsHeadlineWaits() throws Exception {
        WireMockServer backends = StubbedBackends.fresh(circuitBreakers, versions);
        List<String> body = StubbedBackends.body("Bandung Barat");
        StubbedBackends.summaries(backends, body, SUMMARY_DELAY_MS);
        StubbedBackends.translations(backends, StubbedBackends.textsWithSummaries("Banjir Bandung Barat", body), 0);

        given().contentType(ContentType.JSON)
                .body(Map.of("title", "Banjir Bandung Barat", "text", String.join(" ", body)))
                .when().post("/api/v1/articles")
                .then().statusCode(200)
                .body("summaries.headline", equalTo("EN:Banjir melanda"))
                .body("summaries.keyPoints[1]", equalTo("EN:" + body.get(2)))
                .body("translation.text", equalTo("EN:" + String.join(" EN:", body)));

        LoggedRequest summary = backends.findAll(postRequestedFor(urlEqualTo("/v1/summaries"))).get(0);
        List<LoggedRequest> translate = backends.findAll(postRequestedFor(urlEqualTo("/v1/translations/batch")));
        assertThat(translate).hasSize(2);
        // The article reached translate-service before summary-service could have answered.
        assertThat(translate.get(0).getLoggedDate().getTime())
                .isLessThan(summary.getLoggedDate().getTime() + SUMMARY_DELAY_MS);
        assertThat(texts(translate.get(0))).containsExactlyElementsOf(
                StubbedBackends.textsWithoutSummaries("Banjir Bandung Barat", body));
        // The short summary and key points are article sentences, translated already: only the headline waited.
        assertThat(texts(translate.get(1))).containsExactly("Banjir melanda");
        // Sent as the sentences the parser split: translate-service translates them as they are.
        for (LoggedRequest request : translate) {
            assertThat(JSON.readTree(request.getBodyAsString()).path("presplit").asBoolean()).isTrue();
        }
    }

    private static List<String> texts(LoggedRequest request) throws Exception {
        return JSON.readerForListOf(String.class).readValue(JSON.readTree(request.getBodyAsString()).path("texts"));
    }
}
