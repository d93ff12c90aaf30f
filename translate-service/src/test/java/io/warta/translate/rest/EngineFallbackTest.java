package io.warta.translate.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static io.warta.translate.engine.remote.RemoteEnginesWireMock.chatCompletions;
import static io.warta.translate.engine.remote.RemoteEnginesWireMock.libreTranslate;
import static io.warta.translate.engine.remote.RemoteEnginesWireMock.libreTranslateEchoes;
import static io.warta.translate.engine.remote.RemoteEnginesWireMock.modelAnswers;
import static io.warta.translate.engine.remote.RemoteEnginesWireMock.modelEchoes;
import static io.warta.translate.engine.remote.RemoteEnginesWireMock.server;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.startsWith;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.warta.translate.engine.remote.RemoteEnginesWireMock;
import io.warta.translate.repository.SegmentTranslationRepository;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The engine chain end to end through /v1/translations, with the real translation memory (PostgreSQL) and the
 * real builtin engine last; WireMock stands in for the LibreTranslate and OpenAI-compatible servers, which cannot
 * run here (order: libretranslate, openai, builtin).
 */
@QuarkusTest
@QuarkusTestResource(value = RemoteEnginesWireMock.class, restrictToAnnotatedClass = true)
class EngineFallbackTest {

    @Inject
    SegmentTranslationRepository memory;

    @Inject
    CircuitBreakerMaintenance breakers;

    @BeforeEach
    void workingServers() {
        server().resetAll();
        breakers.resetAll();
        server().stubFor(libreTranslate().willReturn(libreTranslateEchoes()));
        server().stubFor(chatCompletions().willReturn(modelEchoes()));
    }

    private static String fresh(String what) {
        return "Harga " + what + " di pasar " + UUID.randomUUID().toString().substring(0, 8) + " naik tajam pekan ini.";
    }

    private static ValidatableResponse translate(String text) {
        return given().contentType(ContentType.JSON).body(Map.of("text", text, "source", "id"))
                .when().post("/v1/translations")
                .then().statusCode(200);
    }

    private long rowsFrom(String engineId, String sentence) {
        return memory.count("sourceText = ?1 and engine like ?2", sentence, engineId + "/%");
    }

    @Test
    void firstEngineInOrderAnswersAndIsRemembered() {
        String sentence = fresh("beras");
        translate(sentence)
                .body("translation", equalTo("[lt] " + sentence))
                .body("engine", startsWith("libretranslate/libretranslate@localhost:"))
                .body("segments[0].engine", startsWith("libretranslate/"))
                .body("segments[0].cached", equalTo(false));
        translate(sentence)
                .body("segments[0].cached", equalTo(true))
                .body("segments[0].engine", startsWith("libretranslate/"));
        server().verify(1, postRequestedFor(urlEqualTo("/translate")));
        assertThat(rowsFrom("libretranslate", sentence)).isEqualTo(1);
    }

    @Test
    void deadRemoteEnginesMidRequestLeaveTheSentencesToBuiltinAndNothingOfTheirsIsCached() {
        // LibreTranslate answers the first call of the request (32 sentences), then times out on the second;
        // the chat model chatters (more than the one line asked for). Both fail the whole batch, so builtin translates all.
        server().stubFor(libreTranslate().inScenario("dies").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(libreTranslateEchoes()).willSetStateTo("dead"));
        server().stubFor(libreTranslate().inScenario("dies").whenScenarioStateIs("dead")
                .willReturn(libreTranslateEchoes().withFixedDelay(8_000)));
        server().stubFor(chatCompletions().willReturn(modelAnswers("Here is the translation:\nOne line.", "stop")));
        List<String> sentences = IntStream.range(0, 40).mapToObj(i -> fresh("cabai " + i)).toList();

        translate(String.join(" ", sentences))
                .body("engine", startsWith("builtin/phrase-"))
                .body("segments.engine", everyItem(startsWith("builtin/")))
                .body("segments.cached", everyItem(equalTo(false)))
                .body("translation", org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("[lt]")));

        server().verify(2, postRequestedFor(urlEqualTo("/translate")));
        server().verify(postRequestedFor(urlEqualTo("/v1/chat/completions")));
        for (String sentence : sentences) {
            assertThat(rowsFrom("libretranslate", sentence)).isZero();
            assertThat(rowsFrom("openai", sentence)).isZero();
            assertThat(rowsFrom("builtin", sentence)).isEqualTo(1);
        }
    }

    @Test
    void theNextEngineAnswersWhenTheFirstFails() {
        server().stubFor(libreTranslate().willReturn(aResponse().withStatus(500)
                .withHeader("Content-Type", "application/json").withBody("{\"error\":\"translation failed\"}")));
        String sentence = fresh("gula");
        translate(sentence)
                .body("translation", equalTo("[llm] " + sentence))
                .body("segments[0].engine", startsWith("openai/openai@localhost:"));
        assertThat(rowsFrom("openai", sentence)).isEqualTo(1);
        assertThat(rowsFrom("libretranslate", sentence)).isZero();
    }

    @Test
    void segmentsFromSeveralEnginesEachNameTheirOwnAndTheMajorityNamesTheTranslation() {
        String remembered = fresh("telur");
        translate(remembered).body("segments[0].engine", startsWith("libretranslate/"));
        server().stubFor(libreTranslate().willReturn(aResponse().withStatus(500)));
        server().stubFor(chatCompletions().willReturn(aResponse().withStatus(500)));
        String first = fresh("minyak");
        String second = fresh("daging");

        translate(remembered + " " + first + " " + second)
                .body("segments[0].engine", startsWith("libretranslate/"))
                .body("segments[0].cached", equalTo(true))
                .body("segments[1].engine", startsWith("builtin/"))
                .body("segments[2].engine", startsWith("builtin/"))
                .body("engine", startsWith("builtin/"));
    }

    @Test
    void aFailingEngineIsSkippedOnceItsBreakerOpensAndEnginesSaySo() {
        server().stubFor(libreTranslate().willReturn(aResponse().withStatus(503)));
        translate(fresh("bawang")).body("segments[0].engine", startsWith("openai/"));
        translate(fresh("bawang putih")).body("segments[0].engine", startsWith("openai/"));
        server().verify(2, postRequestedFor(urlEqualTo("/translate")));

        given().when().get("/v1/engines").then().statusCode(200)
                .body("active", startsWith("openai/"))
                .body("preferred", startsWith("libretranslate/"))
                .body("engines.id", org.hamcrest.Matchers.contains("failed-neural", "libretranslate", "openai", "builtin"))
                .body("engines[0].ready", equalTo(false))
                .body("engines[0].state", equalTo("failed: encoder_model.onnx is missing"))
                .body("engines[1].circuit", equalTo("open"))
                .body("engines[1].ready", equalTo(true))
                .body("engines[1].active", equalTo(false))
                .body("engines[2].active", equalTo(true));
        given().when().get("/q/health/ready").then().statusCode(200)
                .body("checks[0].data.libretranslate", org.hamcrest.Matchers.containsString("circuit open"));

        translate(fresh("kedelai")).body("segments[0].engine", startsWith("openai/"));
        server().verify(2, postRequestedFor(urlEqualTo("/translate"))); // skipped: not called again
    }

    @Test
    void whenTheBetterEngineIsBackItTranslatesAgainInsteadOfServingTheFallbacksText() {
        server().stubFor(libreTranslate().willReturn(aResponse().withStatus(500)));
        server().stubFor(chatCompletions().willReturn(aResponse().withStatus(500)));
        String sentence = fresh("jagung");
        translate(sentence).body("segments[0].engine", startsWith("builtin/"));
        translate(sentence).body("segments[0].engine", startsWith("builtin/")).body("segments[0].cached", equalTo(true));

        breakers.resetAll();
        server().stubFor(libreTranslate().willReturn(libreTranslateEchoes()));
        translate(sentence)
                .body("translation", equalTo("[lt] " + sentence))
                .body("segments[0].engine", startsWith("libretranslate/"))
                .body("segments[0].cached", equalTo(false));
        assertThat(rowsFrom("libretranslate", sentence)).isEqualTo(1);
        assertThat(rowsFrom("builtin", sentence)).isEqualTo(1);
    }

    @Test
    void concurrentIdenticalRequestsMakeOneRemoteCallAndOneRow() throws Exception {
        server().stubFor(libreTranslate().willReturn(libreTranslateEchoes().withFixedDelay(300)));
        String first = fresh("garam");
        String second = fresh("tepung");
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Callable<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < 32; i++) {
                calls.add(() -> given().contentType(ContentType.JSON)
                        .body(Map.of("text", first + " " + second, "source", "id"))
                        .when().post("/v1/translations").then().extract().statusCode());
            }
            for (Future<Integer> status : pool.invokeAll(calls)) {
                assertThat(status.get()).isEqualTo(200);
            }
        } finally {
            pool.shutdownNow();
        }
        server().verify(1, postRequestedFor(urlEqualTo("/translate")));
        assertThat(rowsFrom("libretranslate", first)).isEqualTo(1);
        assertThat(rowsFrom("libretranslate", second)).isEqualTo(1);
    }

    @Test
    void aNeuralEngineThatFailedToLoadIsSkippedAndReportedWithoutTakingReadinessDown() {
        String sentence = fresh("kopi");
        translate(sentence).body("segments[0].engine", startsWith("libretranslate/"));
        given().when().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks[0].data.failed-neural", equalTo("failed: encoder_model.onnx is missing"))
                .body("checks[0].data.builtin", startsWith("ready phrase-"));
    }

    @Test
    void concurrentIdenticalRequestsDuringAnOutageShareOneFallbackTranslation() throws Exception {
        server().stubFor(libreTranslate().willReturn(aResponse().withStatus(500).withFixedDelay(300)));
        server().stubFor(chatCompletions().willReturn(aResponse().withStatus(500)));
        String sentence = fresh("teh");
        ExecutorService pool = Executors.newFixedThreadPool(16);
        List<String> engines = new ArrayList<>();
        try {
            List<Callable<String>> calls = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                calls.add(() -> given().contentType(ContentType.JSON).body(Map.of("text", sentence, "source", "id"))
                        .when().post("/v1/translations").then().statusCode(200).extract().path("segments[0].engine"));
            }
            for (Future<String> engine : pool.invokeAll(calls)) {
                engines.add(engine.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(engines).allSatisfy(engine -> assertThat(engine).startsWith("builtin/"));
        server().verify(1, postRequestedFor(urlEqualTo("/translate")));
        assertThat(rowsFrom("builtin", sentence)).isEqualTo(1);
        assertThat(rowsFrom("libretranslate", sentence)).isZero();
    }
}
