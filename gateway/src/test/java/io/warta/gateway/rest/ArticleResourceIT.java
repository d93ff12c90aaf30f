package io.warta.gateway.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The packaged gateway (JVM jar here, the native executable with -Pnative) with WireMock standing
 * in for the services: the REST clients, fault tolerance and problem responses work in the artifact.
 */
@QuarkusIntegrationTest
@QuarkusTestResource(BackendsWireMock.class)
class ArticleResourceIT {

    @Test
    void packagedGatewayDegradesWithoutSummariesAndRefusesBadInput() {
        var backends = BackendsWireMock.server();
        backends.stubFor(get(urlEqualTo("/v1/engines")).willReturn(okJson("{\"active\":\"lexicon/it\",\"preferred\":\"lexicon/it\"}")));
        backends.stubFor(get(urlEqualTo("/v1/summarizer")).willReturn(aResponse().withStatus(503)));
        backends.stubFor(post(urlEqualTo("/v1/summaries")).willReturn(aResponse().withStatus(503)));
        backends.stubFor(post(urlEqualTo("/v1/translations/batch")).willReturn(okJson("""
                {"translations":[{"translation":"Floods hit Medan.","engine":"lexicon/it","segments":[{"source":"Banjir melanda Medan.","translation":"Floods hit Medan.","engine":"lexicon/it","cached":false}]}]}""")));

        given().contentType(ContentType.JSON).body(Map.of("text", "Banjir melanda Medan."))
                .when().post("/api/v1/articles")
                .then().statusCode(200)
                .body("translation.text", equalTo("Floods hit Medan."))
                .body("translation.segments[0].engine", equalTo("lexicon/it"))
                .body("engines.translation", equalTo("lexicon/it"))
                .body("summaries", nullValue())
                .body("degraded", contains("summaries"));
        given().contentType(ContentType.JSON).body(Map.of("text", " "))
                .when().post("/api/v1/articles")
                .then().statusCode(400).contentType("application/problem+json");
        given().when().get("/q/openapi").then().statusCode(200).body(containsString("/api/v1/articles"));
    }
}
