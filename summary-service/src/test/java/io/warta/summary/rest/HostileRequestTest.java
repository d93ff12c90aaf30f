package io.warta.summary.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** What a caller sends is never echoed, types are strict, and no caller can mint metric labels. */
@QuarkusTest
class HostileRequestTest {

    /** The management interface (its root); metrics are at /q/metrics there. */
    @TestHTTPResource(value = "/", management = true)
    URL management;

    private static final List<String> SENTENCES = List.of("Harga beras di Jakarta naik sepuluh persen pekan ini.",
            "Pemerintah menyiapkan operasi pasar untuk menekan harga beras.");
    private static final String MARKUP = "<script>alert(1)</script>";

    private static ValidatableResponse post(Object body) {
        return given().contentType(ContentType.JSON).body(body).when().post("/v1/summaries").then()
                .contentType("application/problem+json");
    }

    @Test
    void aTierNameIsNeverEchoed() {
        post(Map.of("sentences", SENTENCES, "lengths", Map.of(MARKUP, 2))).statusCode(400)
                .body("detail", containsString("unknown tier"))
                .body(not(containsString("<script")));
    }

    @Test
    void aLengthValueIsNeverEchoedButItsTierIsNamed() {
        post(Map.of("sentences", SENTENCES, "lengths", Map.of("standard", MARKUP))).statusCode(400)
                .body("detail", containsString("lengths.standard"))
                .body(not(containsString("<script")));
        post(Map.of("sentences", SENTENCES, "lengths", Map.of("detailed", "9".repeat(5_000) + "%"))).statusCode(400)
                .body(not(containsString("99999")));
        post(Map.of("sentences", SENTENCES, "lengths", Map.of("keyPoints", List.of(1, 2)))).statusCode(400)
                .body("detail", containsString("lengths.keyPoints"));
    }

    @Test
    void aLanguageIsNeverEchoed() {
        post(Map.of("sentences", SENTENCES, "language", "x".repeat(20_000))).statusCode(422)
                .body(not(containsString("xxxxxxxx")));
        post(Map.of("sentences", SENTENCES, "language", MARKUP)).statusCode(422)
                .body(not(containsString("<script")));
    }

    @Test
    void typesAreStrict() {
        post("{\"text\": 12345}").statusCode(400).body("detail", containsString("'text'"))
                .body(not(containsString("12345")));
        post("{\"sentences\": [1, 2, 3]}").statusCode(400).body("detail", containsString("sentences"));
        post("{\"sentences\": \"Harga beras naik.\"}").statusCode(400);
        post("{\"title\": false, \"sentences\": [\"Harga beras naik.\"]}").statusCode(400);
    }

    @Test
    void loneSurrogatesAreRefused() {
        post("{\"sentences\": [\"Harga beras naik \\ud800.\", \"Stok aman.\"]}").statusCode(400)
                .body("detail", containsString("surrogate"));
        post("{\"text\": \"Harga beras naik \\udfff. Stok aman.\"}").statusCode(400);
    }

    @Test
    void unmatchedPathsAndMethodsShareOneMetricLabel() throws Exception {
        Random random = new Random(16);
        for (int i = 0; i < 50; i++) {
            String noise = Long.toString(random.nextLong() & Long.MAX_VALUE, 36);
            given().contentType(ContentType.JSON).body("{}").put("/v1/summaries/" + noise).then().statusCode(404);
            given().header("Accept", "application/json").get("/v1/summaries").then().statusCode(405);
            given().get("/" + noise).then().statusCode(404);
            given().get("/v1/summarizer/" + noise).then().statusCode(404);
            given().contentType(ContentType.JSON).body("{}").post("/v1/" + noise).then().statusCode(404);
            given().get("/v1/" + noise + "/" + "a".repeat(5_000)).then().statusCode(414);
            given().header("X-Padding", "p".repeat(25_000)).get("/v1/" + noise).then().statusCode(431);
        }
        given().contentType(ContentType.JSON).body(Map.of("sentences", SENTENCES)).post("/v1/summaries")
                .then().statusCode(200);
        // metrics are on the management port only
        given().get("/q/metrics").then().statusCode(404);
        given().get("/q/health/ready").then().statusCode(200);
        given().get("/q/openapi").then().statusCode(200);
        given().get("/q/swagger-ui/").then().statusCode(200);
        String metricsUrl = new java.net.URL(management, "/q/metrics").toString();
        String metrics = given().get(metricsUrl).then().statusCode(200).extract().asString();
        Set<String> uris = new TreeSet<>();
        Matcher uri = Pattern.compile("http_server_requests_seconds_count\\{[^}]*uri=\"([^\"]*)\"").matcher(metrics);
        while (uri.find()) {
            uris.add(uri.group(1));
        }
        assertThat(uris).as("uri labels").contains("/v1/summaries").hasSizeLessThanOrEqualTo(6)
                .allSatisfy(label -> assertThat(label).doesNotContain("aaaa").hasSizeLessThan(40));
    }
}
