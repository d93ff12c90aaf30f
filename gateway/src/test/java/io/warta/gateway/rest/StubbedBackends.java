package io.warta.gateway.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.warta.gateway.service.EngineVersions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the WireMock stand-ins for translate-service and summary-service answer in the resilience
 * tests: the engine versions, lead-sentence summaries and "EN:" + text translations, so the texts
 * the gateway sends (and the English it must answer) are known in advance.
 */
public final class StubbedBackends {

    /** As a delay: the answer is held until {@link HeldResponses#release()}. */
    public static final int HELD = -1;
    private static final ObjectMapper JSON = new ObjectMapper();

    private StubbedBackends() {
    }

    /**
     * The stand-ins as a test starts: stubs cleared, circuit breakers closed (test classes share one application and
     * failure tests open them on purpose), the stubbed engine versions answered and read afresh, so the test's own
     * requests only meet the article pipeline.
     */
    public static WireMockServer fresh(CircuitBreakerMaintenance circuitBreakers, EngineVersions engineVersions) {
        WireMockServer backends = BackendsWireMock.server();
        backends.resetAll();
        circuitBreakers.resetAll();
        versions(backends);
        engineVersions.invalidate();
        engineVersions.current();
        return backends;
    }

    public static void versions(WireMockServer backends) {
        backends.stubFor(get(urlEqualTo("/v1/engines")).willReturn(okJson("{\"active\":\"lexicon/test\",\"preferred\":\"lexicon/test\",\"engines\":[]}")));
        backends.stubFor(get(urlEqualTo("/v1/summarizer")).willReturn(okJson("{\"version\":\"lead/test\"}")));
    }

    /** A three-sentence Indonesian article body, unique to the test through {@code place}. */
    public static List<String> body(String place) {
        return List.of("Banjir melanda " + place + " pada Senin pagi.",
                "Ratusan warga mengungsi ke masjid terdekat.",
                "Pemerintah daerah menyiapkan dapur umum bagi para pengungsi.");
    }

    /** summary-service picks the lead sentences; {@code delayMs} makes it slow. */
    public static void summaries(WireMockServer backends, List<String> body, int delayMs) throws Exception {
        summaries(backends, null, body, delayMs);
    }

    /** As {@link #summaries(WireMockServer, List, int)}, only for requests whose body contains {@code marker}. */
    public static void summaries(WireMockServer backends, String marker, List<String> body, int delayMs) throws Exception {
        Map<String, Object> tiers = new LinkedHashMap<>();
        tiers.put("headline", Map.of("text", "Banjir melanda", "sentences", List.of(0)));
        tiers.put("short", Map.of("text", body.get(0), "sentences", List.of(0)));
        tiers.put("standard", Map.of("text", String.join(" ", body), "sentences", List.of(0, 1, 2)));
        tiers.put("detailed", Map.of("text", String.join(" ", body), "sentences", List.of(0, 1, 2)));
        tiers.put("keyPoints", Map.of("items", List.of(body.get(0), body.get(2)), "sentences", List.of(0, 2)));
        backends.stubFor(matching(post(urlEqualTo("/v1/summaries")), marker).willReturn(delayed(okJson(JSON.writeValueAsString(
                Map.of("language", "id", "summarizer", "lead/test", "sentences", body, "tiers", tiers, "cached", false))),
                delayMs)));
    }

    /** translate-service answers "EN:" + each text, in order, after {@code delayMs}. */
    public static void translations(WireMockServer backends, List<String> texts, int delayMs) throws Exception {
        translations(backends, null, texts, delayMs);
    }

    /**
     * As {@link #translations(WireMockServer, List, int)}, only for requests whose body contains {@code marker}.
     * The summary's own sentences (which need not contain the marker) are answered at once by the same engine.
     */
    public static void translations(WireMockServer backends, String marker, List<String> texts, int delayMs) throws Exception {
        translations(backends, marker, texts, delayMs, "lexicon/test");
    }

    /**
     * As {@link #translations(WireMockServer, String, List, int)}, made by {@code engine}. The answer echoes the texts
     * each request holds ({@link EchoTranslations}); a text not among {@code texts} is answered 500.
     */
    public static void translations(WireMockServer backends, String marker, List<String> texts, int delayMs,
            String engine) throws Exception {
        backends.stubFor(matching(post(urlEqualTo("/v1/translations/batch")), marker).atPriority(marker == null ? 5 : 1)
                .willReturn(delayed(echo(texts).withTransformerParameter("engine", engine), delayMs)));
        if (marker != null) {
            backends.stubFor(post(urlEqualTo("/v1/translations/batch")).atPriority(5)
                    .willReturn(echo(texts).withTransformerParameter("engine", engine)));
        }
    }

    /** Echoed translations of exactly these texts: any other text the gateway sends is answered 500. */
    public static ResponseDefinitionBuilder echo(List<String> texts) {
        return aResponse().withTransformers(EchoTranslations.NAME).withTransformerParameter("expected", texts);
    }

    /** The texts the gateway sends to translate-service for {@link #summaries} tiers: title, body, then tier texts. */
    public static List<String> textsWithSummaries(String title, List<String> body) {
        List<String> texts = textsWithoutSummaries(title, body);
        texts.addAll(List.of("Banjir melanda", body.get(0), body.get(0), body.get(2)));
        return texts;
    }

    public static List<String> textsWithoutSummaries(String title, List<String> body) {
        List<String> texts = new ArrayList<>();
        texts.add(title);
        texts.addAll(body);
        return texts;
    }

    private static MappingBuilder matching(MappingBuilder request, String marker) {
        return marker == null ? request : request.withRequestBody(containing(marker));
    }

    private static ResponseDefinitionBuilder delayed(ResponseDefinitionBuilder response, int delayMs) {
        if (delayMs == HELD) {
            // Held first, then whatever transformer writes the answer (EchoTranslations): withTransformers replaces.
            List<String> transformers = new ArrayList<>();
            transformers.add(HeldResponses.NAME);
            List<String> others = response.build().getTransformers();
            if (others != null) {
                transformers.addAll(others);
            }
            return response.withTransformers(transformers.toArray(String[]::new));
        }
        return delayMs > 0 ? response.withFixedDelay(delayMs) : response;
    }
}
