package io.warta.summary.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The packaged artifact (JVM jar here, the native executable with -Pnative): weights load, cache works, docs served. */
@QuarkusIntegrationTest
class SummaryResourceIT {

    @Test
    void packagedServiceSummarizesAndCaches() {
        List<String> sentences = List.of("Gempa " + UUID.randomUUID().toString().substring(0, 6) + " mengguncang Lombok pada Senin pagi.",
                "Warga berhamburan keluar rumah.", "BMKG menyatakan gempa tidak berpotensi tsunami.",
                "Belum ada laporan korban jiwa.");
        awaitReady();
        firstAnswerWithin(Duration.ofMinutes(2), Map.of("sentences", sentences, "language", "id"))
                .then().statusCode(200)
                .body("tiers.standard.sentences", hasSize(3))
                .body("cached", equalTo(false));
        given().contentType(ContentType.JSON).body(Map.of("sentences", sentences, "language", "id"))
                .when().post("/v1/summaries")
                .then().statusCode(200).body("cached", equalTo(true));
    }

    /** The weights load in the background: the packaged service is started, not necessarily ready. */
    private static void awaitReady() {
        long until = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (given().when().get("/q/health/ready").statusCode() != 200 && System.nanoTime() < until) {
            pause(Duration.ofMillis(500));
        }
    }

    /**
     * The first answer that is not a deadline 503. The service's own deadline (5 s for a short text) is a real one:
     * on a machine loaded many times over, a cold JVM can miss it, answer 503 with Retry-After and store nothing, and
     * a client retries. Bounded, so a service that never answers in time still fails the test.
     */
    private static Response firstAnswerWithin(Duration limit, Object body) {
        long until = System.nanoTime() + limit.toNanos();
        while (true) {
            Response response = given().contentType(ContentType.JSON).body(body).when().post("/v1/summaries");
            if (response.statusCode() != 503 || System.nanoTime() > until) {
                return response;
            }
            pause(Duration.ofSeconds(Long.parseLong(response.header("Retry-After"))));
        }
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void packagedServiceServesItsDocumentation() {
        given().when().get("/q/health/ready").then().statusCode(200);
        given().when().get("/q/openapi").then().statusCode(200).body(containsString("/v1/summaries"));
        given().when().get("/q/swagger-ui/").then().statusCode(200);
    }
}
