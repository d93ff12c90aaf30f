package io.warta.gateway.resilience;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.warta.gateway.client.RequestDeadline;
import io.warta.gateway.repository.ArticleRecordRepository;
import io.warta.gateway.rest.BackendsWireMock;
import io.warta.gateway.rest.StubbedBackends;
import io.warta.gateway.service.ComputeBulkhead;
import io.warta.gateway.service.EngineVersions;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every article has a deadline (4 s here for a short one, 10 s more per 1,000 characters) shared by all that is
 * done for it. translate-service
 * (a WireMock stand-in) takes far longer than that: the caller gets a 503 problem with Retry-After, nothing is
 * stored, and translate-service was told how long it had in X-Request-Deadline-Ms. Callers waiting for an identical
 * article in flight share the deadline and hold bulkhead slots like any computation. Before, the gateway waited up
 * to its fixed 30 s timeout, and identical waiters waited without limit outside the bulkhead.
 */
@QuarkusTest
@TestProfile(DeadlineTest.ShortDeadline.class)
@QuarkusTestResource(BackendsWireMock.class)
class DeadlineTest {

    /** Far beyond the deadlines here (4 s, and 24 s for {@link #LONG_PADDING}), so the backend is never in time. */
    private static final int TRANSLATE_DELAY_MS = 90_000;
    /** About 2,000 characters: a deadline of 4 s + 2 x 10 s, time enough for the callers of one article to meet. */
    private static final String LONG_PADDING = "Warga membersihkan rumah mereka dari lumpur sisa banjir. ".repeat(36);

    public static class ShortDeadline implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "warta.gateway.deadline.base", "4s",
                    "warta.gateway.deadline.per-thousand-characters", "10s",
                    "warta.gateway.deadline.max", "60s",
                    "warta.gateway.deadline.retry-after-seconds", "7",
                    "warta.gateway.bulkhead.max-concurrent", "2",
                    "warta.gateway.bulkhead.queue-size", "0");
        }
    }

    @Inject
    ArticleRecordRepository repository;
    @Inject
    EngineVersions versions;
    @Inject
    CircuitBreakerMaintenance circuitBreakers;
    @Inject
    ComputeBulkhead bulkhead;

    private WireMockServer backends;
    private ExecutorService callers;

    @BeforeEach
    void backendsAnswerSlowly() {
        backends = StubbedBackends.fresh(circuitBreakers, versions);
        callers = Executors.newFixedThreadPool(4);
    }

    @AfterEach
    void stopCallers() {
        callers.shutdownNow();
    }

    @Test
    void anArticlePastItsDeadlineIs503WithRetryAfterAndNothingIsStored() throws Exception {
        List<String> body = StubbedBackends.body("Lamongan");
        StubbedBackends.summaries(backends, "Lamongan", body, 0);
        StubbedBackends.translations(backends, "Lamongan", StubbedBackends.textsWithSummaries("Banjir Lamongan", body),
                TRANSLATE_DELAY_MS);
        long rowsBefore = rows();

        assertDeadlinePassed(submit("Lamongan", body, ""));

        assertThat(rows()).isEqualTo(rowsBefore);
        List<LoggedRequest> calls = backends.findAll(postRequestedFor(urlEqualTo("/v1/translations/batch")));
        assertThat(calls).hasSize(1); // no retry once the time is up
        long toldMs = Long.parseLong(calls.get(0).getHeader(RequestDeadline.HEADER));
        assertThat(toldMs).isPositive().isLessThanOrEqualTo(4000);
        long summaryToldMs = Long.parseLong(backends.findAll(postRequestedFor(urlEqualTo("/v1/summaries"))).get(0)
                .getHeader(RequestDeadline.HEADER));
        assertThat(summaryToldMs).as("summaries get three quarters of the time").isPositive().isLessThanOrEqualTo(3000);
    }

    @Test
    void callersOfAnIdenticalArticleInFlightShareItsDeadlineAndItsBulkhead() throws Exception {
        List<String> body = StubbedBackends.body("Tuban");
        StubbedBackends.summaries(backends, "Tuban", body, 0);
        StubbedBackends.translations(backends, "Tuban", StubbedBackends.textsWithSummaries("Banjir Tuban", body),
                TRANSLATE_DELAY_MS);
        long rowsBefore = rows();

        List<Future<Response>> sharing = new ArrayList<>();
        sharing.add(callers.submit(() -> submit("Tuban", body, LONG_PADDING)));
        awaitRunning(1);
        sharing.add(callers.submit(() -> submit("Tuban", body, LONG_PADDING)));
        awaitRunning(2); // the second caller waits for the first one's computation, in a slot of its own

        // The bulkhead (2 slots, no queue) is full of one article: a third identical caller is refused at once.
        Response third = submit("Tuban", body, LONG_PADDING);
        assertThat(third.statusCode()).isEqualTo(503);
        assertThat(third.jsonPath().getString("type")).endsWith("/overloaded");

        for (Future<Response> caller : sharing) {
            assertDeadlinePassed(caller.get(60, TimeUnit.SECONDS));
        }
        assertThat(backends.findAll(postRequestedFor(urlEqualTo("/v1/translations/batch")))).hasSize(1);
        assertThat(rows()).isEqualTo(rowsBefore);
    }

    private void awaitRunning(int computations) throws InterruptedException {
        long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (bulkhead.running() < computations && System.nanoTime() < giveUp) {
            Thread.sleep(5);
        }
        assertThat(bulkhead.running()).isEqualTo(computations);
    }

    private static void assertDeadlinePassed(Response response) {
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(503);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.jsonPath().getString("type")).endsWith("/deadline-exceeded");
        assertThat(response.header("Retry-After")).isEqualTo("7");
    }

    private static Response submit(String place, List<String> body, String padding) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("title", "Banjir " + place, "text", String.join(" ", body) + " " + padding))
                .when().post("/api/v1/articles");
    }

    private long rows() {
        return QuarkusTransaction.requiringNew().call(repository::count);
    }
}
