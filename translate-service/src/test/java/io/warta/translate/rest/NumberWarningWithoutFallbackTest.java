package io.warta.translate.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static io.restassured.RestAssured.given;
import static io.warta.translate.engine.remote.RemoteEnginesWireMock.chatCompletions;
import static io.warta.translate.engine.remote.RemoteEnginesWireMock.libreTranslate;
import static io.warta.translate.engine.remote.RemoteEnginesWireMock.modelEchoes;
import static io.warta.translate.engine.remote.RemoteEnginesWireMock.server;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.warta.translate.engine.remote.RemoteEnginesWireMock;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A remote engine (WireMock LibreTranslate) that garbles an amount, "Rp 5 miliar" into "5 million": with the number
 * fallback off the remote's translation is answered, and its segment carries the number-mismatch warning, also when
 * served again from the memory.
 */
@QuarkusTest
@TestProfile(NumberWarningWithoutFallbackTest.FallbackOff.class)
@QuarkusTestResource(value = RemoteEnginesWireMock.class, restrictToAnnotatedClass = true)
class NumberWarningWithoutFallbackTest {

    public static class FallbackOff implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("warta.engines.number-fallback", "false");
        }
    }

    @Inject
    CircuitBreakerMaintenance breakers;

    @BeforeEach
    void workingServers() {
        server().resetAll();
        breakers.resetAll();
        server().stubFor(chatCompletions().willReturn(modelEchoes()));
    }

    private static ValidatableResponse translate(String text) {
        return given().contentType(ContentType.JSON).body(Map.of("text", text, "source", "id"))
                .when().post("/v1/translations")
                .then().statusCode(200);
    }

    @Test
    void aRemoteEngineThatChangesAnAmountGetsANumberMismatchWarning() {
        String place = "Kota" + UUID.randomUUID().toString().replaceAll("[^a-f]", "");
        String sentence = "Pemerintah " + place + " menyiapkan anggaran Rp 5 miliar untuk pasar.";
        server().stubFor(libreTranslate().willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"translatedText\":[\"The government prepared a budget of 5 million for the market.\"]}")));
        translate(sentence)
                .body("segments[0].engine", startsWith("libretranslate/"))
                .body("segments[0].fallbackReason", nullValue())
                .body("segments[0].warnings.type", contains("number-mismatch"))
                .body("segments[0].warnings[0].detail", equalTo("source has 5000000000; translation has 5000000"));
        // Served again from the memory, the segment is checked again: the warning does not depend on the engine call.
        translate(sentence)
                .body("segments[0].cached", equalTo(true))
                .body("segments[0].warnings.type", contains("number-mismatch"));
    }
}
