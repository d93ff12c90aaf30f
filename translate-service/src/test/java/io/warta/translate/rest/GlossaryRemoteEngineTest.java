package io.warta.translate.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.notContaining;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static io.warta.translate.engine.remote.RemoteEnginesWireMock.chatCompletions;
import static io.warta.translate.engine.remote.RemoteEnginesWireMock.libreTranslate;
import static io.warta.translate.engine.remote.RemoteEnginesWireMock.libreTranslateEchoes;
import static io.warta.translate.engine.remote.RemoteEnginesWireMock.modelAnswers;
import static io.warta.translate.engine.remote.RemoteEnginesWireMock.server;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.warta.translate.engine.remote.RemoteEnginesWireMock;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An inline glossary on remote engines (WireMock stands in for the LibreTranslate and OpenAI-compatible servers):
 * the terms travel as placeholders and come back as the glossary's English; a server that ignores or garbles them
 * gives its own English with a {@code glossary-miss} warning, never a broken marker.
 */
@QuarkusTest
@QuarkusTestResource(value = RemoteEnginesWireMock.class, restrictToAnnotatedClass = true)
class GlossaryRemoteEngineTest {

    private static final List<Map<String, String>> DPRK = List.of(Map.of("source", "Korea Utara", "target", "the DPRK"));

    @Inject
    CircuitBreakerMaintenance breakers;

    @BeforeEach
    void freshServers() {
        server().resetAll();
        breakers.resetAll();
    }

    /** A sentence no earlier run translated (the memory is real), with letters only besides the term. */
    private static String fresh() {
        StringBuilder name = new StringBuilder("Kota");
        UUID.randomUUID().toString().chars().filter(Character::isLetterOrDigit).limit(8)
                .forEach(c -> name.append((char) ('a' + c % 26)));
        return "Pemimpin Korea Utara mengunjungi " + name + " pekan ini.";
    }

    private static ValidatableResponse translate(String text) {
        return given().contentType(ContentType.JSON).body(Map.of("text", text, "source", "id", "glossary", DPRK))
                .when().post("/v1/translations")
                .then().statusCode(200);
    }

    @Test
    void theTermTravelsAsAPlaceholderAndComesBackAsTheGlossarysEnglish() {
        server().stubFor(libreTranslate().willReturn(libreTranslateEchoes()));
        String sentence = fresh();
        translate(sentence)
                .body("segments[0].engine", startsWith("libretranslate/"))
                .body("translation", startsWith("[lt] Pemimpin the DPRK mengunjungi"))
                .body("segments[0].warnings", empty());
        server().verify(1, postRequestedFor(urlEqualTo("/translate"))
                .withRequestBody(containing("Pemimpin [G1] mengunjungi"))
                .withRequestBody(notContaining("Korea Utara")));
    }

    @Test
    void aServerThatIgnoresTheTermGetsAGlossaryMiss() {
        server().stubFor(libreTranslate().willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"translatedText\":[\"The North Korean leader visited the city this week.\"]}")));
        translate(fresh())
                .body("segments[0].engine", startsWith("libretranslate/"))
                .body("translation", equalTo("The North Korean leader visited the city this week."))
                .body("segments[0].warnings.type", contains("glossary-miss"))
                .body("segments[0].warnings[0].detail", equalTo("glossary term not kept: Korea Utara → the DPRK"));
        // The lost placeholder sent the sentence once more, as it is: two calls, no marker in the answer.
        server().verify(2, postRequestedFor(urlEqualTo("/translate")));
    }

    @Test
    void aChatModelThatGarblesThePlaceholderGetsAGlossaryMissNotABrokenMarker() {
        server().stubFor(libreTranslate().willReturn(aResponse().withStatus(503)));
        server().stubFor(chatCompletions().willReturn(modelAnswers("The leader of [G 1 visited the city.", "stop")));
        translate(fresh())
                .body("segments[0].engine", startsWith("openai/"))
                .body("segments[0].warnings.type", contains("glossary-miss"));
        server().verify(postRequestedFor(urlEqualTo("/v1/chat/completions"))
                .withRequestBody(containing("copy markers such as [G1] unchanged")));
    }

    @Test
    void aChatModelThatKeepsThePlaceholderGivesTheTerm() {
        server().stubFor(libreTranslate().willReturn(aResponse().withStatus(503)));
        server().stubFor(chatCompletions().willReturn(modelAnswers("The leader of [G1] visited the city this week.",
                "stop")));
        translate(fresh())
                .body("segments[0].engine", startsWith("openai/"))
                .body("translation", equalTo("The leader of the DPRK visited the city this week."))
                .body("segments[0].warnings", empty())
                .body("translation", containsString("DPRK"));
    }
}
