package io.warta.gateway.compat;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.warta.gateway.rest.BackendsWireMock;
import io.warta.gateway.rest.StubbedBackends;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * LibreTranslate's API on the gateway, called as LibreTranslate's clients call it. translate-service is the
 * WireMock stand-in of the other gateway tests (it answers "EN:" + each text it receives), so each test can check
 * exactly what reached it; the real translation path is covered end to end in end-to-end-tests
 * (CompatibleClientsIT).
 *
 * <p>Request shapes replayed, and where they come from:
 * <ul>
 * <li>JSON {q, source, target, format, api_key}: LibreTranslate's README ("API Examples", fetch with
 * JSON.stringify) and libretranslate/app.py ({@code request.is_json} branch of /translate and /detect);</li>
 * <li>Mastodon: app/lib/translation_service/libre_translate.rb sends {@code Oj.dump(q:, source: 'auto' unless
 * known, target:, format: 'html', api_key:)} as application/json and reads {@code translatedText};</li>
 * <li>the npm package libretranslate (1.0.1, dist/translate.js): GET /languages with a JSON content type, checks
 * source and target against the codes, then POSTs JSON {q, source, target, format: "text", apiKey} (camel case);</li>
 * <li>form {@code q=…&source=…&target=…&api_key=…}: the Python client LibreTranslate-py
 * (libretranslatepy/api.py, {@code parse.urlencode(params)} posted with urllib);</li>
 * <li>errors: libretranslate/app.py's handlers answer {@code {"error": …}} with 400 (missing parameter, "xx is not
 * supported", a key is needed), 403 ("Invalid API key"), 429 ("Slowdown: …") and 500 ("Cannot translate text").</li>
 * </ul>
 */
@QuarkusTest
@TestProfile(CompatProfile.class)
@QuarkusTestResource(BackendsWireMock.class)
class LibreTranslateCompatibilityTest extends CompatibilityTestBase {

    @Test
    void jsonWithOneTextAndAutoAnswersAStringAndTheDetectedLanguage() throws Exception {
        StubbedBackends.translations(backends, List.of(KOREA), 0);
        // LibreTranslate README: fetch("/translate", {body: JSON.stringify({q, source: "auto", target})}).
        given().contentType("application/json")
                .body("{\"q\":\"" + KOREA + "\",\"source\":\"auto\",\"target\":\"en\",\"api_key\":\"" + key + "\"}")
                .when().post("/translate")
                .then().statusCode(200).contentType("application/json")
                .body("translatedText", equalTo("EN:" + KOREA))
                .body("detectedLanguage.language", equalTo("id"))
                .body("detectedLanguage.confidence", greaterThan(50f));
        backends.verify(1, postRequestedFor(urlEqualTo("/v1/translations/batch"))
                .withRequestBody(equalToJson("{\"texts\":[\"" + KOREA + "\"],\"source\":\"id\",\"target\":\"en\"}")));
    }

    @Test
    void mastodonsHtmlArrayIsAnsweredAsAnArrayOfEscapedHtml() throws Exception {
        String status = "<p>Korea Utara meluncurkan rudal <b>balistik</b>.</p><p>Warga diminta tenang &amp; waspada.</p>";
        // What translate-service receives: the visible text, paragraphs as lines.
        String visible = "Korea Utara meluncurkan rudal balistik.\n\nWarga diminta tenang & waspada.";
        StubbedBackends.translations(backends, List.of(visible), 0);
        // Mastodon's libre_translate.rb: Oj.dump(q: texts, source: 'auto', target: 'en', format: 'html', api_key: key).
        given().contentType("application/json")
                .body("{\"q\":[\"" + status.replace("\"", "\\\"") + "\"],\"source\":\"auto\",\"target\":\"en\","
                        + "\"format\":\"html\",\"api_key\":\"" + key + "\"}")
                .when().post("/translate")
                .then().statusCode(200)
                .body("translatedText", contains(
                        "<p>EN:Korea Utara meluncurkan rudal balistik.</p><p>Warga diminta tenang &amp; waspada.</p>"))
                .body("detectedLanguage", hasSize(1))
                .body("detectedLanguage[0].language", equalTo("id"));
    }

    @Test
    void formFromThePythonClientAnswersAString() throws Exception {
        StubbedBackends.translations(backends, List.of(RICE), 0);
        // LibreTranslate-py: parse.urlencode({"q": q, "source": source, "target": target, "api_key": key}).
        given().contentType("application/x-www-form-urlencoded")
                .body(form("q", RICE, "source", "id", "target", "en", "api_key", key))
                .when().post("/translate")
                .then().statusCode(200)
                .body("translatedText", equalTo("EN:" + RICE))
                .body("$", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("detectedLanguage")));
    }

    @Test
    void repeatedFormFieldsAndJsonArraysAreBatchesInOrder() throws Exception {
        StubbedBackends.translations(backends, List.of(KOREA, RICE), 0);
        given().contentType("application/x-www-form-urlencoded")
                .body(form("q", KOREA, "q", RICE, "source", "auto", "target", "en", "api_key", key))
                .when().post("/translate")
                .then().statusCode(200)
                .body("translatedText", contains("EN:" + KOREA, "EN:" + RICE))
                .body("detectedLanguage.language", contains("id", "id"));
        given().contentType("application/json")
                .body("{\"q\":[\"" + KOREA + "\",\"\",\"" + RICE + "\"],\"source\":\"id\",\"target\":\"en\",\"api_key\":\"" + key + "\"}")
                .when().post("/translate")
                .then().statusCode(200)
                .body("translatedText", contains("EN:" + KOREA, "", "EN:" + RICE));
    }

    @Test
    void theNpmClientFindsItsLanguagesAndIsTranslatedWithItsCamelCaseKey() throws Exception {
        StubbedBackends.translations(backends, List.of(RICE), 0);
        List<String> codes = given().contentType("application/json").when().get("/languages")
                .then().statusCode(200).extract().jsonPath().getList("code", String.class);
        assertThat(codes).contains("id", "en");
        given().contentType("application/json")
                .body("{\"q\":\"" + RICE + "\",\"source\":\"id\",\"target\":\"en\",\"format\":\"text\",\"apiKey\":\"" + key + "\"}")
                .when().post("/translate")
                .then().statusCode(200).body("translatedText", equalTo("EN:" + RICE));
    }

    @Test
    void keysAreCheckedAsLibreTranslateDoes() {
        String body = "{\"q\":\"" + RICE + "\",\"source\":\"id\",\"target\":\"en\"";
        given().contentType("application/json").body(body + ",\"api_key\":\"key-nobody\"}")
                .when().post("/translate")
                .then().statusCode(403).contentType("application/json").body("error", equalTo("Invalid API key"));
        given().contentType("application/json").body(body + ",\"api_key\":\"" + CompatProfile.REVOKED + "\"}")
                .when().post("/translate")
                .then().statusCode(403).body("error", equalTo("Invalid API key"));
        given().contentType("application/json").body(body + "}")
                .when().post("/translate")
                .then().statusCode(400).body("error", containsString("API key"));
        // The X-API-Key header of /api/v1 is accepted too.
        given().contentType("application/json").header("X-API-Key", "key-nobody").body(body + "}")
                .when().post("/translate")
                .then().statusCode(403);
        backends.verify(0, postRequestedFor(urlEqualTo("/v1/translations/batch")));
    }

    @Test
    void unsupportedLanguagesAndFormatsAreRefusedWithLibreTranslatesMessages() {
        given().contentType("application/json")
                .body("{\"q\":\"" + RICE + "\",\"source\":\"fr\",\"target\":\"en\",\"api_key\":\"" + key + "\"}")
                .when().post("/translate")
                .then().statusCode(400).body("error", startsWith("fr is not supported"));
        given().contentType("application/json")
                .body("{\"q\":\"" + RICE + "\",\"source\":\"id\",\"target\":\"de\",\"api_key\":\"" + key + "\"}")
                .when().post("/translate")
                .then().statusCode(400).body("error", startsWith("de is not supported"));
        given().contentType("application/json")
                .body("{\"q\":\"" + RICE + "\",\"source\":\"id\",\"target\":\"en\",\"format\":\"xml\",\"api_key\":\"" + key + "\"}")
                .when().post("/translate")
                .then().statusCode(400).body("error", containsString("format"));
        // English text, whether detected or declared Indonesian, is not translated as Indonesian.
        for (String source : List.of("auto", "id")) {
            given().contentType("application/json")
                    .body("{\"q\":[\"" + RICE + "\",\"" + ENGLISH + "\"],\"source\":\"" + source
                            + "\",\"target\":\"en\",\"api_key\":\"" + key + "\"}")
                    .when().post("/translate")
                    .then().statusCode(400).body("error", equalTo(
                            "text 2 looks like \"en\", not Indonesian; Warta translates Indonesian"));
        }
        backends.verify(0, postRequestedFor(urlEqualTo("/v1/translations/batch")));
    }

    @Test
    void missingParametersAndUnreadableBodiesAreLibreTranslateErrorsNotProblems() {
        given().contentType("application/json").body("{\"source\":\"id\",\"target\":\"en\",\"api_key\":\"" + key + "\"}")
                .when().post("/translate")
                .then().statusCode(400).contentType("application/json")
                .body("error", equalTo("Invalid request: missing q parameter"));
        given().contentType("application/x-www-form-urlencoded").body(form("q", RICE, "target", "en", "api_key", key))
                .when().post("/translate")
                .then().statusCode(400).body("error", equalTo("Invalid request: missing source parameter"));
        given().contentType("application/json").body("{\"q\":[1,2],\"source\":\"id\",\"target\":\"en\"}")
                .when().post("/translate")
                .then().statusCode(400).body("error", containsString("q must be"));
        given().contentType("application/json").body("{\"q\": \"<script>unterminated")
                .when().post("/translate")
                .then().statusCode(400).contentType("application/json")
                .body("error", equalTo("Invalid request: the body is not valid JSON of the expected shape"));
        given().contentType("application/x-www-form-urlencoded").body("q=%E0%A4&source=id&target=en&q=%")
                .when().post("/translate")
                .then().statusCode(400).contentType("application/json").body("error", startsWith("Invalid request"));
        given().contentType("text/plain").body(RICE)
                .when().post("/translate")
                .then().statusCode(400).contentType("application/json").body("error", startsWith("Invalid request"));
    }

    @Test
    void overLongTextsAreRefusedBeforeTranslateServiceIsAsked() {
        String longText = (RICE + " ").repeat(100_000 / RICE.length() + 1);
        given().contentType("application/x-www-form-urlencoded")
                .body(form("q", longText, "source", "id", "target", "en", "api_key", key))
                .when().post("/translate")
                .then().statusCode(400).body("error", containsString("the limit is 100000"));
        given().contentType("application/json")
                .body("{\"q\":[" + ("\"" + RICE + "\",").repeat(50) + "\"" + RICE + "\"],\"source\":\"id\",\"target\":\"en\",\"api_key\":\"" + key + "\"}")
                .when().post("/translate")
                .then().statusCode(400).body("error", equalTo("Invalid request: at most 50 texts per request, got 51"));
        backends.verify(0, postRequestedFor(urlEqualTo("/v1/translations/batch")));
    }

    @Test
    void translateServiceDownIsLibreTranslatesCannotTranslateWithRetryAfter() {
        backends.stubFor(post(urlEqualTo("/v1/translations/batch")).willReturn(aResponse().withStatus(500)));
        given().contentType("application/json")
                .body("{\"q\":\"" + RICE + "\",\"source\":\"id\",\"target\":\"en\",\"api_key\":\"" + key + "\"}")
                .when().post("/translate")
                .then().statusCode(500).contentType("application/json")
                .header("Retry-After", notNullValue())
                .body("error", startsWith("Cannot translate text: the translation service is not available"));
    }

    @Test
    void aSpentRateIsSlowdown() {
        for (int i = 0; i < CompatProfile.REQUESTS_PER_MINUTE; i++) {
            given().contentType("application/json").body("{\"q\":\"" + RICE + "\",\"api_key\":\"" + key + "\"}")
                    .when().post("/detect").then().statusCode(200);
        }
        given().contentType("application/json").body("{\"q\":\"" + RICE + "\",\"api_key\":\"" + key + "\"}")
                .when().post("/detect")
                .then().statusCode(429).header("Retry-After", notNullValue()).body("error", startsWith("Slowdown: "));
    }

    @Test
    void detectReportsTheLanguageAsAPercentage() {
        // LibreTranslate-py's detect(q): urlencode({"q": q, "api_key": key}) to /detect.
        given().contentType("application/x-www-form-urlencoded").body(form("q", KOREA, "api_key", key))
                .when().post("/detect")
                .then().statusCode(200)
                .body("[0].language", equalTo("id")).body("[0].confidence", greaterThan(50f));
        given().contentType("application/json").body("{\"q\":\"" + ENGLISH + "\",\"api_key\":\"" + key + "\"}")
                .when().post("/detect")
                .then().statusCode(200).body("[0].language", equalTo("en"));
    }

    @Test
    void languagesNeedNoKeyAndOfferIndonesianIntoEnglish() {
        given().when().get("/languages")
                .then().statusCode(200)
                .body("find { it.code == 'id' }.targets", contains("en"))
                .body("code", hasItems("id", "en"));
    }

    @Test
    void swaggerShowsTheRoutesUnderTheirOwnTag() {
        String openapi = given().when().get("/q/openapi?format=json").then().statusCode(200).extract().asString();
        assertThat(openapi).contains("\"LibreTranslate-compatible\"", "Compatibility routes");
        given().when().get("/q/openapi?format=json").then()
                .body("paths.'/translate'.post.tags", contains("LibreTranslate-compatible"))
                .body("paths.'/detect'.post.tags", contains("LibreTranslate-compatible"));
    }
}
