package io.warta.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * LibreTranslate and DeepL clients against the packaged gateway, with API keys on as in Kubernetes: the requests
 * their client libraries send (shapes as in the gateway's LibreTranslateCompatibilityTest and
 * DeepLCompatibilityTest, which cite the sources), real HTTP to translate-service and its engine, PostgreSQL
 * behind both. Real English must come back.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CompatibleClientsIT {

    private static final String KEY = "e2e-newsroom-key";
    private static final String KOREA = "Korea Utara meluncurkan rudal balistik ke arah laut pada Selasa pagi.";
    private static final String RICE = "Harga beras di Jakarta naik sepuluh persen pekan ini.";
    private static final String ENGLISH = "The government said that the prices of rice have risen again this week.";

    private static RunningSuite suite;
    private static long charactersSent;

    @BeforeAll
    static void startTheSuiteWithKeys() throws Exception {
        suite = new RunningSuite(Map.of(
                "WARTA_GATEWAY_API_KEYS_ENABLED", "true",
                "WARTA_GATEWAY_API_KEYS_KEYS", KEY)).start();
    }

    @AfterAll
    static void stopTheSuite() {
        if (suite != null) {
            suite.close();
        }
    }

    private static RequestSpecification gateway() {
        return given().baseUri(suite.gatewayUrl());
    }

    private static RequestSpecification deepL(String key) {
        return gateway().header("Authorization", "DeepL-Auth-Key " + key);
    }

    @Test
    @Order(1)
    void libreTranslateJsonWithAutoDetectionComesBackInEnglish() {
        // LibreTranslate README / Mastodon: JSON {q, source: "auto", target, format, api_key}.
        JsonPath answer = gateway().contentType("application/json")
                .body(Map.of("q", KOREA, "source", "auto", "target", "en", "format", "text", "api_key", KEY))
                .when().post("/translate")
                .then().statusCode(200)
                .body("detectedLanguage.language", equalTo("id"))
                .extract().jsonPath();
        charactersSent += KOREA.length();
        assertThat(answer.getString("translatedText")).contains("North Korea").doesNotContain("Korea Utara");
    }

    @Test
    @Order(2)
    void libreTranslateFormWithRepeatedQAnswersAnArrayInOrder() {
        List<String> english = gateway().contentType("application/x-www-form-urlencoded")
                .body(form("q", KOREA, "q", RICE, "source", "id", "target", "en", "api_key", KEY))
                .when().post("/translate")
                .then().statusCode(200).body("translatedText", hasSize(2))
                .extract().jsonPath().getList("translatedText", String.class);
        charactersSent += KOREA.length() + RICE.length();
        assertThat(english.get(0)).contains("North Korea");
        assertThat(english.get(1)).containsIgnoringCase("rice").contains("Jakarta").doesNotContain("beras");
    }

    @Test
    @Order(3)
    void deepLPythonJsonAndDeepLNodeFormComeBackInEnglish() {
        JsonPath json = deepL(KEY).contentType("application/json")
                .body(Map.of("target_lang", "EN-US", "source_lang", "ID", "text", List.of(KOREA)))
                .when().post("/v2/translate")
                .then().statusCode(200)
                .body("translations[0].detected_source_language", equalTo("ID"))
                .extract().jsonPath();
        assertThat(json.getString("translations[0].text")).contains("North Korea").doesNotContain("Korea Utara");

        JsonPath form = deepL(KEY).contentType("application/x-www-form-urlencoded")
                .body(form("target_lang", "en-GB", "show_billed_characters", "1", "text", RICE, "text", KOREA))
                .when().post("/v2/translate")
                .then().statusCode(200).body("translations", hasSize(2))
                .body("translations[0].billed_characters", equalTo(RICE.length()))
                .extract().jsonPath();
        charactersSent += 2L * KOREA.length() + RICE.length();
        assertThat(form.getString("translations[1].text")).isEqualTo(json.getString("translations[0].text"));
        assertThat(form.getString("translations[0].text")).containsIgnoringCase("rice").doesNotContain("beras");
    }

    @Test
    @Order(4)
    void theCompatibleRoutesTranslateExactlyAsWartasOwnApi() {
        String article = gateway().header("X-API-Key", KEY).contentType("application/json")
                .body(Map.of("text", KOREA))
                .when().post("/api/v1/articles")
                .then().statusCode(200).extract().jsonPath().getString("translation.text");
        String deepL = deepL(KEY).contentType("application/json")
                .body(Map.of("target_lang", "EN-GB", "text", List.of(KOREA)))
                .when().post("/v2/translate")
                .then().statusCode(200).extract().jsonPath().getString("translations[0].text");
        charactersSent += KOREA.length();
        assertThat(deepL).isEqualTo(article);
    }

    @Test
    @Order(5)
    void usageCountsTheKeysCharacters() {
        deepL(KEY).when().get("/v2/usage")
                .then().statusCode(200)
                .body("character_count", equalTo((int) charactersSent))
                .body("character_limit", equalTo(1_000_000_000_000L));
    }

    @Test
    @Order(6)
    void wrongKeysAndOtherLanguagesGetEachApisOwnErrors() {
        deepL("not-a-key").contentType("application/json")
                .body(Map.of("target_lang", "EN-US", "text", List.of(KOREA)))
                .when().post("/v2/translate")
                .then().statusCode(403).contentType("application/json").body("message", startsWith("Authorization failed"));
        gateway().contentType("application/json")
                .body(Map.of("q", KOREA, "source", "id", "target", "en", "api_key", "not-a-key"))
                .when().post("/translate")
                .then().statusCode(403).body("error", equalTo("Invalid API key"));
        deepL(KEY).contentType("application/json").body(Map.of("target_lang", "EN-US", "text", List.of(ENGLISH)))
                .when().post("/v2/translate")
                .then().statusCode(400).body("message", containsString("not Indonesian"));
        gateway().contentType("application/json")
                .body(Map.of("q", ENGLISH, "source", "auto", "target", "en", "api_key", KEY))
                .when().post("/translate")
                .then().statusCode(400).body("error", containsString("not Indonesian"));
        gateway().contentType("application/json")
                .body(Map.of("q", KOREA, "source", "id", "target", "fr", "api_key", KEY))
                .when().post("/translate")
                .then().statusCode(400).body("error", startsWith("fr is not supported"));
    }

    private static String form(String... namesAndValues) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            body.append(i > 0 ? "&" : "").append(namesAndValues[i]).append('=')
                    .append(URLEncoder.encode(namesAndValues[i + 1], StandardCharsets.UTF_8));
        }
        return body.toString();
    }
}
