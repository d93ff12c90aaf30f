package io.warta.gateway.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.warta.gateway.repository.GlossaryRepository;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The cap on stored glossaries: nobody fills the database with them; deleting one makes room again. */
@QuarkusTest
@TestProfile(GlossaryLimitTest.TwoStored.class)
class GlossaryLimitTest {

    public static class TwoStored implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("warta.gateway.glossaries.max-stored", "2");
        }
    }

    @Inject
    GlossaryRepository repository;

    private static Map<String, Object> glossary(String term) {
        return Map.of("name", "style " + term, "entries", List.of(Map.of("source", term, "target", term)));
    }

    private static io.restassured.response.ValidatableResponse post(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).when().post("/api/v1/glossaries").then();
    }

    @Test
    void aGlossaryBeyondTheCapIs409UntilOneIsDeleted() {
        QuarkusTransaction.requiringNew().run(repository::deleteAll); // other test classes' glossaries
        String first = post(glossary("KPK")).statusCode(201).extract().path("id");
        post(glossary("DPR")).statusCode(201);

        post(glossary("Korut")).statusCode(409)
                .contentType("application/problem+json")
                .body("status", equalTo(409))
                .body("type", equalTo("https://warta.io/problems/glossary-limit"))
                .body("detail", containsString("at most 2 glossaries"))
                .body("detail", not(containsString("Korut")));
        given().when().get("/api/v1/glossaries").then().statusCode(200).body("size()", equalTo(2));

        given().when().delete("/api/v1/glossaries/" + first).then().statusCode(204);
        post(glossary("Korut")).statusCode(201);
    }
}
