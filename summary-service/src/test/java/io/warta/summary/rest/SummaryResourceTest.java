package io.warta.summary.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SummaryResourceTest {

    private static final List<String> SENTENCES = List.of(
            "Harga beras di Jakarta naik sepuluh persen pekan ini.",
            "Pemerintah menyiapkan operasi pasar untuk menekan harga beras.",
            "Stok beras di gudang Bulog dinyatakan aman hingga akhir tahun.",
            "Pedagang mengeluhkan pasokan yang tersendat dari daerah.",
            "Menteri Perdagangan meminta warga tidak panik membeli beras.",
            "Operasi pasar akan digelar di seratus titik mulai Senin.");

    @Inject
    MeterRegistry registry;

    @Test
    void summarizesSentencesIntoNestedTiers() {
        given().contentType(ContentType.JSON)
                .body(Map.of("sentences", SENTENCES, "language", "id", "title", "Harga Beras Naik"))
                .when().post("/v1/summaries")
                .then().statusCode(200)
                .body("language", equalTo("id"))
                .body("sentences", hasSize(6))
                .body("tiers.headline.text", notNullValue())
                .body("tiers.short.sentences", hasSize(1))
                .body("tiers.standard.sentences", hasSize(3))
                .body("tiers.detailed.sentences.size()", equalTo(3))
                .body("tiers.keyPoints.items.size()", org.hamcrest.Matchers.greaterThanOrEqualTo(3))
                .body("tiers.detailed.sentences", everyItem(lessThan(6)));
    }

    @Test
    void parsesArticleTextAndHonoursLengthOverrides() {
        String text = "Harga Beras Naik\n\n" + String.join(" ", SENTENCES) + "\n\nEditor : Budi Santoso";
        given().contentType(ContentType.JSON)
                .body(Map.of("text", text, "lengths", Map.of("standard", 2, "detailed", "100%")))
                .when().post("/v1/summaries")
                .then().statusCode(200)
                .body("sentences", hasSize(6))
                .body("tiers.standard.sentences", hasSize(2))
                .body("tiers.detailed.sentences", hasSize(6));
    }

    @Test
    void identicalRequestIsServedFromTheCacheWithoutSummarizing() {
        List<String> sentences = List.of("Kalimat pertama " + UUID.randomUUID() + " tentang banjir di Bekasi.",
                "Warga mengungsi ke masjid terdekat.", "Air mulai surut pada sore hari.");
        given().contentType(ContentType.JSON).body(Map.of("sentences", sentences))
                .when().post("/v1/summaries").then().statusCode(200).body("cached", equalTo(false));
        long computed = summariesComputed();
        given().contentType(ContentType.JSON).body(Map.of("sentences", sentences))
                .when().post("/v1/summaries").then().statusCode(200).body("cached", equalTo(true));
        assertThat(summariesComputed()).isEqualTo(computed);
    }

    /** {@code warta_summary_summaries_computed_total}: summaries computed since start, as operators see it. */
    private long summariesComputed() {
        return (long) registry.get("warta.summary.summaries.computed").counter().count();
    }

    @Test
    void describesTheSummarizer() {
        given().when().get("/v1/summarizer").then().statusCode(200).body("version", org.hamcrest.Matchers.equalTo(io.warta.summary.summarizer.ExtractiveSummarizer.version(
                io.warta.digest.ComponentDigest.load(io.warta.summary.summarizer.ExtractiveSummarizer.COMPONENT),
                io.warta.summary.summarizer.RankingModel.load())));
    }

    @Test
    void badInputIsAProblem() {
        given().contentType(ContentType.JSON).body(Map.of("text", "Satu.", "sentences", List.of("Dua.")))
                .when().post("/v1/summaries")
                .then().statusCode(400).contentType("application/problem+json").body("detail", containsString("exactly one"));
        given().contentType(ContentType.JSON).body(Map.of("text", " \n "))
                .when().post("/v1/summaries").then().statusCode(400).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(Map.of("sentences", SENTENCES, "language", "fr"))
                .when().post("/v1/summaries").then().statusCode(422).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(Map.of("sentences", SENTENCES, "lengths", Map.of("tiny", 1)))
                .when().post("/v1/summaries").then().statusCode(400).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(Map.of("sentences", SENTENCES, "lengths", Map.of("standard", "lots")))
                .when().post("/v1/summaries").then().statusCode(400).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body("[1,2]")
                .when().post("/v1/summaries").then().statusCode(400).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body("{\"text\": \"Satu \u00e0\"}".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1))
                .when().post("/v1/summaries").then().statusCode(400).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(Map.of("text", "<div><script>alert(1)</script></div>"))
                .when().post("/v1/summaries").then().statusCode(400).contentType("application/problem+json");
        given().contentType(ContentType.TEXT).body("Satu.")
                .when().post("/v1/summaries").then().statusCode(415).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(Map.of("text", "kata ".repeat(20_001)))
                .when().post("/v1/summaries").then().statusCode(413).contentType("application/problem+json");
    }

    @Test
    void textClearlyInAThirdLanguageIsRefusedWithTheDetectedLanguage() {
        String german = "Die Regierung hat am Montag angekündigt, dass die Preise für Reis in der Hauptstadt um zehn Prozent "
                + "gestiegen sind. Der Minister sagte, es gebe genug Vorräte für das ganze Jahr und die Bürger sollten nicht "
                + "in Panik geraten.";
        given().contentType(ContentType.JSON).body(Map.of("text", german))
                .when().post("/v1/summaries")
                .then().statusCode(422).contentType("application/problem+json")
                .body("detectedLanguage", equalTo("de"));
        // English is a language summary-service serves: detected, not refused.
        given().contentType(ContentType.JSON)
                .body(Map.of("text", "The government said on Monday that rice prices in the capital rose by ten percent. "
                        + "The minister said there were enough stocks for the whole year."))
                .when().post("/v1/summaries")
                .then().statusCode(200).body("language", equalTo("en"));
    }

    @Test
    void bodyOverTheHttpLimitIsA413Problem() {
        // quarkus.http.limits.max-body-size=2M; refused from the Content-Length before anything is read.
        byte[] body = ("{\"text\":\"" + "kata ".repeat(500_000) + "\"}").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        given().contentType(ContentType.JSON).body(body)
                .when().post("/v1/summaries")
                .then().statusCode(413).contentType("application/problem+json")
                .body("status", equalTo(413))
                .body("title", equalTo("Payload too large"))
                .body("detail", containsString("limit is 2097152 bytes"));
    }

    @Test
    void inputFarOverTheLimitAsSentIsRefusedBeforeAnyWork() {
        given().contentType(ContentType.JSON).body(Map.of("text", "<p>".repeat(140_000), "language", "id"))
                .when().post("/v1/summaries").then().statusCode(413).contentType("application/problem+json")
                .body("detail", containsString("as sent"));
        given().contentType(ContentType.JSON).body(Map.of("sentences", List.of("Harga naik.", "x".repeat(200_000)),
                        "title", "y".repeat(200_001), "language", "id"))
                .when().post("/v1/summaries").then().statusCode(413).contentType("application/problem+json")
                .body("detail", containsString("as sent"));
    }

    @Test
    void aRequestOutOfTimeIsA503AndNothingOfItIsStored() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        List<String> sentences = new java.util.ArrayList<>();
        for (int i = 0; i < 1_000; i++) { // about 85,000 characters: under the limit
            sentences.add("Harga beras " + tag + " naik " + i + " persen di pasar induk pekan ini kata pedagang.");
        }
        Map<String, Object> request = Map.of("sentences", sentences, "language", "id");
        given().contentType(ContentType.JSON).header("X-Request-Deadline-Ms", "1").body(request)
                .when().post("/v1/summaries").then().statusCode(503).contentType("application/problem+json")
                .header("Retry-After", notNullValue());
        // Not stored: the same request with time enough is computed, not served from the cache.
        given().contentType(ContentType.JSON).body(request)
                .when().post("/v1/summaries").then().statusCode(200).body("cached", equalTo(false));
    }
}
