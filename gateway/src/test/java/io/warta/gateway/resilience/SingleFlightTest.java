package io.warta.gateway.resilience;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.warta.gateway.repository.ArticleRecordRepository;
import io.warta.gateway.rest.BackendsWireMock;
import io.warta.gateway.rest.StubbedBackends;
import io.warta.gateway.service.EngineVersions;
import io.micrometer.core.instrument.MeterRegistry;
import io.warta.gateway.GatewayMeters;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * 80 concurrent identical requests for an article nobody has asked for yet: the gateway computes
 * it once (one summary call, one translate call for the article and one for the summary's headline) and stores one
 * row, and every caller gets that result. 80 is what the bulkhead holds by default (16 slots, 64 waiting): callers
 * of an identical article in flight count in it like any other (DeadlineTest shows the ones beyond are refused).
 */
@QuarkusTest
@QuarkusTestResource(BackendsWireMock.class)
class SingleFlightTest {

    private static final int CALLERS = 80;
    /** translate-service takes this long, so the callers arrive while the first computation is running. */
    private static final int TRANSLATE_DELAY_MS = 3000;
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    MeterRegistry registry;
    @Inject
    ArticleRecordRepository repository;
    @Inject
    EngineVersions versions;
    @Inject
    CircuitBreakerMaintenance circuitBreakers;

    @TestHTTPResource("/api/v1/articles")
    URI articlesUri;

    private WireMockServer backends;
    private ExecutorService callers;

    @BeforeEach
    void backendsAnswer() {
        backends = StubbedBackends.fresh(circuitBreakers, versions);
        callers = Executors.newFixedThreadPool(CALLERS);
    }

    @AfterEach
    void stopCallers() {
        callers.shutdownNow();
    }

    @Test
    void eightyConcurrentIdenticalRequestsComputeOnceAndStoreOneRow() throws Exception {
        List<String> body = StubbedBackends.body("Purwakarta");
        StubbedBackends.summaries(backends, body, 0);
        StubbedBackends.translations(backends, StubbedBackends.textsWithSummaries("Banjir Purwakarta", body),
                TRANSLATE_DELAY_MS);
        String article = JSON.writeValueAsString(Map.of("title", "Banjir Purwakarta", "text", String.join(" ", body)));
        long rowsBefore = rows();
        long computationsBefore = GatewayMeters.articlesComputed(registry);
        long joinedBefore = GatewayMeters.articlesJoined(registry);

        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest post = HttpRequest.newBuilder(articlesUri).timeout(Duration.ofSeconds(120))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(article, StandardCharsets.UTF_8)).build();
        CountDownLatch go = new CountDownLatch(1);
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        for (int i = 0; i < CALLERS; i++) {
            answers.add(callers.submit(() -> {
                go.await();
                return http.send(post, HttpResponse.BodyHandlers.ofString());
            }));
        }
        go.countDown();

        Set<String> ids = new HashSet<>();
        int computedForThisCaller = 0;
        for (Future<HttpResponse<String>> answer : answers) {
            HttpResponse<String> response = answer.get(180, TimeUnit.SECONDS);
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            JsonNode result = JSON.readTree(response.body());
            assertThat(result.path("degraded")).isEmpty();
            assertThat(result.path("summaries").path("headline").asText()).isEqualTo("EN:Banjir melanda");
            ids.add(result.path("id").asText(null));
            if (!result.path("cached").asBoolean()) {
                computedForThisCaller++;
            }
        }

        // One computation: one call for the article, one for the summary's own sentences (its headline).
        assertThat(backends.findAll(postRequestedFor(urlEqualTo("/v1/translations/batch")))).hasSize(2);
        assertThat(backends.findAll(postRequestedFor(urlEqualTo("/v1/summaries")))).hasSize(1);
        assertThat(GatewayMeters.articlesComputed(registry) - computationsBefore).isEqualTo(1);
        assertThat(rows() - rowsBefore).isEqualTo(1);
        assertThat(ids).hasSize(1).doesNotContainNull();
        assertThat(repository.findByPublicId(ids.iterator().next())).isPresent();
        // Callers that arrived during the computation share its answer (cached: false); later ones read the row.
        assertThat(computedForThisCaller).as("callers that shared the one computation").isGreaterThan(1);
        // Each of those joined it; so may later ones, which join a caller reading the stored row for them all.
        assertThat(GatewayMeters.articlesJoined(registry) - joinedBefore).as("callers that joined a caller in flight")
                .isGreaterThanOrEqualTo(computedForThisCaller - 1);
    }

    private long rows() {
        return QuarkusTransaction.requiringNew().call(repository::count);
    }
}
