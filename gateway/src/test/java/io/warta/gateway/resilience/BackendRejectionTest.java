package io.warta.gateway.resilience;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.warta.gateway.rest.BackendsWireMock;
import io.warta.gateway.rest.StubbedBackends;
import io.warta.gateway.service.EngineVersions;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A service behind the gateway refuses one caller's article with a 4xx (WireMock stands in for translate-service
 * and summary-service). That is the caller's doing: it is neither retried nor counted by a circuit breaker, so it
 * can be sent again and again (more often than the breakers' request volume of 8) and the next caller with a
 * normal article is still translated and summarized. Before, each refusal was retried and counted as an outage:
 * the breaker opened and the next callers got 503 (translations) or no summaries (for 10 s).
 */
@QuarkusTest
@QuarkusTestResource(BackendsWireMock.class)
class BackendRejectionTest {

    /** More refusals than any breaker's request volume threshold (8), so a counted refusal would open it. */
    private static final int ATTEMPTS = 10;

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
    void translateServiceRefusingOneArticleGivesThatCallerTheClientErrorAndTripsNothing() throws Exception {
        List<String> hostile = StubbedBackends.body("Hostilia");
        StubbedBackends.summaries(backends, "Hostilia", hostile, 0);
        backends.stubFor(post(urlEqualTo("/v1/translations/batch")).withRequestBody(containing("Hostilia"))
                .willReturn(problem(400, "{\"type\":\"about:blank\",\"status\":400,\"detail\":\"Hostilia echoed\"}")));

        for (int i = 0; i < ATTEMPTS; i++) {
            submit("Banjir Hostilia", hostile).statusCode(400)
                    .contentType("application/problem+json")
                    .body("status", equalTo(400))
                    .body("detail", not(containsString("Hostilia")));
        }
        backends.verify(ATTEMPTS, postRequestedFor(urlEqualTo("/v1/translations/batch"))
                .withRequestBody(containing("Hostilia"))); // once per request: never retried

        assertNormalArticleIsTranslatedAndSummarized("Pamekasan");
    }

    @Test
    void translateServiceTooLargeAndNotIndonesianBecomeTheSameClientErrors() throws Exception {
        List<String> large = StubbedBackends.body("Largonia");
        StubbedBackends.summaries(backends, "Largonia", large, 0);
        backends.stubFor(post(urlEqualTo("/v1/translations/batch")).withRequestBody(containing("Largonia"))
                .willReturn(problem(413, "{\"status\":413}")));
        List<String> foreign = StubbedBackends.body("Foreignia");
        StubbedBackends.summaries(backends, "Foreignia", foreign, 0);
        backends.stubFor(post(urlEqualTo("/v1/translations/batch")).withRequestBody(containing("Foreignia"))
                .willReturn(problem(422, "{\"status\":422,\"detectedLanguage\":\"fr\"}")));

        for (int i = 0; i < ATTEMPTS / 2; i++) {
            submit("Banjir Largonia", large).statusCode(413).contentType("application/problem+json");
            submit("Banjir Foreignia", foreign).statusCode(422).contentType("application/problem+json")
                    .body("detectedLanguage", equalTo("fr"));
        }
        backends.verify(ATTEMPTS, postRequestedFor(urlEqualTo("/v1/translations/batch")));
        assertNormalArticleIsTranslatedAndSummarized("Sampang");
    }

    @Test
    void summaryServiceRefusingAnOverLongArticleGivesItDegradedWithAReasonAndOthersKeepSummaries() throws Exception {
        List<String> longArticle = StubbedBackends.body("Panjangria");
        backends.stubFor(post(urlEqualTo("/v1/summaries")).withRequestBody(containing("Panjangria"))
                .willReturn(problem(413, "{\"status\":413,\"detail\":\"over 2000 sentences\"}")));
        StubbedBackends.translations(backends, "Panjangria",
                StubbedBackends.textsWithoutSummaries("Banjir Panjangria", longArticle), 0);

        for (int i = 0; i < ATTEMPTS; i++) {
            submit("Banjir Panjangria", longArticle).statusCode(200)
                    .body("degraded", contains("summaries"))
                    .body("degradedReasons.summaries", equalTo("article-too-long"))
                    .body("summaries", nullValue())
                    .body("id", nullValue())
                    .body("translation.text", containsString("EN:" + longArticle.get(0)));
        }
        backends.verify(ATTEMPTS, postRequestedFor(urlEqualTo("/v1/summaries"))
                .withRequestBody(containing("Panjangria"))); // once per request: never retried

        assertNormalArticleIsTranslatedAndSummarized("Bangkalan");
    }

    @Test
    void aFailingServiceStillCountsAndIsRetried() throws Exception {
        List<String> body = StubbedBackends.body("Sumenep");
        StubbedBackends.summaries(backends, "Sumenep", body, 0);
        backends.stubFor(post(urlEqualTo("/v1/translations/batch")).withRequestBody(containing("Sumenep"))
                .willReturn(problem(500, "{\"status\":500}")));

        submit("Banjir Sumenep", body).statusCode(503).header("Retry-After", notNullValue());
        // The first call and its retries (two, unless the article's deadline ran out first on a loaded machine).
        backends.verify(com.github.tomakehurst.wiremock.client.WireMock.moreThanOrExactly(2),
                postRequestedFor(urlEqualTo("/v1/translations/batch")).withRequestBody(containing("Sumenep")));
    }

    private void assertNormalArticleIsTranslatedAndSummarized(String place) throws Exception {
        List<String> body = StubbedBackends.body(place);
        StubbedBackends.summaries(backends, place, body, 0);
        StubbedBackends.translations(backends, place, StubbedBackends.textsWithSummaries("Banjir " + place, body), 0);
        submit("Banjir " + place, body).statusCode(200)
                .body("degraded", org.hamcrest.Matchers.empty())
                .body("summaries.headline", equalTo("EN:Banjir melanda"))
                .body("translation.text", containsString("EN:" + body.get(0)));
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder problem(int status, String json) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/problem+json").withBody(json);
    }

    private static ValidatableResponse submit(String title, List<String> body) {
        return given().contentType(ContentType.JSON).body(Map.of("title", title, "text", String.join(" ", body)))
                .when().post("/api/v1/articles")
                .then();
    }
}
