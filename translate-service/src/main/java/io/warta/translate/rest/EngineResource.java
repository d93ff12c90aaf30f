package io.warta.translate.rest;

import io.warta.problem.Problem;
import io.warta.translate.engine.TranslationEngine;
import io.warta.translate.service.EngineCatalog;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/engines")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "engines", description = "Which translation engines this service has, in order of preference")
public class EngineResource {

    private static final String EXAMPLE = """
            {"active":"builtin/phrase-3fa29c01b7e2","preferred":"libretranslate/libretranslate@libretranslate:5000/9c04e1d2a6b3","engines":[\
            {"id":"opus-mt","version":null,"state":"not configured","ready":false,"circuit":"closed","active":false},\
            {"id":"libretranslate","version":"libretranslate@libretranslate:5000/9c04e1d2a6b3","state":"ready","ready":true,"circuit":"open","active":false},\
            {"id":"openai","version":null,"state":"not configured","ready":false,"circuit":"closed","active":false},\
            {"id":"builtin","version":"phrase-3fa29c01b7e2","state":"ready","ready":true,"circuit":"none","active":true}],\
            "notInOrder":[{"id":"lexicon","version":"lexicon-1-3fa29c01","state":"ready","ready":true,"circuit":"none","active":false}]}""";

    private final EngineCatalog catalog;

    EngineResource(EngineCatalog catalog) {
        this.catalog = catalog;
    }

    @GET
    @Operation(summary = "List the translation engines in order of preference",
            description = "The engines of warta.engines.order (builtin always last) with their version and state, "
                    + "the one that answers new sentences now (active: the first that is ready and whose circuit "
                    + "breaker is not open; an engine that keeps failing is skipped for a while), and the one "
                    + "preferred (the first ready one, breaker or not). Translations report the engine that "
                    + "produced each segment as id/version.")
    @APIResponse(responseCode = "200", description = "The engines",
            content = @Content(schema = @Schema(implementation = Engines.class),
                    examples = @ExampleObject(name = "libretranslate failing, builtin answers", value = EXAMPLE)))
    @APIResponse(responseCode = "503", description = "No engine is ready yet (Retry-After tells when to try again)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Engines list() {
        TranslationEngine active = catalog.first();
        List<EngineInfo> engines = catalog.order().stream()
                .map(slot -> slot.engine() == null
                        ? new EngineInfo(slot.id(), null, "unknown: no such engine", false, "none", false)
                        : info(slot.engine(), active))
                .toList();
        List<EngineInfo> others = catalog.unordered().stream().map(e -> info(e, active)).toList();
        return new Engines(EngineCatalog.descriptor(active), EngineCatalog.descriptor(catalog.preferred()), engines,
                others);
    }

    private EngineInfo info(TranslationEngine engine, TranslationEngine active) {
        boolean ready = engine.isReady();
        return new EngineInfo(engine.id(), ready ? engine.version() : null, engine.state(), ready,
                catalog.circuit(engine.id()), engine == active);
    }

    @Schema(description = "The engines in order of preference and the one that answers now")
    public record Engines(
            @Schema(description = "id/version of the engine that answers new sentences now",
                    example = "builtin/phrase-3fa29c01b7e2") String active,
            @Schema(description = "id/version of the first ready engine of the order, even while its circuit breaker "
                    + "is open and another answers for it; results keyed on it (the gateway's articles) are kept "
                    + "only when it produced every segment", example = "libretranslate/libretranslate@libretranslate:5000/9c04e1d2a6b3")
            String preferred,
            @Schema(description = "warta.engines.order, builtin last") List<EngineInfo> engines,
            @Schema(description = "engines this service has that the order does not name; they never answer")
            List<EngineInfo> notInOrder) {
    }

    @Schema(description = "One engine")
    public record EngineInfo(
            @Schema(example = "libretranslate") String id,
            @Schema(description = "null until the engine is ready", example = "libretranslate@libretranslate:5000/9c04e1d2a6b3")
            String version,
            @Schema(description = "ready, loading, not configured, failed: <reason>", example = "ready") String state,
            boolean ready,
            @Schema(description = "the engine's circuit breaker: closed, open (skipped for now), half-open (on trial), "
                    + "none (builtin: never skipped)", example = "closed") String circuit,
            @Schema(description = "whether this engine answers new sentences now") boolean active) {
    }
}
