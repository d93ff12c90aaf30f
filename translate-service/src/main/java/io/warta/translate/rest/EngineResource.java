package io.warta.translate.rest;

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
@Tag(name = "engines", description = "Which translation engines this service has")
public class EngineResource {

    private final EngineCatalog catalog;

    EngineResource(EngineCatalog catalog) {
        this.catalog = catalog;
    }

    @GET
    @Operation(summary = "List the translation engines",
            description = "Every engine with its version and readiness, and the one that answers requests now.")
    @APIResponse(responseCode = "200", description = "The engines",
            content = @Content(schema = @Schema(implementation = Engines.class),
                    examples = @ExampleObject(name = "engines", value = """
                            {"active":"phrase/1","engines":[{"id":"lexicon","version":"1","ready":true,"active":false},{"id":"phrase","version":"1","ready":true,"active":true}]}""")))
    @APIResponse(responseCode = "503", description = "No engine is ready yet")
    public Engines list() {
        TranslationEngine active = catalog.active();
        List<EngineInfo> engines = catalog.all().stream()
                .map(e -> new EngineInfo(e.id(), e.version(), e.isReady(), e == active))
                .toList();
        return new Engines(EngineCatalog.descriptor(active), engines);
    }

    @Schema(description = "The engines and the active one")
    public record Engines(@Schema(example = "phrase/1") String active, List<EngineInfo> engines) {
    }

    @Schema(description = "One engine")
    public record EngineInfo(@Schema(example = "phrase") String id, @Schema(example = "1") String version,
            boolean ready, boolean active) {
    }
}
