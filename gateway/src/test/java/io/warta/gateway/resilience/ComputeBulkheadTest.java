package io.warta.gateway.resilience;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.warta.gateway.rest.BackendsWireMock;
import io.warta.gateway.rest.HeldResponses;
import io.warta.gateway.rest.StubbedBackends;
import io.warta.gateway.service.ComputeBulkhead;
import io.warta.gateway.service.EngineVersions;
import io.micrometer.core.instrument.MeterRegistry;
import io.warta.gateway.GatewayMeters;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * More new articles at once than the gateway computes at once: with two slots and a queue of one,
 * five concurrent uncached articles (translate-service's answers held until the test releases them) give two
 * answers and three 503 problems with Retry-After, while an article already in the cache is answered during the
 * saturation. WireMock stands in for translate-service and summary-service.
 */
@QuarkusTest
@QuarkusTestResource(BackendsWireMock.class)
@TestProfile(ComputeBulkheadTest.TwoSlots.class)
class ComputeBulkheadTest {

    /** The management interface (its root): metrics are served there, at /q/metrics. */
    @io.quarkus.test.common.http.TestHTTPResource(value = "/", management = true)
    java.net.URL management;

    public static class TwoSlots implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("warta.gateway.bulkhead.max-concurrent", "2",
                    "warta.gateway.bulkhead.queue-size", "1",
                    "warta.gateway.bulkhead.max-wait", "300ms",
                    "warta.gateway.bulkhead.retry-after-seconds", "7");
        }
    }

    private static final int SLOTS = 2;
    private static final int NEW_ARTICLES = 5;
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    MeterRegistry registry;
    @Inject
    ComputeBulkhead bulkhead;
    @Inject
    EngineVersions versions;
    @Inject
    CircuitBreakerMaintenance circuitBreakers;

    @TestHTTPResource("/api/v1/articles")
    URI endpoint;

    private WireMockServer backends;

    @BeforeEach
    void backendsAnswer() {
        backends = StubbedBackends.fresh(circuitBreakers, versions);
    }

    private Map<String, String> article(String place, int translateDelayMs) throws Exception {
        List<String> body = StubbedBackends.body(place);
        StubbedBackends.summaries(backends, place, body, 0);
        StubbedBackends.translations(backends, place, StubbedBackends.textsWithSummaries("Banjir " + place, body),
                translateDelayMs);
        return Map.of("title", "Banjir " + place, "text", String.join(" ", body));
    }

    @Test
    void excessNewArticlesGet503WithRetryAfterWhileCachedOnesAreStillAnswered() throws Exception {
        Map<String, String> stored = article("Serang", 0);
        given().contentType(ContentType.JSON).body(stored).when().post("/api/v1/articles")
                .then().statusCode(200).body("cached", equalTo(false));
        List<Map<String, String>> fresh = new ArrayList<>();
        for (int i = 0; i < NEW_ARTICLES; i++) {
            fresh.add(article("Lebak" + (char) ('A' + i), StubbedBackends.HELD));
        }
        HeldResponses.close();
        long computationsBefore = GatewayMeters.articlesComputed(registry);
        long rejectionsBefore = bulkhead.rejections();

        HttpClient http = HttpClient.newHttpClient();
        ExecutorService callers = Executors.newFixedThreadPool(NEW_ARTICLES);
        try {
            List<Future<HttpResponse<String>>> answers = new ArrayList<>();
            for (Map<String, String> article : fresh) {
                byte[] json = JSON.writeValueAsBytes(article);
                answers.add(callers.submit(() -> http.send(HttpRequest.newBuilder(endpoint)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(json)).build(), HttpResponse.BodyHandlers.ofString())));
            }

            // Both slots stay busy (their translations are held) until the refusals have reached the clients.
            awaitUntil(() -> HeldResponses.arrived() == SLOTS
                    && answers.stream().filter(Future::isDone).count() == NEW_ARTICLES - SLOTS,
                    "two computations in flight and three answers back");
            assertThat(bulkhead.rejections() - rejectionsBefore).isEqualTo(NEW_ARTICLES - SLOTS);

            // Saturated: both slots busy. A cached article does not wait for a slot.
            given().contentType(ContentType.JSON).body(stored).when().post("/api/v1/articles")
                    .then().statusCode(200).body("cached", equalTo(true));
            assertThat(answers.stream().filter(Future::isDone).map(ComputeBulkheadTest::status))
                    .as("only the refused requests have answered while the slots are busy")
                    .containsOnly(503).hasSize(NEW_ARTICLES - SLOTS);
            HeldResponses.release();

            List<HttpResponse<String>> all = new ArrayList<>();
            for (Future<HttpResponse<String>> answer : answers) {
                all.add(answer.get(60, TimeUnit.SECONDS));
            }
            assertThat(all).filteredOn(r -> r.statusCode() == 200).hasSize(SLOTS);
            List<HttpResponse<String>> refused = all.stream().filter(r -> r.statusCode() != 200).toList();
            assertThat(refused).hasSize(NEW_ARTICLES - SLOTS);
            for (HttpResponse<String> response : refused) {
                assertThat(response.statusCode()).isEqualTo(503);
                assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
                assertThat(response.headers().firstValue("Retry-After")).hasValue("7");
                JsonNode problem = JSON.readTree(response.body());
                assertThat(problem.path("status").asInt()).isEqualTo(503);
                assertThat(problem.path("type").asText()).endsWith("/overloaded");
                assertThat(problem.path("detail").asText()).isNotBlank();
            }
            assertThat(GatewayMeters.articlesComputed(registry) - computationsBefore).isEqualTo(SLOTS);
        } finally {
            HeldResponses.release();
            callers.shutdownNow();
        }
        given().when().get(new java.net.URL(management, "/q/metrics").toString()).then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("warta_gateway_bulkhead_rejected_total"))
                .body(org.hamcrest.Matchers.containsString("warta_gateway_articles_computed_total"))
                .body(org.hamcrest.Matchers.containsString("warta_gateway_articles_joined_total"));
    }

    /** Polls a state with a deadline far beyond what a loaded machine needs; fails if it never holds. */
    private static void awaitUntil(BooleanSupplier state, String what) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!state.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waiting for: " + what).isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    private static int status(Future<HttpResponse<String>> answer) {
        try {
            return answer.get().statusCode();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
