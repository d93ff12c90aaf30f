package io.warta.gateway.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Strict types, no surrogates and no echo at the public entry; ids and paths never become metric labels. */
@QuarkusTest
@QuarkusTestResource(BackendsWireMock.class)
class HostileRequestTest {

    /** The management interface (its root); metrics are at /q/metrics there. */
    @TestHTTPResource(value = "/", management = true)
    URL management;

    @Test
    void aNumberOrAListIsNotAText() {
        for (String body : new String[] { "{\"text\": 12345}", "{\"text\": [\"Harga beras naik.\"]}",
                "{\"text\": \"Harga beras naik.\", \"title\": 7}" }) {
            given().contentType(ContentType.JSON).body(body).post("/api/v1/articles").then().statusCode(400)
                    .contentType("application/problem+json").body(not(containsString("12345")));
        }
    }

    @Test
    void loneSurrogatesAreRefusedInJsonAndInPlainText() {
        given().contentType(ContentType.JSON).body("{\"text\": \"Harga beras naik \\ud800 di Jakarta.\"}")
                .post("/api/v1/articles").then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("'text'"));
        byte[] cesu = "Harga beras naik \u0000 di Jakarta.".getBytes(StandardCharsets.UTF_8);
        cesu[17] = (byte) 0xED; // 0xED 0xA0 0x80 would be U+D800 if UTF-8 allowed surrogates
        byte[] withSurrogate = new byte[cesu.length + 2];
        System.arraycopy(cesu, 0, withSurrogate, 0, 18);
        withSurrogate[18] = (byte) 0xA0;
        withSurrogate[19] = (byte) 0x80;
        System.arraycopy(cesu, 18, withSurrogate, 20, cesu.length - 18);
        given().contentType("text/plain; charset=utf-8").body(withSurrogate).post("/api/v1/articles").then()
                .statusCode(400).contentType("application/problem+json");
    }

    @Test
    void anUnknownFieldWithMarkupInItsNameIsNotEchoed() {
        given().contentType(ContentType.JSON).body("{\"text\": \"Harga beras naik.\", \"<img src=x onerror=alert(1)>\": 1}")
                .post("/api/v1/articles").then().statusCode(400).contentType("application/problem+json")
                .body(not(containsString("<img")), not(containsString("onerror")));
    }

    @Test
    void idsAndUnmatchedPathsNeverBecomeMetricLabels() throws Exception {
        Random random = new Random(16);
        Set<String> noise = new TreeSet<>();
        for (int i = 0; i < 50; i++) {
            String word = Long.toString(random.nextLong() & Long.MAX_VALUE, 36);
            noise.add(word);
            given().get("/api/v1/articles/" + UUID.randomUUID()).then().statusCode(404);
            given().get("/api/v1/articles/" + word).then().statusCode(400);
            given().get("/api/v1/" + word).then().statusCode(404);
            given().contentType(ContentType.JSON).body("{}").put("/api/v1/articles/" + word).then().statusCode(405);
            given().get("/" + word + "/" + "a".repeat(5_000)).then().statusCode(414);
        }
        given().get("/q/metrics").then().statusCode(404); // served on the management port only
        String metrics = given().get(new URL(management, "/q/metrics").toString()).then().statusCode(200)
                .extract().asString();
        Set<String> uris = new TreeSet<>();
        Matcher uri = Pattern.compile("http_server_requests_seconds_count\\{[^}]*uri=\"([^\"]*)\"").matcher(metrics);
        while (uri.find()) {
            uris.add(uri.group(1));
        }
        // One label per route template (articles, glossaries and their {id}s: the suite's other tests touch them too)
        // and NOT_FOUND/UNKNOWN for the rest, far fewer than the 250 distinct paths sent here.
        assertThat(uris).as("uri labels").contains("/api/v1/articles/{id}", "NOT_FOUND").hasSizeLessThanOrEqualTo(8)
                .allMatch(label -> label.startsWith("/api/") || label.equals("NOT_FOUND") || label.equals("UNKNOWN"))
                .noneMatch(label -> noise.stream().anyMatch(label::contains))
                .noneMatch(label -> label.matches(".*[0-9a-f]{8}-[0-9a-f]{4}-.*"));
    }
}
