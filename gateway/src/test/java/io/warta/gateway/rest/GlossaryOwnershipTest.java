package io.warta.gateway.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.warta.gateway.repository.GlossaryRecord;
import io.warta.gateway.repository.GlossaryRepository;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * With API keys on, a glossary belongs to the key that stored it (real PostgreSQL): another key can neither read,
 * list, use nor delete it (404: absent, not forbidden, so ids cannot be probed), nor crowd it out, because the cap
 * counts per key; the store keeps a digest of the key, never the key.
 */
@QuarkusTest
@TestProfile(GlossaryOwnershipTest.KeysAndOneGlossaryEach.class)
class GlossaryOwnershipTest {

    public static class KeysAndOneGlossaryEach implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "warta.gateway.api-keys.enabled", "true",
                    "warta.gateway.api-keys.keys", "key-alice,key-bob",
                    "warta.gateway.api-keys.requests-per-minute", "1000",
                    "warta.gateway.glossaries.max-stored", "1");
        }
    }

    @Inject
    GlossaryRepository repository;

    @BeforeEach
    void emptyStore() {
        QuarkusTransaction.requiringNew().run(repository::deleteAll); // other test classes' glossaries
    }

    private static ValidatableResponse store(String key, String term) {
        return given().header(ApiKeyFilter.HEADER, key).contentType(ContentType.JSON)
                .body(Map.of("name", "style " + term, "entries", List.of(Map.of("source", term, "target", term))))
                .when().post("/api/v1/glossaries").then();
    }

    @Test
    void anotherKeyNeitherSeesNorUsesNorDeletesAGlossary() {
        String id = store("key-alice", "KPK").statusCode(201).extract().path("id");

        given().header(ApiKeyFilter.HEADER, "key-bob").when().get("/api/v1/glossaries/" + id)
                .then().statusCode(404).contentType("application/problem+json");
        given().header(ApiKeyFilter.HEADER, "key-bob").when().get("/api/v1/glossaries")
                .then().statusCode(200).body("size()", equalTo(0));
        given().header(ApiKeyFilter.HEADER, "key-bob").contentType(ContentType.JSON)
                .body(Map.of("text", "Harga beras naik pekan ini.", "glossaryId", id))
                .when().post("/api/v1/articles")
                .then().statusCode(404).contentType("application/problem+json");
        given().header(ApiKeyFilter.HEADER, "key-bob").when().delete("/api/v1/glossaries/" + id)
                .then().statusCode(404);

        given().header(ApiKeyFilter.HEADER, "key-alice").when().get("/api/v1/glossaries/" + id)
                .then().statusCode(200).body("entries[0].source", equalTo("KPK"));
        given().header(ApiKeyFilter.HEADER, "key-alice").when().get("/api/v1/glossaries")
                .then().statusCode(200).body("id", hasItem(id));
        given().header(ApiKeyFilter.HEADER, "key-alice").when().delete("/api/v1/glossaries/" + id)
                .then().statusCode(204);
    }

    @Test
    void theCapCountsPerKeySoOneKeyCannotRefuseAnother() {
        store("key-alice", "KPK").statusCode(201);
        store("key-alice", "DPR").statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("https://warta.io/problems/glossary-limit"))
                .body("detail", containsString("at most 1 glossaries are stored per API key"))
                .body("detail", not(containsString("DPR")));
        store("key-bob", "DPR").statusCode(201);
    }

    @Test
    void theStoreKeepsADigestOfTheKeyNeverTheKey() {
        String id = store("key-alice", "KPK").statusCode(201).extract().path("id");
        GlossaryRecord record = QuarkusTransaction.requiringNew().call(() -> repository.findById(id));
        assertThat(record.owner).hasSize(64).matches("[0-9a-f]{64}").doesNotContain("alice");
        String bobs = store("key-bob", "KPK").statusCode(201).extract().path("id");
        assertThat(QuarkusTransaction.requiringNew().call(() -> repository.findById(bobs)).owner).isNotEqualTo(record.owner);
    }
}
