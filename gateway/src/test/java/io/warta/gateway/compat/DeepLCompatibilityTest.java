package io.warta.gateway.compat;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.specification.RequestSpecification;
import io.warta.gateway.rest.BackendsWireMock;
import io.warta.gateway.rest.StubbedBackends;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * DeepL's API v2 on the gateway, called as DeepL's clients call it. translate-service is the WireMock stand-in of the
 * other gateway tests (it answers "EN:" + each text); the real translation path is covered end to end in
 * end-to-end-tests (CompatibleClientsIT).
 *
 * <p>Request shapes replayed, and where they come from:
 * <ul>
 * <li>deepl-python (deepl/translator_base.py, {@code _translate_text_pre}): JSON {@code {"target_lang": "EN-US",
 * "source_lang": "ID", "text": [...]}} with {@code Authorization: DeepL-Auth-Key …}; its
 * {@code _get_target_languages_pre} sends GET /v2/languages with {@code type=target} as a form body
 * ({@code requests.Request(data=…)});</li>
 * <li>deepl-node (src/translator.ts {@code translateText}, src/client.ts): a form body built with URLSearchParams —
 * target_lang, {@code show_billed_characters=1}, then one {@code text} field per text; GET parameters go into the
 * query string;</li>
 * <li>Mastodon (app/lib/translation_service/deepl.rb): a form with {@code text}, {@code source_lang} upper case,
 * {@code target_lang} lower case and {@code tag_handling=html};</li>
 * <li>errors: both clients read {@code message} from an application/json body and branch on 403 (authorization),
 * 456 (quota), 400, 429 and 5xx (the last two retried).</li>
 * </ul>
 */
@QuarkusTest
@TestProfile(CompatProfile.class)
@QuarkusTestResource(BackendsWireMock.class)
class DeepLCompatibilityTest extends CompatibilityTestBase {

    private RequestSpecification deepL(String authKey) {
        return given().header("Authorization", "DeepL-Auth-Key " + authKey)
                .header("User-Agent", "deepl-python/1.21.0 (Linux) python/3.12.3 requests/2.32.3");
    }

    @Test
    void deeplPythonJsonIsTranslated() throws Exception {
        StubbedBackends.translations(backends, List.of(KOREA), 0);
        deepL(key).contentType("application/json")
                .body("{\"target_lang\":\"EN-US\",\"source_lang\":\"ID\",\"text\":[\"" + KOREA + "\"]}")
                .when().post("/v2/translate")
                .then().statusCode(200).contentType("application/json")
                .body("translations", hasSize(1))
                .body("translations[0].text", equalTo("EN:" + KOREA))
                .body("translations[0].detected_source_language", equalTo("ID"))
                .body("translations[0]", not(org.hamcrest.Matchers.hasKey("billed_characters")));
        backends.verify(1, postRequestedFor(urlEqualTo("/v1/translations/batch"))
                .withRequestBody(equalToJson("{\"texts\":[\"" + KOREA + "\"],\"source\":\"id\",\"target\":\"en\"}")));
    }

    @Test
    void deeplNodeFormWithRepeatedTextIsTranslatedInOrderWithBilledCharacters() throws Exception {
        StubbedBackends.translations(backends, List.of(KOREA, RICE), 0);
        // deepl-node: buildURLSearchParams(target_lang), append show_billed_characters=1, then text per text.
        deepL(key).contentType("application/x-www-form-urlencoded")
                .body(form("target_lang", "en-GB", "show_billed_characters", "1", "text", KOREA, "text", RICE))
                .when().post("/v2/translate")
                .then().statusCode(200)
                .body("translations.text", contains("EN:" + KOREA, "EN:" + RICE))
                .body("translations.detected_source_language", contains("ID", "ID"))
                .body("translations.billed_characters", contains(KOREA.length(), RICE.length()));
    }

    @Test
    void mastodonsHtmlFormIsAnsweredAsEscapedHtml() throws Exception {
        StubbedBackends.translations(backends, List.of("Harga beras naik 5% & stok < 10 ton."), 0);
        // Mastodon deepl.rb: form {text: texts, source_lang: 'ID', target_lang: 'en', tag_handling: 'html'}.
        deepL(key).contentType("application/x-www-form-urlencoded")
                .body(form("text", "<p>Harga beras naik 5% &amp; stok &lt; 10 ton.</p>", "source_lang", "ID",
                        "target_lang", "en", "tag_handling", "html"))
                .when().post("/v2/translate")
                .then().statusCode(200)
                .body("translations[0].text", equalTo("EN:Harga beras naik 5% &amp; stok &lt; 10 ton."));
    }

    @Test
    void aMissingOrWrongKeyIs403() {
        String body = "{\"target_lang\":\"EN-US\",\"text\":[\"" + RICE + "\"]}";
        given().contentType("application/json").body(body)
                .when().post("/v2/translate")
                .then().statusCode(403).contentType("application/json").body("message", startsWith("Authorization failed"));
        deepL("key-nobody").contentType("application/json").body(body)
                .when().post("/v2/translate")
                .then().statusCode(403).body("message", startsWith("Authorization failed"));
        deepL(CompatProfile.REVOKED).contentType("application/json").body(body)
                .when().post("/v2/translate")
                .then().statusCode(403);
        given().header("Authorization", "Bearer " + key).when().get("/v2/usage").then().statusCode(403);
        backends.verify(0, postRequestedFor(urlEqualTo("/v1/translations/batch")));
    }

    @Test
    void unsupportedLanguagesAreRefusedWith400() {
        deepL(key).contentType("application/json").body("{\"target_lang\":\"DE\",\"text\":[\"" + RICE + "\"]}")
                .when().post("/v2/translate")
                .then().statusCode(400).body("message", startsWith("Value for 'target_lang' not supported"));
        deepL(key).contentType("application/json")
                .body("{\"target_lang\":\"EN-US\",\"source_lang\":\"MS\",\"text\":[\"" + RICE + "\"]}")
                .when().post("/v2/translate")
                .then().statusCode(400).body("message", startsWith("Value for 'source_lang' not supported"));
        deepL(key).contentType("application/json").body("{\"text\":[\"" + RICE + "\"]}")
                .when().post("/v2/translate")
                .then().statusCode(400).body("message", equalTo("Parameter 'target_lang' not specified."));
        deepL(key).contentType("application/x-www-form-urlencoded").body(form("target_lang", "EN-US"))
                .when().post("/v2/translate")
                .then().statusCode(400).body("message", equalTo("Parameter 'text' not specified."));
        deepL(key).contentType("application/json")
                .body("{\"target_lang\":\"EN-US\",\"tag_handling\":\"xml\",\"text\":[\"" + RICE + "\"]}")
                .when().post("/v2/translate")
                .then().statusCode(400).body("message", containsString("tag_handling"));
        // English text: DeepL would detect EN; Warta refuses rather than translate it as Indonesian.
        deepL(key).contentType("application/json").body("{\"target_lang\":\"EN-US\",\"text\":[\"" + ENGLISH + "\"]}")
                .when().post("/v2/translate")
                .then().statusCode(400).body("message", containsString("looks like \"en\", not Indonesian"));
        backends.verify(0, postRequestedFor(urlEqualTo("/v1/translations/batch")));
    }

    @Test
    void tooManyTextsOrCharactersAre413AndUnreadableBodies400Or415() {
        String longText = (RICE + " ").repeat(100_000 / RICE.length() + 1);
        deepL(key).contentType("application/x-www-form-urlencoded").body(form("target_lang", "EN-US", "text", longText))
                .when().post("/v2/translate")
                .then().statusCode(413).body("message", containsString("the limit is 100000"));
        String[] many = new String[2 + 51 * 2];
        many[0] = "target_lang";
        many[1] = "EN-US";
        for (int i = 0; i < 51; i++) {
            many[2 + 2 * i] = "text";
            many[3 + 2 * i] = RICE;
        }
        deepL(key).contentType("application/x-www-form-urlencoded").body(form(many))
                .when().post("/v2/translate")
                .then().statusCode(413).body("message", containsString("at most 50 texts"));
        deepL(key).contentType("application/json").body("{\"target_lang\": [")
                .when().post("/v2/translate")
                .then().statusCode(400).contentType("application/json").body("message", notNullValue());
        deepL(key).contentType("text/plain").body(RICE)
                .when().post("/v2/translate")
                .then().statusCode(415).contentType("application/json").body("message", notNullValue());
        backends.verify(0, postRequestedFor(urlEqualTo("/v1/translations/batch")));
    }

    @Test
    void languagesAnswerSourceAndTargetHoweverTheTypeIsSent() {
        deepL(key).when().get("/v2/languages")
                .then().statusCode(200).body("language", contains("ID")).body("name", contains("Indonesian"));
        // deepl-node: GET parameters in the query string.
        deepL(key).when().get("/v2/languages?type=target")
                .then().statusCode(200).body("language", contains("EN-GB", "EN-US"))
                .body("supports_formality", contains(false, false));
        // deepl-python: requests.Request("GET", …, data={"type": "target"}), a form body on a GET.
        deepL(key).contentType("application/x-www-form-urlencoded").body("type=target")
                .when().get("/v2/languages")
                .then().statusCode(200).body("language", contains("EN-GB", "EN-US"));
        deepL(key).when().get("/v2/languages?type=glossary").then().statusCode(400).body("message", notNullValue());
        given().when().get("/v2/languages").then().statusCode(403);
    }

    @Test
    void usageCountsTheKeysCharactersAndTheQuotaIs456() throws Exception {
        deepL(key).when().get("/v2/usage")
                .then().statusCode(200)
                .body("character_count", equalTo(0))
                .body("character_limit", equalTo((int) CompatProfile.CHARACTER_LIMIT));
        StubbedBackends.translations(backends, List.of(KOREA, RICE), 0);
        deepL(key).contentType("application/x-www-form-urlencoded")
                .body(form("target_lang", "EN-US", "text", KOREA, "text", RICE))
                .when().post("/v2/translate").then().statusCode(200);
        deepL(key).when().get("/v2/usage")
                .then().statusCode(200).body("character_count", equalTo(KOREA.length() + RICE.length()));
        // Another key's count is its own.
        deepL(CompatProfile.freshKey()).when().get("/v2/usage").then().body("character_count", equalTo(0));

        String big = (RICE + " ").repeat(40); // 2,560 characters: with the 132 above, 4,000 allow one, not two
        StubbedBackends.translations(backends, List.of(big.strip()), 0);
        String json = "{\"target_lang\":\"EN-US\",\"text\":[\"" + big + "\"]}";
        deepL(key).contentType("application/json").body(json).when().post("/v2/translate").then().statusCode(200);
        deepL(key).contentType("application/json").body(json).when().post("/v2/translate")
                .then().statusCode(456).contentType("application/json").body("message", startsWith("Quota exceeded"));
    }

    @Test
    void translateServiceDownIs503WithRetryAfterAndCostsNoCharacters() {
        backends.stubFor(post(urlEqualTo("/v1/translations/batch")).willReturn(aResponse().withStatus(500)));
        deepL(key).contentType("application/json").body("{\"target_lang\":\"EN-US\",\"text\":[\"" + RICE + "\"]}")
                .when().post("/v2/translate")
                .then().statusCode(503).header("Retry-After", notNullValue())
                .body("message", startsWith("Service unavailable"));
        deepL(key).when().get("/v2/usage").then().body("character_count", equalTo(0));
    }

    @Test
    void aSpentRateIs429WithRetryAfter() {
        for (int i = 0; i < CompatProfile.REQUESTS_PER_MINUTE; i++) {
            deepL(key).when().get("/v2/usage").then().statusCode(200);
        }
        deepL(key).when().get("/v2/usage")
                .then().statusCode(429).header("Retry-After", notNullValue()).body("message", startsWith("Too many requests"));
    }

    @Test
    void wartasOwnApiStillAnswersProblemsAndSwaggerTagsTheRoutes() {
        given().contentType("application/json").header("X-API-Key", key).body("{\"text\": [")
                .when().post("/api/v1/articles")
                .then().statusCode(400).contentType("application/problem+json");
        given().when().get("/q/openapi?format=json").then()
                .body("paths.'/v2/translate'.post.tags", contains("DeepL-compatible"))
                .body("paths.'/v2/usage'.get.tags", contains("DeepL-compatible"));
    }
}
