package io.warta.gateway.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(ApiKeyTest.KeysRequired.class)
class ApiKeyTest {

    /** A well-formed article id that nothing is stored under: 404 once the key is accepted. */
    private static final String UNKNOWN_ID = "5d0c7a4e-2f1b-4c3a-9e8d-7b6a5f4e3d2c";

    public static class KeysRequired implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "warta.gateway.api-keys.enabled", "true",
                    "warta.gateway.api-keys.keys", "key-alice,key-bob,key-carol,key-dave",
                    "warta.gateway.api-keys.revoked", "key-mallory",
                    "warta.gateway.api-keys.requests-per-minute", "3",
                    "warta.gateway.api-keys.characters-per-minute", "1000");
        }
    }

    @Test
    void requestWithoutKeyIs401() {
        given().when().get("/api/v1/articles/anything")
                .then().statusCode(401).contentType("application/problem+json").body("status", equalTo(401));
        given().header(ApiKeyFilter.HEADER, "key-nobody").when().get("/api/v1/articles/anything")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void revokedKeyIs403() {
        given().header(ApiKeyFilter.HEADER, "key-mallory").when().get("/api/v1/articles/anything")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void validKeyPassesUntilItsRateIsSpent() {
        for (int i = 0; i < 3; i++) {
            given().header(ApiKeyFilter.HEADER, "key-bob").when().get("/api/v1/articles/" + UNKNOWN_ID)
                    .then().statusCode(404);
        }
        given().header(ApiKeyFilter.HEADER, "key-bob").when().get("/api/v1/articles/" + UNKNOWN_ID)
                .then().statusCode(429).contentType("application/problem+json").header("Retry-After", notNullValue());
        // Another key has its own budget.
        given().header(ApiKeyFilter.HEADER, "key-alice").when().get("/api/v1/articles/" + UNKNOWN_ID)
                .then().statusCode(404);
    }

    /**
     * Cost is counted, not only requests: a key with 1,000 characters a minute may send one 700-character text but
     * not a second, while a 200-character one still fits; another key's budget is untouched. (The texts are English,
     * so each admitted one is refused with 422 after it was charged, and no backend is needed.)
     */
    @Test
    void charactersOfTextAreChargedToTheKeyThatSentThem() {
        String longText = english(700);
        article("key-carol", longText).then().statusCode(422);
        article("key-carol", longText).then().statusCode(429).contentType("application/problem+json")
                .body("type", org.hamcrest.Matchers.endsWith("/rate-limited"))
                .body("detail", org.hamcrest.Matchers.containsString("1000 characters"))
                .header("Retry-After", notNullValue());
        article("key-dave", longText).then().statusCode(422); // another caller: its own budget
        article("key-carol", english(200)).then().statusCode(422); // fits in what carol has left
    }

    @Test
    void aPlainTextArticleIsChargedByItsCharactersToo() {
        given().header(ApiKeyFilter.HEADER, "key-alice").contentType("text/plain").body(english(1200))
                .when().post("/api/v1/articles")
                .then().statusCode(429).header("Retry-After", notNullValue());
    }

    private static io.restassured.response.Response article(String key, String text) {
        return given().header(ApiKeyFilter.HEADER, key).contentType("application/json").body(Map.of("text", text))
                .when().post("/api/v1/articles");
    }

    /** English sentences of exactly {@code length} characters. */
    private static String english(int length) {
        StringBuilder text = new StringBuilder();
        while (text.length() < length) {
            text.append("The committee said the new rules would apply to every school in the country. ");
        }
        return text.substring(0, length);
    }

    @Test
    void healthAndDocumentationNeedNoKey() {
        given().when().get("/q/health/live").then().statusCode(200);
        given().when().get("/q/openapi").then().statusCode(200);
    }
}
