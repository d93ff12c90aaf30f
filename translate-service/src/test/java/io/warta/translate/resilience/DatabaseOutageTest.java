package io.warta.translate.resilience;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.warta.cache.testing.DatabaseProxy;
import java.io.IOException;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL goes away and comes back while translate-service runs: requests keep being answered
 * (without the database; hot segments from memory) and caching resumes by itself. The outage is a cut TCP proxy in front of
 * the real database.
 */
@QuarkusTest
@QuarkusTestResource(value = DatabaseOutageTest.ProxiedDatabase.class, restrictToAnnotatedClass = true)
class DatabaseOutageTest {

    static DatabaseProxy proxy;

    public static class ProxiedDatabase implements QuarkusTestResourceLifecycleManager {
        @Override
        public Map<String, String> start() {
            try {
                proxy = DatabaseProxy.forConfiguredDatabase().up();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            return Map.of("quarkus.datasource.jdbc.url", proxy.jdbcUrl(), "%test.quarkus.datasource.jdbc.url", proxy.jdbcUrl(),
                    // Short enough that requests during the outage do not wait long, long enough to start on a loaded machine.
                    "quarkus.datasource.jdbc.acquisition-timeout", "5S",
                    "quarkus.datasource.jdbc.background-validation-interval", "1S");
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

    private static String sentence() {
        return "Gudang beras di desa " + UUID.randomUUID().toString().substring(0, 8) + " terbakar semalam.";
    }

    private static void translate(String text, boolean expectCached) {
        given().contentType(ContentType.JSON).body(Map.of("text", text, "source", "id"))
                .when().post("/v1/translations")
                .then().statusCode(200)
                .body("segments[0].translation", notNullValue())
                .body("segments[0].cached", equalTo(expectCached));
    }

    /** Translates a new sentence twice; true when the second answer came from the memory. */
    private static boolean storedAndReadBack(String text) {
        translate(text, false);
        return given().contentType(ContentType.JSON).body(Map.of("text", text, "source", "id"))
                .when().post("/v1/translations")
                .then().statusCode(200).extract().<Boolean>path("segments[0].cached");
    }

    @Test
    void keepsAnsweringWithoutTheDatabaseAndResumesCachingWhenItReturns() throws Exception {
        String before = sentence();
        translate(before, false);
        translate(before, true);

        proxy.down();
        String during = sentence();
        translate(during, false);
        translate(during, false); // nothing could be stored
        translate(before, true); // a hot segment: still answered from the memory's in-process layer
        translate(during, false); // still nothing stored: the in-process layer keeps only what the database has

        proxy.up();
        // The memory retries the database a while after its last failure and the pool replaces dead connections:
        // wait for the state (a fresh sentence stored and read back), with a deadline a loaded machine never needs.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!storedAndReadBack(sentence())) {
            assertThat(System.nanoTime()).as("caching resumed within 60 s of the database's return").isLessThan(deadline);
            Thread.sleep(250);
        }
        String after = sentence();
        translate(after, false);
        translate(after, true);
        translate(before, true); // what was stored before the outage is still there
    }
}
