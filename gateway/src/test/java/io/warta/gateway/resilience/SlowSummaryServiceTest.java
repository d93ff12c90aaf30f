package io.warta.gateway.resilience;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.warta.gateway.repository.ArticleRecordRepository;
import io.warta.gateway.rest.BackendsWireMock;
import io.warta.gateway.rest.StubbedBackends;
import io.warta.gateway.service.EngineVersions;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * summary-service answers, but only after the gateway's timeout for it (10 s on
 * SummaryBackend.summarize, one retry): the caller still gets the translation, marked degraded,
 * and nothing is stored.
 */
@QuarkusTest
@QuarkusTestResource(BackendsWireMock.class)
class SlowSummaryServiceTest {

    /** Well beyond SummaryBackend's 10 s timeout, so a slow machine cannot make it look fast. */
    private static final int SUMMARY_DELAY_MS = 16_000;

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
    void summaryServiceSlowerThanItsTimeoutGivesTheTranslationMarkedDegradedAndStoresNothing() throws Exception {
        List<String> body = StubbedBackends.body("Subang");
        StubbedBackends.summaries(backends, body, SUMMARY_DELAY_MS);
        StubbedBackends.translations(backends, StubbedBackends.textsWithoutSummaries("Banjir Subang", body), 0);
        long rowsBefore = rows();

        given().contentType(ContentType.JSON).body(Map.of("title", "Banjir Subang", "text", String.join(" ", body)))
                .when().post("/api/v1/articles")
                .then().statusCode(200)
                .body("degraded", contains("summaries"))
                .body("summaries", nullValue())
                .body("id", nullValue())
                .body("cached", equalTo(false))
                .body("title.translation", equalTo("EN:Banjir Subang"))
                .body("translation.text", equalTo("EN:" + body.get(0) + " EN:" + body.get(1) + " EN:" + body.get(2)));

        assertThat(backends.findAll(postRequestedFor(urlEqualTo("/v1/summaries")))).isNotEmpty();
        assertThat(rows()).isEqualTo(rowsBefore);
    }

    private long rows() {
        return QuarkusTransaction.requiringNew().call(repository::count);
    }
}
