package io.warta.gateway.resilience;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.warta.gateway.client.TranslationApi.Segment;
import io.warta.gateway.client.TranslationApi.Translation;
import io.warta.gateway.repository.ArticleRecordRepository;
import io.warta.gateway.rest.BackendsWireMock;
import io.warta.gateway.rest.StubbedBackends;
import io.warta.gateway.service.EngineVersions;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * translate-service (a WireMock stand-in here; the real fallback chain is tested in translate-service) prefers
 * {@value #PREFERRED} but, while that engine fails, its fallback {@value #FALLBACK} answers. The gateway keys
 * articles by the preferred engine and stores a result only when every segment came from it, so an article a
 * fallback engine translated (wholly or partly) is never served once the preferred engine is back.
 */
@QuarkusTest
@QuarkusTestResource(BackendsWireMock.class)
class FallbackTranslationTest {

    private static final String PREFERRED = "opus-mt/opus-mt-test";
    private static final String FALLBACK = "builtin/phrase-test";
    /** translate calls per new article: the article, then the summary's own sentences (the headline here). */
    private static final int CALLS_PER_ARTICLE = 2;

    @Inject
    ArticleRecordRepository repository;
    @Inject
    EngineVersions versions;
    @Inject
    CircuitBreakerMaintenance circuitBreakers;

    private WireMockServer backends;

    @BeforeEach
    void preferredEngineIsOpusMtWhileBuiltinAnswers() {
        backends = BackendsWireMock.server();
        backends.resetAll();
        circuitBreakers.resetAll();
        backends.stubFor(get(urlEqualTo("/v1/engines")).willReturn(okJson(
                "{\"active\":\"" + FALLBACK + "\",\"preferred\":\"" + PREFERRED + "\",\"engines\":[]}")));
        backends.stubFor(get(urlEqualTo("/v1/summarizer")).willReturn(okJson("{\"version\":\"lead/test\"}")));
        versions.invalidate();
        assertThat(versions.current().translationEngine()).isEqualTo(PREFERRED);
    }

    @Test
    void articleTranslatedByTheFallbackEngineIsAnsweredButNotStored() throws Exception {
        List<String> body = StubbedBackends.body("Garut");
        StubbedBackends.summaries(backends, body, 0);
        translations(StubbedBackends.textsWithSummaries("Banjir Garut", body), i -> FALLBACK);
        long rowsBefore = rows();

        for (int i = 0; i < 2; i++) {
            submit("Banjir Garut", body).body("id", nullValue()).body("cached", equalTo(false))
                    .body("engines.translation", equalTo(FALLBACK))
                    .body("engines.translationEngines", contains(FALLBACK))
                    .body("translation.segments.engine", everyItem(equalTo(FALLBACK)));
        }
        backends.verify(2 * CALLS_PER_ARTICLE, postRequestedFor(urlEqualTo("/v1/translations/batch")));
        assertThat(rows()).isEqualTo(rowsBefore);
    }

    @Test
    void articlePartlyTranslatedByTheFallbackEngineIsNotStoredEither() throws Exception {
        List<String> body = StubbedBackends.body("Cianjur");
        StubbedBackends.summaries(backends, body, 0);
        translations(StubbedBackends.textsWithSummaries("Banjir Cianjur", body), i -> i == 2 ? FALLBACK : PREFERRED);
        long rowsBefore = rows();

        // The gateway names the true producers: "mixed", every engine in order of first use, and each segment's own.
        submit("Banjir Cianjur", body).body("id", nullValue())
                .body("engines.translation", equalTo("mixed"))
                .body("engines.translationEngines", contains(PREFERRED, FALLBACK))
                .body("translation.segments[0].engine", equalTo(PREFERRED))
                .body("translation.segments[1].engine", equalTo(FALLBACK))
                .body("translation.segments[2].engine", equalTo(PREFERRED));
        submit("Banjir Cianjur", body).body("id", nullValue()).body("cached", equalTo(false));
        backends.verify(2 * CALLS_PER_ARTICLE, postRequestedFor(urlEqualTo("/v1/translations/batch")));
        assertThat(rows()).isEqualTo(rowsBefore);
    }

    @Test
    void articleTranslatedByThePreferredEngineIsStoredAndServedFromTheCache() throws Exception {
        List<String> body = StubbedBackends.body("Tasikmalaya");
        StubbedBackends.summaries(backends, body, 0);
        translations(StubbedBackends.textsWithSummaries("Banjir Tasikmalaya", body), i -> PREFERRED);

        String id = submit("Banjir Tasikmalaya", body).body("id", notNullValue())
                .body("engines.translation", equalTo(PREFERRED)).extract().path("id");
        submit("Banjir Tasikmalaya", body).body("id", equalTo(id)).body("cached", equalTo(true))
                .body("engines.translationEngines", contains(PREFERRED))
                .body("translation.segments.engine", everyItem(equalTo(PREFERRED)));
        backends.verify(CALLS_PER_ARTICLE, postRequestedFor(urlEqualTo("/v1/translations/batch")));
    }

    @Test
    void theProducerIsTheOneEngineOfEverySegment() {
        Translation preferred = translation(PREFERRED, PREFERRED, PREFERRED);
        Translation mixed = translation(PREFERRED, PREFERRED, FALLBACK);
        Translation unreported = translation(FALLBACK, null, null); // a translate-service without segment engines
        assertThat(EngineVersions.producer(List.of(preferred, preferred))).isEqualTo(PREFERRED);
        assertThat(EngineVersions.producer(List.of(preferred, mixed))).isNull();
        assertThat(EngineVersions.producer(List.of(preferred, unreported))).isNull();
        assertThat(EngineVersions.producer(List.of(unreported))).isEqualTo(FALLBACK);
        assertThat(EngineVersions.producers(List.of(mixed, unreported, preferred))).containsExactly(PREFERRED, FALLBACK);
        assertThat(EngineVersions.producers(List.of(unreported))).containsExactly(FALLBACK);
    }

    private static Translation translation(String engine, String... segmentEngines) {
        List<Segment> segments = new ArrayList<>();
        for (String segmentEngine : segmentEngines) {
            segments.add(new Segment("Kalimat.", "Sentence.", segmentEngine, false));
        }
        return new Translation("Sentence.", engine, segments);
    }

    private static io.restassured.response.ValidatableResponse submit(String title, List<String> body) {
        return given().contentType(ContentType.JSON).body(Map.of("title", title, "text", String.join(" ", body)))
                .when().post("/api/v1/articles")
                .then().statusCode(200);
    }

    /** translate-service answers "EN:" + each text; text {@code i}'s segment reports {@code engineOf(i)}. */
    private void translations(List<String> texts, IntFunction<String> engineOf) {
        Map<String, String> engines = new java.util.HashMap<>();
        for (int i = 0; i < texts.size(); i++) {
            engines.putIfAbsent(texts.get(i), engineOf.apply(i));
        }
        backends.stubFor(post(urlEqualTo("/v1/translations/batch"))
                .willReturn(StubbedBackends.echo(texts).withTransformerParameter("engines", engines)));
    }

    private long rows() {
        return QuarkusTransaction.requiringNew().call(repository::count);
    }
}
