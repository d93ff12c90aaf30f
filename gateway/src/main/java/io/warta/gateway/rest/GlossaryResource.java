package io.warta.gateway.rest;

import io.warta.gateway.service.ApiKeyGuard;
import io.warta.gateway.service.GlossaryService;
import io.warta.gateway.service.GlossaryView;
import io.warta.problem.Problem;
import io.warta.problem.ProblemException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Stored glossaries: create, list, read, delete. An article names one by {@code glossaryId}. With API keys on, each
 * key has its own glossaries: another key's read as absent (404).
 */
@Path("/api/v1/glossaries")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "glossaries", description = "Terms an article's translation must keep as given (names, house style)")
public class GlossaryResource {

    static final String REQUEST_EXAMPLE = """
            {"name":"House style","entries":[{"source":"Korea Utara","target":"the DPRK"},{"source":"KPK","target":"KPK"}]}""";
    static final String GLOSSARY_EXAMPLE = """
            {"id":"5b8e1f0c-2d4a-4b7e-9a61-3c0d2e7f9b15","name":"House style","digest":"9f2c4e6a8b0d1f3e5a7c9b1d3f5e7a9c1b3d5f7e9a1c3b5d7f9e1a3c5b7d9f1e","entryCount":2,"entries":[{"source":"Korea Utara","target":"the DPRK"},{"source":"KPK","target":"KPK"}],"createdAt":"2025-08-12T07:56:00Z"}""";

    private final GlossaryService glossaries;
    private final ApiKeyGuard apiKeys;

    GlossaryResource(GlossaryService glossaries, ApiKeyGuard apiKeys) {
        this.glossaries = glossaries;
        this.apiKeys = apiKeys;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Store a glossary",
            description = "Entries are normalized (white space, Unicode form) and checked: at most 500 entries of at most "
                    + "100 characters by default (warta.gateway.glossaries.*), each source once. Send the answer's id as "
                    + "glossaryId with an article: every term found in it (any case, whole words, also with a clitic "
                    + "such as KPK-nya) comes out as its English, or the segment carries a glossary-miss warning.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = GlossaryRequest.class),
            examples = @ExampleObject(name = "house style", value = REQUEST_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Stored; Location names it",
            content = @Content(schema = @Schema(implementation = GlossaryView.class),
                    examples = @ExampleObject(name = "stored", value = GLOSSARY_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "No name, no entries, too many entries, a blank or too long term, "
            + "a source given twice, invalid JSON or an unknown field",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "term too long", value = """
                            {"type":"https://warta.io/problems/invalid-request","title":"Invalid request","status":400,"detail":"entries[1].target is 140 characters; at most 100 are allowed","violations":[{"field":"entries[1].target","message":"is 140 characters; at most 100 are allowed"}]}""")))
    @APIResponse(responseCode = "409", description = "This API key (or, with keys off, the gateway) has as many "
            + "glossaries stored as it may keep (warta.gateway.glossaries.max-stored); delete one first",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "429", description = "The API key has spent its requests or characters for now",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(@Valid @NotNull(message = "a JSON body is required") GlossaryRequest request,
            @HeaderParam(ApiKeyFilter.HEADER) String apiKey, @Context UriInfo uri) {
        apiKeys.chargeText(apiKey, characters(request));
        GlossaryView stored = glossaries.create(apiKeys.owner(apiKey), request.name(), request.glossaryEntries());
        return Response.created(uri.getAbsolutePathBuilder().path(stored.id()).build()).entity(stored).build();
    }

    /** What the terms cost against the key's characters a minute, counted before any work (a null entry is free). */
    private static long characters(GlossaryRequest request) {
        long characters = request.name().length();
        for (GlossaryRequest.Term term : request.entries()) {
            if (term != null) {
                characters += (term.source() == null ? 0 : term.source().length())
                        + (term.target() == null ? 0 : term.target().length());
            }
        }
        return characters;
    }

    @GET
    @Operation(summary = "List stored glossaries", description = "Oldest first, without their entries, a page at a time.")
    @APIResponse(responseCode = "200", description = "One page",
            content = @Content(examples = @ExampleObject(name = "one glossary", value = """
                    [{"id":"5b8e1f0c-2d4a-4b7e-9a61-3c0d2e7f9b15","name":"House style","digest":"9f2c4e6a8b0d1f3e5a7c9b1d3f5e7a9c1b3d5f7e9a1c3b5d7f9e1a3c5b7d9f1e","entryCount":2,"createdAt":"2025-08-12T07:56:00Z"}]""")))
    @APIResponse(responseCode = "400", description = "A page below 0 or a size outside 1..100",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<GlossaryView> list(@Parameter(description = "Page, from 0") @QueryParam("page") @DefaultValue("0") int page,
            @Parameter(description = "Glossaries per page (at most 100)") @QueryParam("size") @DefaultValue("50") int size,
            @HeaderParam(ApiKeyFilter.HEADER) String apiKey) {
        return glossaries.list(apiKeys.owner(apiKey), page, size);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Fetch a stored glossary")
    @APIResponse(responseCode = "200", description = "The glossary and its entries",
            content = @Content(schema = @Schema(implementation = GlossaryView.class),
                    examples = @ExampleObject(name = "stored", value = GLOSSARY_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "The id is not a glossary id (a UUID)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No glossary with this id (for this API key)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public GlossaryView get(@PathParam("id") String id, @HeaderParam(ApiKeyFilter.HEADER) String apiKey) {
        checkId(id);
        return glossaries.find(apiKeys.owner(apiKey), id).orElseThrow(() -> notFound(id));
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Delete a stored glossary",
            description = "Articles that name it are answered 404 from now on; articles translated with it stay stored.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "400", description = "The id is not a glossary id (a UUID)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No glossary with this id (for this API key)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response delete(@PathParam("id") String id, @HeaderParam(ApiKeyFilter.HEADER) String apiKey) {
        checkId(id);
        if (!glossaries.delete(apiKeys.owner(apiKey), id)) {
            throw notFound(id);
        }
        return Response.noContent().build();
    }

    /** Checked before the store is asked; an id that is not a UUID is never echoed. */
    static void checkId(String id) {
        if (!StoredIds.isUuid(id)) {
            throw ProblemException.badRequest("a glossary id is a UUID such as 5b8e1f0c-2d4a-4b7e-9a61-3c0d2e7f9b15");
        }
    }

    private static ProblemException notFound(String id) {
        return ProblemException.notFound("no glossary with id " + id);
    }
}
