package io.warta.translate.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.warta.translate.repository.SegmentTranslationRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.micrometer.core.instrument.MeterRegistry;
import io.warta.translate.TranslateMeters;
import jakarta.inject.Inject;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TranslationResourceTest {

    @Inject
    MeterRegistry registry;

    @Inject
    SegmentTranslationRepository memory;

    /** The management interface (its root): metrics are served there, at /q/metrics. */
    @TestHTTPResource(value = "/", management = true)
    URL management;

    /**
     * A sentence no other test uses, so its first translation is certainly not in the memory. Requests with it
     * say "source": "id": a random hex token can tip the language detector on so short a text.
     */
    private static String freshSentence() {
        return "Harga beras di pasar " + UUID.randomUUID().toString().substring(0, 8) + " naik tajam pekan ini.";
    }

    @Test
    void translatesSentenceBySentence() {
        given().contentType(ContentType.JSON)
                .body(Map.of("text", "Presiden Rusia menelepon pemimpin Korea Utara. Harga beras naik."))
                .when().post("/v1/translations")
                .then().statusCode(200)
                .body("source", equalTo("id"))
                .body("target", equalTo("en"))
                .body("engine", containsString("/"))
                .body("segments", hasSize(2))
                .body("segments[0].source", equalTo("Presiden Rusia menelepon pemimpin Korea Utara."))
                .body("segments[0].translation", containsString("North Korea"))
                .body("segments[1].source", equalTo("Harga beras naik."))
                .body("translation", not(containsString("Korea Utara")));
    }

    @Test
    void everySegmentOfTheBuiltinEngineCarriesItsFidelityWarnings() {
        given().contentType(ContentType.JSON)
                .body(Map.of("text", "Harga beras naik 12,5 persen menjadi Rp 15 ribu pada Selasa (12/8).", "source", "id"))
                .when().post("/v1/translations")
                .then().statusCode(200)
                .body("segments[0].translation", containsString("12.5"))
                .body("segments[0].warnings", hasSize(0));
        given().contentType(ContentType.JSON)
                .body(Map.of("texts", List.of("Harga beras naik.", "Stok aman."), "source", "id"))
                .when().post("/v1/translations/batch")
                .then().statusCode(200)
                .body("translations.segments.flatten().warnings", everyItem(hasSize(0)))
                .body("translations.segments.flatten()", hasSize(2));
    }

    @Test
    void builtinSegmentsCarryAConfidenceThatTheMemoryKeeps() {
        String text = freshSentence();
        Float first = given().contentType(ContentType.JSON).body(Map.of("text", text, "source", "id"))
                .when().post("/v1/translations")
                .then().statusCode(200).body("segments[0].cached", equalTo(false))
                .extract().path("segments[0].confidence");
        assertThat(first).isNotNull().isBetween(0f, 1f);
        // Stored with the segment, so a segment served from the memory has the confidence it was translated with.
        Double stored = QuarkusTransaction.requiringNew().call(() -> memory.find("sourceText", text).firstResult()
                .confidence);
        assertThat(stored).isCloseTo(first.doubleValue(), org.assertj.core.data.Offset.offset(1e-6));
        given().contentType(ContentType.JSON).body(Map.of("text", text, "source", "id"))
                .when().post("/v1/translations")
                .then().statusCode(200)
                .body("segments[0].cached", equalTo(true))
                .body("segments[0].confidence", equalTo(first));
    }

    @Test
    void aTextListsItsNamesWithTheirEnglishAndAliasesGrouped() {
        given().contentType(ContentType.JSON)
                .body(Map.of("text", "Korea Utara menembakkan rudal lagi. Pemimpin Korut Kim Jong-un menyaksikan "
                        + "peluncuran itu bersama pejabat Korea Utara.", "source", "id"))
                .when().post("/v1/translations")
                .then().statusCode(200)
                .body("entities[0].translation", equalTo("North Korea"))
                .body("entities[0].source", contains("Korea Utara", "Korut"))
                .body("entities[0].count", equalTo(3))
                .body("entities.translation", hasItem("Kim Jong-un"));
    }

    @Test
    void secondRequestIsServedFromTheMemoryWithoutTheEngine() {
        String text = freshSentence();
        given().contentType(ContentType.JSON).body(Map.of("text", text, "source", "id"))
                .when().post("/v1/translations")
                .then().statusCode(200).body("segments[0].cached", equalTo(false));
        long engineSentencesAfterFirst = TranslateMeters.engineSentences(registry);

        String second = given().contentType(ContentType.JSON).body(Map.of("text", text, "source", "id"))
                .when().post("/v1/translations")
                .then().statusCode(200).body("segments[0].cached", equalTo(true))
                .extract().path("translation");

        assertThat(TranslateMeters.engineSentences(registry)).isEqualTo(engineSentencesAfterFirst);
        assertThat(second).isNotBlank();
    }

    @Test
    void newTextReusesSharedSentencesFromTheMemory() {
        String shared = freshSentence();
        given().contentType(ContentType.JSON).body(Map.of("text", shared, "source", "id"))
                .when().post("/v1/translations").then().statusCode(200);

        given().contentType(ContentType.JSON).body(Map.of("text", "Pemerintah menyiapkan operasi pasar " + UUID.randomUUID().toString().substring(0, 6) + ". " + shared, "source", "id"))
                .when().post("/v1/translations")
                .then().statusCode(200)
                .body("segments.cached", contains(false, true));
    }

    @Test
    void batchKeepsInputOrderAndKeepsLineBreaks() {
        given().contentType(ContentType.JSON)
                .body(Map.of("texts", List.of("Korea Utara", "Rusia dan Ukraina.\n\nAmerika Serikat.")))
                .when().post("/v1/translations/batch")
                .then().statusCode(200)
                .body("translations", hasSize(2))
                .body("translations[0].segments[0].source", equalTo("Korea Utara"))
                .body("translations[1].segments", hasSize(2))
                .body("translations[1].translation", containsString("\n\n"));
    }

    @Test
    void presplitTextsAreTranslatedAsTheSentencesTheCallerSplit() {
        // Split by the service, the first text is two sentences; presplit, it is the one sentence the caller sent,
        // normalized as a line (the line break and the doubled space go), and the memory knows it under that text.
        String twoSentences = "Harga beras naik. Pemerintah menyiapkan operasi pasar.";
        given().contentType(ContentType.JSON)
                .body(Map.of("texts", List.of(twoSentences), "source", "id"))
                .when().post("/v1/translations/batch")
                .then().statusCode(200)
                .body("translations[0].segments", hasSize(2));
        given().contentType(ContentType.JSON)
                .body(Map.of("texts", List.of(twoSentences, "Stok  beras\naman."), "source", "id", "presplit", true))
                .when().post("/v1/translations/batch")
                .then().statusCode(200)
                .body("translations", hasSize(2))
                .body("translations[0].segments", hasSize(1))
                .body("translations[0].segments[0].source", equalTo(twoSentences))
                .body("translations[1].segments", hasSize(1))
                .body("translations[1].segments[0].source", equalTo("Stok beras aman."))
                .body("translations[1].translation", not(containsString("\n")));
        given().contentType(ContentType.JSON)
                .body(Map.of("texts", List.of("Harga naik.", "\u200B"), "source", "id", "presplit", true))
                .when().post("/v1/translations/batch")
                .then().statusCode(400).body("detail", equalTo("text must not be blank"));
    }

    @Test
    void concurrentIdenticalRequestsStoreOneRowPerSentence() throws Exception {
        String sentence = freshSentence();
        long before = TranslateMeters.engineSentences(registry);
        ExecutorService pool = Executors.newFixedThreadPool(12);
        try {
            List<Callable<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < 24; i++) {
                calls.add(() -> given().contentType(ContentType.JSON).body(Map.of("text", sentence, "source", "id"))
                        .when().post("/v1/translations").then().extract().statusCode());
            }
            for (Future<Integer> status : pool.invokeAll(calls)) {
                assertThat(status.get()).isEqualTo(200);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(TranslateMeters.engineSentences(registry) - before).isEqualTo(1);
        assertThat(memory.count("sourceText", sentence)).isEqualTo(1);
    }

    @Test
    void listsEnginesInOrderWithBuiltinLastAndAnswering() {
        // No neural model and no remote engine is configured in this test profile: they are listed as such and builtin answers.
        given().when().get("/v1/engines")
                .then().statusCode(200)
                .body("active", startsWith("builtin/phrase-"))
                .body("preferred", startsWith("builtin/phrase-"))
                .body("engines.id", hasItems("opus-mt", "libretranslate", "openai", "builtin"))
                .body("engines.find { it.id == 'opus-mt' }.state", equalTo("not configured"))
                .body("engines[-1].id", equalTo("builtin"))
                .body("engines[-1].active", equalTo(true))
                .body("engines.find { it.id == 'libretranslate' }.state", equalTo("not configured"))
                .body("engines.find { it.id == 'libretranslate' }.ready", equalTo(false))
                .body("notInOrder.id", hasItem("lexicon"));
    }

    @Test
    void everySegmentNamesTheEngineThatProducedIt() {
        String text = freshSentence();
        String active = given().when().get("/v1/engines").then().extract().path("active");
        given().contentType(ContentType.JSON).body(Map.of("text", text, "source", "id"))
                .when().post("/v1/translations")
                .then().statusCode(200)
                .body("engine", equalTo(active))
                .body("segments[0].engine", equalTo(active));
        given().contentType(ContentType.JSON).body(Map.of("text", text, "source", "id"))
                .when().post("/v1/translations")
                .then().statusCode(200)
                .body("segments[0].cached", equalTo(true))
                .body("segments[0].engine", equalTo(active));
    }

    @Test
    void missesOfOneRequestReachTheEngineAsOneBatch() throws Exception {
        String text = freshSentence() + " " + freshSentence() + "\n\n" + freshSentence();
        long sentencesBefore = TranslateMeters.engineSentences(registry);
        long callsBefore = TranslateMeters.engineCalls(registry);
        given().contentType(ContentType.JSON).body(Map.of("texts", List.of(text, freshSentence()), "source", "id"))
                .when().post("/v1/translations/batch")
                .then().statusCode(200);
        assertThat(TranslateMeters.engineSentences(registry) - sentencesBefore).isEqualTo(4);
        assertThat(TranslateMeters.engineCalls(registry) - callsBefore).isEqualTo(1);
        // what operators see, by engine: builtin answers in this profile
        given().when().get(new URL(management, "/q/metrics").toString()).then().statusCode(200)
                .body(containsString("warta_translate_engine_calls_total{engine=\"builtin\"}"))
                .body(containsString("warta_translate_engine_sentences_total{engine=\"builtin\"}"));
    }

    @Test
    void aRequestsNewSentencesAreStoredTogetherAndHotOnesAnsweredWithoutTheDatabase() {
        List<String> sentences = List.of(freshSentence(), freshSentence(), freshSentence());
        String text = String.join(" ", sentences);
        List<String> first = given().contentType(ContentType.JSON).body(Map.of("text", text, "source", "id"))
                .when().post("/v1/translations")
                .then().statusCode(200).body("segments.cached", contains(false, false, false))
                .extract().path("segments.translation");
        for (String sentence : sentences) {
            assertThat(memory.count("sourceText", sentence)).isEqualTo(1);
        }

        // Gone from the database: only the in-process layer can still answer them (no engine runs, all cached).
        QuarkusTransaction.requiringNew().run(() -> sentences.forEach(s -> memory.delete("sourceText", s)));
        long engineSentences = TranslateMeters.engineSentences(registry);
        given().contentType(ContentType.JSON).body(Map.of("text", text, "source", "id"))
                .when().post("/v1/translations")
                .then().statusCode(200).body("segments.cached", contains(true, true, true))
                .body("segments.translation", equalTo(first));
        assertThat(TranslateMeters.engineSentences(registry)).isEqualTo(engineSentences);
    }

    @Test
    void unsupportedLanguagePairIsA422Problem() {
        given().contentType(ContentType.JSON).body(Map.of("text", "Halo.", "source", "id", "target", "fr"))
                .when().post("/v1/translations")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("status", equalTo(422))
                .body("detail", containsString("id → fr"));
    }

    @Test
    void clearlyEnglishTextWithoutASourceIsRefusedWithTheDetectedLanguage() {
        String english = "The president said on Tuesday that the government would not raise fuel prices this year.";
        given().contentType(ContentType.JSON).body(Map.of("text", english))
                .when().post("/v1/translations")
                .then().statusCode(422).contentType("application/problem+json")
                .body("detectedLanguage", equalTo("en"));
        given().contentType(ContentType.JSON).body(Map.of("text", english, "source", "id"))
                .when().post("/v1/translations")
                .then().statusCode(200);
    }

    @Test
    void markupIsReducedToTextAndNeverEchoed() {
        given().contentType(ContentType.JSON)
                .body(Map.of("text", "<p>Harga <b>beras</b> naik.</p><script>alert(1)</script>"))
                .when().post("/v1/translations")
                .then().statusCode(200)
                .body("segments[0].source", equalTo("Harga beras naik."))
                .body("translation", not(containsString("<")));
    }

    @Test
    void badInputIsAProblemNeverAStackTrace() {
        given().contentType(ContentType.JSON).body(Map.of("text", "   "))
                .when().post("/v1/translations")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("text"));
        given().contentType(ContentType.JSON).body("{\"text\": \"Halo\"")
                .when().post("/v1/translations")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", not(containsString("at io.")));
        given().contentType(ContentType.JSON).body(Map.of("text", "Halo.", "colour", "red"))
                .when().post("/v1/translations")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("colour"));
        given().contentType(ContentType.JSON).body("{\"text\": 42, \"source\": [1]}")
                .when().post("/v1/translations")
                .then().statusCode(400).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body("{\"text\": \"Harga \u00e0\"}".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1))
                .when().post("/v1/translations")
                .then().statusCode(400).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(Map.of("text", "\u0000\u0007\u001b"))
                .when().post("/v1/translations")
                .then().statusCode(400).contentType("application/problem+json");
        given().contentType(ContentType.TEXT).body("Halo.")
                .when().post("/v1/translations")
                .then().statusCode(415).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(Map.of("texts", java.util.Collections.nCopies(257, "Halo.")))
                .when().post("/v1/translations/batch")
                .then().statusCode(413).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(Map.of("text", "kata ".repeat(20_001)))
                .when().post("/v1/translations")
                .then().statusCode(413).contentType("application/problem+json");
    }

    @Test
    void limitsHoldPerRequestAndAreCheckedBeforeAnyWork() {
        // Three texts each under the per-text limit: together over the request's limit.
        String text = "Harga beras naik di pasar. ".repeat(2_000); // 54,000 characters
        given().contentType(ContentType.JSON).body(Map.of("texts", List.of(text, text, text), "source", "id"))
                .when().post("/v1/translations/batch")
                .then().statusCode(413).contentType("application/problem+json")
                .body("detail", containsString("together"));
        // Far too long as sent: refused before markup is reduced (the detail says "as sent").
        given().contentType(ContentType.JSON).body(Map.of("text", "<p>".repeat(210_000), "source", "id"))
                .when().post("/v1/translations")
                .then().statusCode(413).contentType("application/problem+json")
                .body("detail", containsString("as sent"));
    }

    @Test
    void aHyphenChainIsTranslatedNotAServerError() {
        String chain = "di" + "-di".repeat(20_000);
        given().contentType(ContentType.JSON).body(Map.of("text", chain, "source", "id"))
                .when().post("/v1/translations")
                .then().statusCode(200).body("segments", hasSize(1));
    }

    @Test
    void aRequestOutOfTimeIsA503AndNothingOfItIsStored() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        List<String> sentences = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            sentences.add("Harga beras " + tag + " naik " + i + " persen di pasar induk pekan ini.");
        }
        given().contentType(ContentType.JSON).header("X-Request-Deadline-Ms", "1")
                .body(Map.of("text", String.join(" ", sentences), "source", "id"))
                .when().post("/v1/translations")
                .then().statusCode(503).contentType("application/problem+json")
                .header("Retry-After", notNullValue());
        assertThat(memory.count("sourceText like ?1", "%" + tag + "%")).isZero();
    }
}
