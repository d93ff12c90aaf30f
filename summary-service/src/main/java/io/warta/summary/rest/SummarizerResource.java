package io.warta.summary.rest;

import io.warta.summary.service.SummaryService;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/summarizer")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "summaries")
public class SummarizerResource {

    private final SummaryService summaries;

    SummarizerResource(SummaryService summaries) {
        this.summaries = summaries;
    }

    @GET
    @Operation(summary = "Which summarizer answers",
            description = "The method and weights version; it changes whenever summaries for the same text may change, "
                    + "so callers can key their caches on it.")
    @APIResponse(responseCode = "200", description = "The active summarizer",
            content = @Content(schema = @Schema(implementation = SummarizerInfo.class),
                    examples = @ExampleObject(name = "ranked", value = "{\"version\":\"ranked-5d0e8a41c2f7-1b2c3d4e\"}")))
    public SummarizerInfo describe() {
        return new SummarizerInfo(summaries.summarizerVersion());
    }

    public record SummarizerInfo(@Schema(example = "ranked-5d0e8a41c2f7-1b2c3d4e") String version) {
    }
}
