package io.warta.summary.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The packaged artifact (JVM jar here, the native executable with -Pnative): weights load, cache works, docs served. */
@QuarkusIntegrationTest
class SummaryResourceIT {

    @Test
    void packagedServiceSummarizesAndCaches() {
        List<String> sentences = List.of("Gempa " + UUID.randomUUID().toString().substring(0, 6) + " mengguncang Lombok pada Senin pagi.",
                "Warga berhamburan keluar rumah.", "BMKG menyatakan gempa tidak berpotensi tsunami.",
                "Belum ada laporan korban jiwa.");
        given().contentType(ContentType.JSON).body(Map.of("sentences", sentences, "language", "id"))
                .when().post("/v1/summaries")
                .then().statusCode(200)
                .body("tiers.standard.sentences", hasSize(3))
                .body("cached", equalTo(false));
        given().contentType(ContentType.JSON).body(Map.of("sentences", sentences, "language", "id"))
                .when().post("/v1/summaries")
                .then().statusCode(200).body("cached", equalTo(true));
    }

    @Test
    void packagedServiceServesItsDocumentation() {
        given().when().get("/q/health/ready").then().statusCode(200);
        given().when().get("/q/openapi").then().statusCode(200).body(containsString("/v1/summaries"));
        given().when().get("/q/swagger-ui/").then().statusCode(200);
    }
}
