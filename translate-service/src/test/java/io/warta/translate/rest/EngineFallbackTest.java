package io.warta.translate.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static io.warta.translate.engine.remote.RemoteEnginesWireMock.chatCompletions;
import static io.warta.translate.engine.remote.RemoteEnginesWireMock.held;
import static io.warta.translate.engine.remote.RemoteEnginesWireMock.libreTranslate;
import static io.warta.translate.engine.remote.RemoteEnginesWireMock.libreTranslateEchoes;
import static io.warta.translate.engine.remote.RemoteEnginesWireMock.modelAnswers;
import static io.warta.translate.engine.remote.RemoteEnginesWireMock.modelEchoes;
import static io.warta.translate.engine.remote.RemoteEnginesWireMock.server;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
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
import io.warta.translate.engine.remote.RemoteEnginesWireMock.Held;
import io.warta.translate.repository.SegmentTranslationRepository;
import io.micrometer.core.instrument.MeterRegistry;
import io.warta.translate.TranslateMeters;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
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

    @Inject
    MeterRegistry registry;

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

    /** Letters only: a fresh sentence whose only numbers are the ones the test writes. */
    private static String freshName() {
        StringBuilder name = new StringBuilder("Kota");
        UUID.randomUUID().toString().chars().filter(Character::isLetterOrDigit).limit(8)
                .forEach(c -> name.append((char) ('a' + c % 26)));
        return name.toString();
    }

    private static void libreTranslateAnswers(String translation) {
        server().stubFor(libreTranslate().willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"translatedText\":[\"" + translation + "\"]}")));
    }

    @Test
    void aRemoteEngineThatChangesAnAmountIsReplacedByTheBuiltinEngineThatKeepsIt() {
        // number-fallback is on by default; NumberWarningWithoutFallbackTest shows the warning itself with it off.
        String sentence = "Pemerintah " + freshName() + " menyiapkan anggaran Rp 5 miliar untuk pasar.";
        libreTranslateAnswers("The government prepared a budget of 5 million for the market.");
        translate(sentence)
                .body("segments[0].engine", startsWith("builtin/"))
                .body("segments[0].fallbackReason", equalTo("number-mismatch"))
                .body("segments[0].translation", org.hamcrest.Matchers.containsString("5 billion"))
                .body("segments[0].warnings", empty());
        assertThat(rowsFrom("libretranslate", sentence)).isEqualTo(1); // what the preferred engine said is remembered
        assertThat(rowsFrom("builtin", sentence)).isEqualTo(1); // and so is the built-in's, for the next request
        translate(sentence)
                .body("segments[0].engine", startsWith("builtin/"))
                .body("segments[0].cached", equalTo(true))
                .body("segments[0].fallbackReason", equalTo("number-mismatch"));
    }

    @Test
    void aRemoteTranslationThatKeepsTheNumbersIsNotReplaced() {
        String sentence = "Pemerintah " + freshName() + " menyiapkan anggaran Rp 5 miliar untuk pasar.";
        libreTranslateAnswers("The government prepared a budget of IDR 5 billion for the market.");
        translate(sentence)
                .body("segments[0].engine", startsWith("libretranslate/"))
                .body("segments[0].fallbackReason", org.hamcrest.Matchers.nullValue());
        assertThat(rowsFrom("builtin", sentence)).isZero();
    }

    @Test
    void aRemoteEngineHasNoConfidenceAndItsNamesAreListedWhereItShowsThem() {
        String sentence = "Korea Utara menembakkan rudal ke arah " + freshName() + ".";
        libreTranslateAnswers("North Korea fired a missile.");
        translate(sentence)
                .body("segments[0].engine", startsWith("libretranslate/"))
                .body("segments[0].confidence", org.hamcrest.Matchers.nullValue())
                .body("entities[0].translation", equalTo("North Korea"))
                .body("entities[0].source", contains("Korea Utara"))
                .body("entities[0].count", equalTo(1));
        // A remote engine that renders the name otherwise: its English is unknown, so the name is not listed.
        String other = "Korea Utara menembakkan rudal ke arah " + freshName() + ".";
        libreTranslateAnswers("The DPRK fired a missile.");
        translate(other).body("entities", empty());
    }

    @Test
    void aRemoteEngineThatKeepsTheValuesGetsNoWarning() {
        String sentence = "Pemerintah " + freshName() + " menyiapkan anggaran Rp 5 miliar pada Selasa (12/8).";
        libreTranslateAnswers("The government prepared a budget of IDR 5 billion on Tuesday (8/12).");
        translate(sentence)
                .body("segments[0].engine", startsWith("libretranslate/"))
                .body("segments[0].warnings", empty());
    }

    @Test
    void aRemoteEngineThatAnswersWithTheSourceGetsAnUntranslatedWarning() {
        String sentence = "Warga " + freshName() + " mengeluh karena harga beras naik.";
        libreTranslateAnswers(sentence);
        translate(sentence)
                .body("segments[0].warnings.type", contains("untranslated"));
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
                .willReturn(libreTranslateEchoes().withFixedDelay(RemoteEnginesWireMock.TIMES_OUT_MS)));
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
                .body("engines[2].active", equalTo(true))
                // Derived from the build-time digest of the engine's classes and model (EngineDigestTest).
                .body("engines[3].version", equalTo(io.warta.translate.engine.ModelBackedEngine.version("phrase",
                        io.warta.digest.ComponentDigest.load(io.warta.translate.engine.ModelBackedEngine.COMPONENT))));
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
        Held.close();
        server().stubFor(libreTranslate().willReturn(held(libreTranslateEchoes())));
        String first = fresh("garam");
        String second = fresh("tepung");
        String text = first + " " + second;
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            long sharedBefore = TranslateMeters.sentencesJoined(registry);
            List<Future<Integer>> statuses = new ArrayList<>();
            // One request claims both sentences and its remote call is held in flight; only then the others come,
            // so none of them can claim one of the two sentences for itself.
            statuses.add(pool.submit(() -> post(text)));
            awaitUntil(() -> Held.arrived() == 1, "the first request's call reached the server");
            for (int i = 1; i < 16; i++) {
                statuses.add(pool.submit(() -> post(text)));
            }
            awaitUntil(() -> TranslateMeters.sentencesJoined(registry) - sharedBefore == 15 * 2, "15 requests joined both sentences");
            Held.release();
            for (Future<Integer> status : statuses) {
                assertThat(status.get(60, TimeUnit.SECONDS)).isEqualTo(200);
            }
        } finally {
            Held.release();
            pool.shutdownNow();
        }
        server().verify(1, postRequestedFor(urlEqualTo("/translate")));
        assertThat(rowsFrom("libretranslate", first)).isEqualTo(1);
        assertThat(rowsFrom("libretranslate", second)).isEqualTo(1);
    }

    private static int post(String text) {
        return given().contentType(ContentType.JSON).body(Map.of("text", text, "source", "id"))
                .when().post("/v1/translations").then().extract().statusCode();
    }

    /** Polls a state with a deadline far beyond what a loaded machine needs; fails if it never holds. */
    private static void awaitUntil(BooleanSupplier state, String what) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(RemoteEnginesWireMock.CALL_TIMEOUT_SECONDS - 3);
        while (!state.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waiting for: " + what).isLessThan(deadline);
            Thread.sleep(10);
        }
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
        Held.close();
        server().stubFor(libreTranslate().willReturn(held(aResponse().withStatus(500))));
        server().stubFor(chatCompletions().willReturn(aResponse().withStatus(500)));
        String sentence = fresh("teh");
        ExecutorService pool = Executors.newFixedThreadPool(16);
        List<String> engines = new ArrayList<>();
        try {
            long sharedBefore = TranslateMeters.sentencesJoined(registry);
            List<Future<String>> answers = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                answers.add(pool.submit(() -> given().contentType(ContentType.JSON)
                        .body(Map.of("text", sentence, "source", "id"))
                        .when().post("/v1/translations").then().statusCode(200).extract().path("segments[0].engine")));
            }
            // The failing call is held until the 15 other requests have joined the one that made it.
            awaitUntil(() -> Held.arrived() == 1 && TranslateMeters.sentencesJoined(registry) - sharedBefore == 15,
                    "15 requests joined the one whose call is in flight");
            Held.release();
            for (Future<String> engine : answers) {
                engines.add(engine.get(60, TimeUnit.SECONDS));
            }
        } finally {
            Held.release();
            pool.shutdownNow();
        }
        assertThat(engines).hasSize(16).allSatisfy(engine -> assertThat(engine).startsWith("builtin/"));
        server().verify(1, postRequestedFor(urlEqualTo("/translate")));
        assertThat(rowsFrom("builtin", sentence)).isEqualTo(1);
        assertThat(rowsFrom("libretranslate", sentence)).isZero();
    }
}
