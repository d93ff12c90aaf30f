package io.warta.gateway.resilience;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.warta.cache.testing.DatabaseProxy;
import io.warta.gateway.rest.BackendsWireMock;
import io.warta.gateway.rest.StubbedBackends;
import io.warta.gateway.service.EngineVersions;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL restarts between two requests: every pooled connection dies (the cuttable TCP proxy
 * in front of the real database drops them all) and the database is back at once. The very next
 * article must be read from and written to the cache normally: the pool validates a connection
 * before handing it out and replaces a dead one, instead of failing the cache call (which would
 * answer uncached and store nothing for a while).
 */
@QuarkusTest
@QuarkusTestResource(BackendsWireMock.class)
@QuarkusTestResource(value = DatabaseRestartTest.ProxiedDatabase.class, restrictToAnnotatedClass = true)
class DatabaseRestartTest {

    static DatabaseProxy proxy;

    public static class ProxiedDatabase implements QuarkusTestResourceLifecycleManager {
        @Override
        public Map<String, String> start() {
            try {
                proxy = DatabaseProxy.forConfiguredDatabase().up();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            return Map.of("quarkus.datasource.jdbc.url", proxy.jdbcUrl(), "%test.quarkus.datasource.jdbc.url", proxy.jdbcUrl());
        }

        @Override
        public void stop() {
            try {
                proxy.close();
            } catch (IOException ignored) {
                // test is over
            }
        }
    }

    @Inject
    EngineVersions versions;
    @Inject
    CircuitBreakerMaintenance circuitBreakers;

    private WireMockServer backends;

    @BeforeEach
    void backendsAnswer() throws IOException {
        proxy.up(); // back, whatever an earlier test left
        backends = StubbedBackends.fresh(circuitBreakers, versions);
    }

    private String submitAndExpectStored(String place) throws Exception {
        List<String> body = StubbedBackends.body(place);
        StubbedBackends.summaries(backends, place, body, 0);
        StubbedBackends.translations(backends, place, StubbedBackends.textsWithSummaries("Banjir " + place, body), 0);
        Map<String, String> article = Map.of("title", "Banjir " + place, "text", String.join(" ", body));
        String id = given().contentType(ContentType.JSON).body(article)
                .when().post("/api/v1/articles")
                .then().statusCode(200)
                .body("cached", equalTo(false))
                .body("id", notNullValue()) // an id is given only to a stored result
                .extract().path("id");
        given().contentType(ContentType.JSON).body(article)
                .when().post("/api/v1/articles")
                .then().statusCode(200)
                .body("cached", equalTo(true))
                .body("id", equalTo(id));
        return id;
    }

    @Test
    void theFirstRequestAfterARestartIsCachedNormally() throws Exception {
        String before = submitAndExpectStored("Karawang");

        proxy.dropConnections(); // the restart: every pooled connection is dead, the database is back at once

        submitAndExpectStored("Purwakarta");
        given().when().get("/api/v1/articles/" + before)
                .then().statusCode(200).body("id", equalTo(before));
    }

    @Test
    void aStoredArticleIsA503ProblemWhileTheStoreCannotBeReadThenServedAgain() throws Exception {
        String id = submitAndExpectStored("Subang");

        proxy.down(); // the outage: live connections drop, new ones are refused
        try {
            given().when().get("/api/v1/articles/" + id)
                    .then().statusCode(503)
                    .contentType("application/problem+json")
                    .header("Retry-After", "5")
                    .body("status", equalTo(503))
                    .body("detail", equalTo("Stored articles cannot be read right now; try again shortly."));
        } finally {
            proxy.up();
        }

        // The pool replaces the dead connections by itself; poll (generous deadline) rather than guess a delay.
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(60);
        int status;
        do {
            status = given().when().get("/api/v1/articles/" + id).then().extract().statusCode();
            if (status != 200) {
                assertThat(status).as("only the outage's 503 while reconnecting").isEqualTo(503);
                assertThat(System.nanoTime()).as("served again within 60 s of the store's return").isLessThan(deadline);
                Thread.sleep(200);
            }
        } while (status != 200);
        given().when().get("/api/v1/articles/" + id).then().statusCode(200).body("id", equalTo(id));
    }
}
