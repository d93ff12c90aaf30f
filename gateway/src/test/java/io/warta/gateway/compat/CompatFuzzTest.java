package io.warta.gateway.compat;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.warta.gateway.rest.BackendsWireMock;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Random requests, well-formed and not, to every compatibility route: whatever arrives, the answer is the route's
 * API shape (a JSON body with {@code error} or {@code message} for a failure) with one of that API's status codes,
 * and a failure never echoes the caller's text. translate-service answers every text with "EN" (one answer per
 * text it is sent, so a wrong count would show as a 500). Bounded: a fixed seed and 160 requests.
 */
@QuarkusTest
@TestProfile(CompatProfile.class)
@QuarkusTestResource(BackendsWireMock.class)
class CompatFuzzTest {

    private static final String MARKER = "Zq7<x>";
    private static final List<String> TEXTS = List.of("Harga beras " + MARKER + " naik pekan ini di pasar induk.", "",
            " ", MARKER, "\u0000\u0007" + MARKER, "<p>" + MARKER + "</p>", "The " + MARKER + " of the and is that for it",
            "日本語のテキスト" + MARKER, "\uD800" + MARKER, "%ZZ" + MARKER);
    /** Values each API accepts, picked three times in four so that many requests get through to a translation. */
    private static final java.util.Map<String, List<String>> ACCEPTED = java.util.Map.of(
            "source_lang", List.of("", "ID", "id"), "target_lang", List.of("EN-US", "en-gb", "EN"),
            "tag_handling", List.of("html", ""), "show_billed_characters", List.of("1", "true"),
            "type", List.of("source", "target"), "source", List.of("id", "auto"), "target", List.of("en"),
            "format", List.of("text", "html"), "alternatives", List.of("3"));
    private static final List<String> VALUES = List.of("", "id", "ID", "auto", "en", "EN-US", "en-gb", "fr", "html", "xml",
            "text", "1", "true", MARKER, "a".repeat(300));
    /** Every text the gateway sends is answered, so nothing here is a 500 or 503. */
    private static final Set<Integer> LIBRE_STATUSES = Set.of(200, 400, 403, 429);
    private static final Set<Integer> DEEPL_STATUSES = Set.of(200, 400, 403, 413, 415, 429, 456);
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    CircuitBreakerMaintenance circuitBreakers;

    @Test
    void everyAnswerIsTheApisOwnShape() throws Exception {
        BackendsWireMock.server().resetAll();
        circuitBreakers.resetAll();
        BackendsWireMock.server().stubFor(post(urlEqualTo("/v1/translations/batch")).willReturn(aResponse()
                .withHeader("Content-Type", "application/json").withTransformers("response-template")
                .withBody("{\"translations\":[{{#each (jsonPath request.body '$.texts') as |text|}}{{#unless @first}},"
                        + "{{/unless}}{\"translation\":\"EN\",\"engine\":\"lexicon/test\",\"segments\":[]}{{/each}}]}")));
        Random random = new Random(17);
        String key = CompatProfile.freshKey();
        int translated = 0;
        for (int i = 0; i < 160; i++) {
            if (i % 10 == 0) {
                key = CompatProfile.freshKey(); // keys have a small request rate in this profile
            }
            boolean deepL = random.nextBoolean();
            String path = deepL ? pick(random, List.of("/v2/translate", "/v2/languages", "/v2/usage"))
                    : pick(random, List.of("/translate", "/detect", "/languages"));
            String contentType = pick(random, List.of("application/json", "application/x-www-form-urlencoded",
                    "text/plain", "application/json; charset=utf-8"));
            String body = contentType.startsWith("application/x-www") ? formBody(random, deepL, key) : jsonBody(random, deepL, key);
            var request = given().contentType(contentType).body(body);
            if (deepL && random.nextInt(4) > 0) {
                request.header("Authorization", "DeepL-Auth-Key " + (random.nextInt(5) == 0 ? MARKER : key));
            }
            Response response = path.endsWith("languages") || path.endsWith("usage")
                    ? request.when().get(path) : request.when().post(path);
            int status = response.statusCode();
            assertThat(deepL ? DEEPL_STATUSES : LIBRE_STATUSES).as("%s %s", path, body).contains(status);
            assertThat(response.contentType()).as("%s %s", path, body).startsWith("application/json");
            if (status == 200 && path.endsWith("translate")) {
                translated++;
            }
            if (status >= 400) {
                JsonNode error = JSON.readTree(response.asByteArray());
                assertThat(error.has(deepL ? "message" : "error")).as("%s %s", path, body).isTrue();
                assertThat(response.asString()).as("%s %s", path, body).doesNotContain("Zq7", "Exception", "\tat ");
            }
        }
        assertThat(translated).as("requests that reached translate-service and came back translated").isPositive();
    }

    private static String jsonBody(Random random, boolean deepL, String key) throws Exception {
        if (random.nextInt(8) == 0) {
            return pick(random, List.of("{", "[]", "null", "\"q\"", "{\"q\":{\"a\":1}}", "{\"text\":[null]}", MARKER));
        }
        var body = JSON.createObjectNode();
        String textField = deepL ? "text" : "q";
        if (random.nextInt(5) > 0) {
            if (random.nextBoolean()) {
                body.put(textField, pick(random, TEXTS));
            } else {
                var array = body.putArray(textField);
                for (int n = random.nextInt(4); n > 0; n--) {
                    array.add(pick(random, TEXTS));
                }
            }
        }
        for (String field : deepL ? List.of("source_lang", "target_lang", "tag_handling", "show_billed_characters", "type")
                : List.of("source", "target", "format", "alternatives")) {
            if (random.nextInt(8) > 0) {
                body.put(field, value(random, field));
            }
        }
        if (!deepL && random.nextInt(4) > 0) {
            body.put("api_key", random.nextInt(5) == 0 ? MARKER : key);
        }
        return JSON.writeValueAsString(body);
    }

    private static String formBody(Random random, boolean deepL, String key) {
        StringBuilder form = new StringBuilder();
        String textField = deepL ? "text" : "q";
        for (int n = random.nextInt(4); n > 0; n--) {
            form.append(textField).append('=').append(encode(pick(random, TEXTS))).append('&');
        }
        for (String field : deepL ? List.of("source_lang", "target_lang", "tag_handling", "type")
                : List.of("source", "target", "format")) {
            if (random.nextInt(8) > 0) {
                form.append(field).append('=').append(encode(value(random, field))).append('&');
            }
        }
        if (!deepL && random.nextInt(4) > 0) {
            form.append("api_key=").append(random.nextInt(5) == 0 ? encode(MARKER) : key);
        }
        return random.nextInt(10) == 0 ? form + "%E0%A4&q=%" : form.toString();
    }

    private static String value(Random random, String field) {
        return random.nextInt(4) > 0 ? pick(random, ACCEPTED.get(field)) : pick(random, VALUES);
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String pick(Random random, List<String> values) {
        return values.get(random.nextInt(values.size()));
    }
}
