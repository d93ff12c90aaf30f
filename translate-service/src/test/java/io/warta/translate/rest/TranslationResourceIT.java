package io.warta.translate.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.http.ContentType;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The packaged artifact (JVM jar here, the native executable with -Pnative): models load, memory works, docs served. */
@QuarkusIntegrationTest
class TranslationResourceIT {

    @Test
    void packagedServiceTranslatesAndRemembers() {
        // A sentence no earlier run can have stored (a whole UUID), and the source language stated, so language
        // detection cannot turn down a text made odd by its random token.
        String text = "Harga cabai di pasar " + UUID.randomUUID() + " naik. Pemerintah menyiapkan operasi pasar.";
        given().contentType(ContentType.JSON).body(Map.of("text", text, "source", "id"))
                .when().post("/v1/translations")
                .then().statusCode(200)
                .body("segments", hasSize(2))
                .body("segments[0].cached", equalTo(false));
        given().contentType(ContentType.JSON).body(Map.of("text", text, "source", "id"))
                .when().post("/v1/translations")
                .then().statusCode(200)
                .body("segments[0].cached", equalTo(true));
    }

    @Test
    void packagedServiceReportsReadyEnginesAndServesItsDocumentation() {
        given().when().get("/v1/engines").then().statusCode(200).body("active", notNullValue());
        given().when().get("/q/health/ready").then().statusCode(200);
        given().when().get("/q/openapi").then().statusCode(200).body(containsString("/v1/translations/batch"));
        given().when().get("/q/swagger-ui/").then().statusCode(200);
        // metrics are served on the management port only (the @QuarkusTests read them there)
        given().when().get("/q/metrics").then().statusCode(404);
    }
}
