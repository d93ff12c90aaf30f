package io.warta.gateway.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

/**
 * The gateway's client records are its own copies of what translate-service and summary-service accept and answer
 * (each side may be deployed on its own, so they share no classes). This test holds them together: it reads the
 * OpenAPI documents the services write when they are built (their {@code target/openapi/openapi.json}; the gateway's
 * pom makes the reactor build them first) and fails when the gateway calls an operation, sends a header, or writes or
 * reads a JSON property the service does not have with that type, or leaves out a property the service requires. A
 * missing or out-of-date document fails too: never skipped, in CI or not.
 * <p>
 * Renaming {@code Segment.translation} in translate-service, say, fails {@link #translationClientAgreesWithTranslateService}
 * with "read by the gateway as Segment.translation, but translate-service has no property translation"; the tests on
 * doctored documents below show each kind of disagreement failing.
 */
class ClientContractTest {

    private static final JsonNode TRANSLATE = OpenApiContract.builtDocument("translate-service");
    private static final JsonNode SUMMARY = OpenApiContract.builtDocument("summary-service");

    @Test
    void translationClientAgreesWithTranslateService() {
        OpenApiContract contract = OpenApiContract.of("translate-service", TRANSLATE);
        assertThat(contract.violations(TranslationApi.class)).isEmpty();
        // it compared what it is meant to guard, nested records and the deadline header included
        assertThat(contract.checked()).contains("POST /v1/translations/batch", "GET /v1/engines",
                "header " + RequestDeadline.HEADER, "BatchRequest.texts", "BatchRequest.source", "BatchRequest.target",
                "BatchTranslation.translations", "Translation.translation", "Translation.engine", "Translation.segments",
                "Segment.source", "Segment.translation", "Segment.engine", "Segment.cached", "Segment.warnings",
                "Warning.type", "Warning.detail", "Engines.active", "Engines.preferred");
    }

    @Test
    void summaryClientAgreesWithSummaryService() {
        OpenApiContract contract = OpenApiContract.of("summary-service", SUMMARY);
        assertThat(contract.violations(SummaryApi.class)).isEmpty();
        assertThat(contract.checked()).contains("POST /v1/summaries", "GET /v1/summarizer", "header " + RequestDeadline.HEADER,
                "SummaryRequest.sentences", "SummaryRequest.title", "SummaryRequest.language", "SummaryResult.language",
                "SummaryResult.summarizer", "SummaryResult.sentences", "SummaryResult.tiers", "Tiers.headline",
                "Tiers.short", "Tiers.standard", "Tiers.detailed", "Tiers.keyPoints", "Tier.text", "Tier.sentences",
                "KeyPoints.items", "KeyPoints.sentences", "SummarizerInfo.version");
    }

    @Test
    void aPropertyTheServiceRenamedInAnAnswerFails() {
        JsonNode doctored = TRANSLATE.deepCopy();
        rename(schema(doctored, "Segment"), "translation", "english");
        assertThat(OpenApiContract.of("translate-service", doctored).violations(TranslationApi.class))
                .anySatisfy(v -> assertThat(v).contains("Segment.translation").contains("no property translation"));
    }

    @Test
    void aPropertyRenamedDeepInsideAnAnswerFailsToo() {
        JsonNode doctored = SUMMARY.deepCopy();
        rename(schema(doctored, "Tiers"), "short", "brief"); // the gateway names it shortSummary, @JsonProperty("short")
        assertThat(OpenApiContract.of("summary-service", doctored).violations(SummaryApi.class))
                .anySatisfy(v -> assertThat(v).contains("Tiers.short").contains("no property short"));
    }

    @Test
    void aRequiredRequestPropertyTheServiceRenamedFailsTwice() {
        JsonNode doctored = TRANSLATE.deepCopy();
        ObjectNode request = schema(doctored, "BatchTranslationRequest");
        rename(request, "texts", "sentences");
        ((ArrayNode) request.get("required")).removeAll().add("sentences");
        assertThat(OpenApiContract.of("translate-service", doctored).violations(TranslationApi.class))
                .anySatisfy(v -> assertThat(v).contains("sent by the gateway as BatchRequest.texts"))
                .anySatisfy(v -> assertThat(v).contains("requires sentences, which BatchRequest does not send"));
    }

    @Test
    void aPropertyOfAnotherTypeFails() {
        JsonNode doctored = TRANSLATE.deepCopy();
        ((ObjectNode) schema(doctored, "Segment").get("properties").get("cached")).put("type", "string");
        assertThat(OpenApiContract.of("translate-service", doctored).violations(TranslationApi.class))
                .anySatisfy(v -> assertThat(v).contains(".cached: the gateway handles it as boolean, translate-service as [string]"));

        JsonNode notAList = TRANSLATE.deepCopy();
        ((ObjectNode) schema(notAList, "BatchTranslation").get("properties").get("translations")).put("type", "object");
        assertThat(OpenApiContract.of("translate-service", notAList).violations(TranslationApi.class))
                .anySatisfy(v -> assertThat(v).contains(".translations: the gateway handles it as array"));
    }

    @Test
    void aMovedOperationOrADroppedHeaderFails() {
        JsonNode doctored = SUMMARY.deepCopy();
        ObjectNode paths = (ObjectNode) doctored.get("paths");
        paths.set("/v2/summarizer", paths.remove("/v1/summarizer"));
        ((ObjectNode) paths.get("/v1/summaries").get("post")).remove("parameters");
        assertThat(OpenApiContract.of("summary-service", doctored).violations(SummaryApi.class))
                .anySatisfy(v -> assertThat(v).contains("GET /v1/summarizer").contains("has no such operation"))
                .anySatisfy(v -> assertThat(v).contains("sends header parameter " + RequestDeadline.HEADER));
    }

    @Test
    void aRecordThatWouldFailOnANewPropertyFails() {
        OpenApiContract contract = OpenApiContract.of("summary-service", SUMMARY);
        assertThat(contract.violations(StrictSummarizerApi.class))
                .anySatisfy(v -> assertThat(v).contains("StrictInfo").contains("ignoreUnknown"));
    }

    /** A client whose answer record would reject any property summary-service adds. */
    @jakarta.ws.rs.Path("/v1")
    interface StrictSummarizerApi {
        @jakarta.ws.rs.GET
        @jakarta.ws.rs.Path("/summarizer")
        StrictInfo summarizer();

        record StrictInfo(String version) {
        }
    }

    private static ObjectNode schema(JsonNode document, String name) {
        JsonNode schema = document.path("components").path("schemas").path(name);
        assertThat(schema.isObject()).as("schema " + name).isTrue();
        return (ObjectNode) schema;
    }

    private static void rename(ObjectNode schema, String from, String to) {
        ObjectNode properties = (ObjectNode) schema.get("properties");
        assertThat(properties.has(from)).as(from).isTrue();
        properties.set(to, properties.remove(from));
    }
}
