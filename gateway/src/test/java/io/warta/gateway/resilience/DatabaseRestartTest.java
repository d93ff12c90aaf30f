package io.warta.gateway.resilience;

import static io.restassured.RestAssured.given;
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
                proxy = new DatabaseProxy("127.0.0.1", 5432).up();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            return Map.of("quarkus.datasource.jdbc.url", "jdbc:postgresql://127.0.0.1:" + proxy.port() + "/test");
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
    void backendsAnswer() {
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
}
