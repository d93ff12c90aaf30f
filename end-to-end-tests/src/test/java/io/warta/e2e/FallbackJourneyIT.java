package io.warta.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The engine fallback between the real packaged services: translate-service prefers a LibreTranslate server, and
 * when that fails (part of an article, or in the middle of a request) its builtin engine answers; the gateway must
 * name the true producers, keep each segment's engine, and store only what the preferred engine made.
 * LibreTranslate is a third-party server that cannot run here, so a small HTTP stand-in in this JVM plays it: it
 * answers {@code "[lt] " + text} per text, or fails with a 500 once told to (after a given number of calls).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FallbackJourneyIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static HttpServer libreTranslate;
    /** Calls the stand-in still answers before it fails; negative: it always answers. */
    private static final AtomicInteger callsBeforeFailing = new AtomicInteger(-1);
    private static RunningSuite suite;
    private static String preferred;

    @BeforeAll
    static void startTheSuiteWithALibreTranslateServer() throws Exception {
        libreTranslate = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        libreTranslate.createContext("/translate", FallbackJourneyIT::translate);
        libreTranslate.start();
        suite = new RunningSuite().logPrefix("fallback").patientDeadlines()
                .translateServiceEnv("WARTA_ENGINES_ORDER", "libretranslate,builtin")
                .translateServiceEnv("WARTA_ENGINES_LIBRETRANSLATE_URL",
                        "http://127.0.0.1:" + libreTranslate.getAddress().getPort())
                // Keep the breaker out of the way: each request here meets the failure itself.
                .translateServiceEnv("WARTA_ENGINES_CIRCUIT_BREAKER_REQUEST_VOLUME_THRESHOLD", "1000")
                .start();
        preferred = given().baseUri(suite.translateServiceUrl()).when().get("/v1/engines")
                .then().statusCode(200).extract().path("preferred");
        assertThat(preferred).startsWith("libretranslate/");
    }

    @AfterAll
    static void stopTheSuite() {
        if (suite != null) {
            suite.close();
        }
        if (libreTranslate != null) {
            libreTranslate.stop(0);
        }
    }

    private static void translate(HttpExchange exchange) throws IOException {
        try (exchange) {
            JsonNode request = JSON.readTree(exchange.getRequestBody());
            int left = callsBeforeFailing.getAndUpdate(n -> n > 0 ? n - 1 : n);
            if (left == 0) {
                respond(exchange, 500, "{\"error\":\"translation failed\"}");
                return;
            }
            ObjectNode answer = JSON.createObjectNode();
            ArrayNode translated = answer.putArray("translatedText");
            request.get("q").forEach(text -> translated.add("[lt] " + text.asText()));
            respond(exchange, 200, answer.toString());
        }
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static List<String> sentences(String place, int count) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add("Banjir ke-" + (i + 1) + " merendam rumah warga di " + place + " pada pekan ini.");
        }
        return out;
    }

    private static JsonPath post(String title, List<String> body) {
        return given().baseUri(suite.gatewayUrl()).contentType(ContentType.JSON)
                .body(Map.of("title", title, "text", String.join(" ", body)))
                .when().post("/api/v1/articles")
                .then().statusCode(200).extract().jsonPath();
    }

    @Test
    @Order(1)
    void anArticleThePreferredEngineMadeIsNamedAfterItAndStored() {
        JsonPath answer = post("Banjir Bekasi", sentences("Bekasi", 4));
        assertThat(answer.getString("engines.translation")).isEqualTo(preferred);
        assertThat(answer.getList("engines.translationEngines", String.class)).containsExactly(preferred);
        assertThat(answer.getList("translation.segments.engine", String.class)).hasSize(4).containsOnly(preferred);
        assertThat(answer.getString("translation.text")).startsWith("[lt] ");
        assertThat(answer.getString("id")).isNotNull();
    }

    @Test
    @Order(2)
    void anArticlePartlyMadeByTheFallbackIsMixedAndEverySegmentNamesItsEngine() {
        List<String> remembered = sentences("Bekasi", 4).subList(0, 2); // in the memory under LibreTranslate
        List<String> fresh = sentences("Depok", 2);
        callsBeforeFailing.set(0); // LibreTranslate fails from now on
        try {
            List<String> body = new ArrayList<>(remembered);
            body.addAll(fresh);
            JsonPath answer = post("Banjir Bekasi", body);

            List<Map<String, Object>> segments = answer.getList("translation.segments");
            assertThat(segments).extracting(s -> s.get("source")).containsExactlyElementsOf(body);
            assertThat(segments.subList(0, 2)).allSatisfy(s -> {
                assertThat(s.get("engine")).isEqualTo(preferred);
                assertThat(s.get("cached")).isEqualTo(true);
            });
            assertThat(segments.subList(2, 4)).allSatisfy(s -> {
                assertThat((String) s.get("engine")).startsWith("builtin/phrase-");
                assertThat((String) s.get("translation")).doesNotStartWith("[lt]");
            });
            String builtin = (String) segments.get(2).get("engine");
            assertThat(answer.getString("engines.translation")).isEqualTo("mixed");
            assertThat(answer.getList("engines.translationEngines", String.class))
                    .containsExactlyInAnyOrder(preferred, builtin);
            assertThat(answer.getString("id")).as("a result the fallback partly made is not stored").isNull();
            assertThat(answer.getBoolean("cached")).isFalse();
        } finally {
            callsBeforeFailing.set(-1);
        }
    }

    @Test
    @Order(3)
    void whenThePreferredEngineFailsMidRequestTheFallbackIsNamedNotThePreferredOne() {
        // 40 sentences: translate-service calls LibreTranslate twice (32 a call); the first call answers, the second
        // fails, so the builtin engine translates the whole batch.
        List<String> body = sentences("Bogor", 40);
        callsBeforeFailing.set(1);
        try {
            JsonPath answer = post("Banjir Bogor", body);
            List<String> engines = answer.getList("translation.segments.engine", String.class);
            assertThat(engines).hasSize(40).allSatisfy(engine -> assertThat(engine).startsWith("builtin/phrase-"));
            assertThat(answer.getString("engines.translation")).isEqualTo(engines.get(0)).isNotEqualTo(preferred);
            assertThat(answer.getList("engines.translationEngines", String.class)).containsExactly(engines.get(0));
            assertThat(answer.getString("translation.text")).doesNotContain("[lt]");
            assertThat(answer.getString("id")).isNull();
        } finally {
            callsBeforeFailing.set(-1);
        }
    }
}
