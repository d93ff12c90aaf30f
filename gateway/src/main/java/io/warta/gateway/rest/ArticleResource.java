package io.warta.gateway.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.common.annotation.NonBlocking;
import io.smallrye.mutiny.Uni;
import io.warta.gateway.config.GatewayConfig;
import io.warta.gateway.service.ApiKeyGuard;
import io.warta.gateway.service.ArticleHitCache;
import io.warta.gateway.service.ArticleResult;
import io.warta.gateway.service.ArticleService;
import io.warta.gateway.service.GlossaryService;
import io.warta.gateway.service.ReadableArticle;
import io.warta.problem.Problem;
import io.warta.problem.ProblemException;
import io.warta.text.glossary.Glossary;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/articles")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "articles", description = "Indonesian news in English: translation and tiered summaries")
public class ArticleResource {

    static final String RESULT_EXAMPLE = """
            {"id":"3f1c2a9e-6a0b-4d43-9a59-0c2f4b1c7d11","sourceLanguage":"id","title":{"source":"Putin Telepon Kim Jong-un sebelum Bertemu Trump Pekan Ini","translation":"Putin Calls Kim Jong-un before Meeting Trump This Week"},"translation":{"text":"Bisnis.com, JAKARTA – Russian President Vladimir Putin called North Korean Supreme Leader Kim Jong-un on Tuesday (8/12/2025) to explain developments in the war in Ukraine ahead of his meeting with US President Donald Trump in Alaska.","segments":[{"source":"Bisnis.com, JAKARTA – Presiden Rusia Vladimir Putin menelepon Pemimpin Tertinggi Korea Utara Kim Jong-un pada Selasa (12/8/2025) untuk menjelaskan perkembangan perang di Ukraina menjelang pertemuannya dengan Presiden AS Donald Trump di Alaska.","translation":"Bisnis.com, JAKARTA – Russian President Vladimir Putin called North Korean Supreme Leader Kim Jong-un on Tuesday (8/12/2025) to explain developments in the war in Ukraine ahead of his meeting with US President Donald Trump in Alaska.","engine":"builtin/phrase-43927d1aea3d","cached":false,"confidence":0.71,"warnings":[]}]},"furniture":{"standfirst":null,"date":null,"captions":[],"bylines":[]},"summaries":{"headline":"Putin called Kim Jong-un ahead of his meeting with Trump in Alaska","short":"Russian President Vladimir Putin called North Korean Supreme Leader Kim Jong-un on Tuesday (8/12/2025) to explain developments in the war in Ukraine.","standard":"...","detailed":"...","keyPoints":["Putin called Kim Jong-un to explain developments in the war in Ukraine."]},"degraded":[],"degradedReasons":{},"engines":{"translation":"builtin/phrase-43927d1aea3d","translationEngines":["builtin/phrase-43927d1aea3d"],"summary":"ranked-5d0e8a41c2f7-1b2c3d4e"},"cached":false,"entities":[{"source":["Kim Jong-un"],"translation":"Kim Jong-un","count":2},{"source":["JAKARTA"],"translation":"JAKARTA","count":1},{"source":["Rusia"],"translation":"Russia","count":1},{"source":["Vladimir Putin"],"translation":"Vladimir Putin","count":1},{"source":["Korea Utara"],"translation":"North Korea","count":1},{"source":["Ukraina"],"translation":"Ukraine","count":1},{"source":["AS"],"translation":"US","count":1},{"source":["Donald Trump"],"translation":"Donald Trump","count":1},{"source":["Alaska"],"translation":"Alaska","count":1}]}""";
    static final String DEGRADED_EXAMPLE = """
            {"id":"3f1c2a9e-6a0b-4d43-9a59-0c2f4b1c7d11","sourceLanguage":"id","title":null,"translation":{"text":"Rice prices rose.","segments":[{"source":"Harga beras naik.","translation":"Rice prices rose.","engine":"builtin/phrase-43927d1aea3d","cached":true,"confidence":0.64,"warnings":[]}]},"furniture":{"standfirst":null,"date":null,"captions":[],"bylines":[]},"summaries":null,"degraded":["summaries"],"degradedReasons":{"summaries":"unavailable"},"engines":{"translation":"builtin/phrase-43927d1aea3d","translationEngines":["builtin/phrase-43927d1aea3d"],"summary":null},"cached":false,"entities":[]}""";

    /** A segment whose engine lost a glossary term: the result says so (the builtin engine keeps them). */
    static final String GLOSSARY_MISS_EXAMPLE = """
            {"id":"8d0b5c3e-1f2a-4e6b-9c7d-2a4f6e8b0c1d","sourceLanguage":"id","title":null,"translation":{"text":"North Korea's leader met KPK investigators.","segments":[{"source":"Pemimpin Korea Utara bertemu penyidik KPK-nya.","translation":"North Korea's leader met KPK investigators.","engine":"libretranslate/libretranslate@libretranslate:5000/9c04e1d2a6b3","cached":false,"warnings":[{"type":"glossary-miss","detail":"glossary term not kept: Korea Utara → the DPRK"}]}]},"furniture":{"standfirst":null,"date":null,"captions":[],"bylines":[]},"summaries":null,"degraded":["summaries"],"degradedReasons":{"summaries":"unavailable"},"engines":{"translation":"libretranslate/libretranslate@libretranslate:5000/9c04e1d2a6b3","translationEngines":["libretranslate/libretranslate@libretranslate:5000/9c04e1d2a6b3"],"summary":null},"cached":false}""";

    private final ArticleService articles;
    private final ApiKeyGuard apiKeys;
    private final ArticleHitCache answers;
    private final ObjectMapper json;
    private final Validator validator;
    private final ManagedExecutor workers;
    private final GlossaryService glossaries;
    /** Results never change once stored: browsers may keep them; shared caches only while no API key is needed. */
    private final String cacheControl;

    ArticleResource(ArticleService articles, ApiKeyGuard apiKeys, ArticleHitCache answers, ObjectMapper json,
            Validator validator, ManagedExecutor workers, GatewayConfig config, GlossaryService glossaries) {
        this.workers = workers;
        this.glossaries = glossaries;
        this.articles = articles;
        this.apiKeys = apiKeys;
        this.answers = answers;
        this.json = json;
        this.validator = validator;
        this.cacheControl = (config.apiKeys().enabled() ? "private" : "public") + ", max-age=31536000, immutable";
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Translate and summarize an article",
            description = "Parses the article (title, standfirst, bylines, date, captions, body), translates all of it "
                    + "sentence by sentence, and summarizes the body at five lengths in English. Identical articles are "
                    + "answered from the cache (cached: true). With glossaryId (a stored glossary, POST "
                    + "/api/v1/glossaries) every term of the glossary found in the article comes out as its English; a "
                    + "segment whose engine lost one carries a glossary-miss warning.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ArticleRequest.class), examples = {@ExampleObject(name = "article", value = """
            {"title":"Putin Telepon Kim Jong-un sebelum Bertemu Trump Pekan Ini","text":"Bisnis.com, JAKARTA – Presiden Rusia Vladimir Putin menelepon Pemimpin Tertinggi Korea Utara Kim Jong-un pada Selasa (12/8/2025) untuk menjelaskan perkembangan perang di Ukraina menjelang pertemuannya dengan Presiden AS Donald Trump di Alaska.\\n\\nKedua pemimpin juga bertukar pandangan mengenai berbagai isu strategis yang menjadi perhatian bersama."}"""),
                @ExampleObject(name = "with a stored glossary", value = """
            {"text":"Pemimpin Korea Utara bertemu penyidik KPK-nya.","glossaryId":"5b8e1f0c-2d4a-4b7e-9a61-3c0d2e7f9b15"}""")}))
    @APIResponse(responseCode = "200", description = "The article in English",
            content = @Content(schema = @Schema(implementation = ArticleResult.class), examples = {
                    @ExampleObject(name = "complete", value = RESULT_EXAMPLE),
                    @ExampleObject(name = "degraded (summary-service down)", value = DEGRADED_EXAMPLE),
                    @ExampleObject(name = "a glossary term the engine lost", value = GLOSSARY_MISS_EXAMPLE) }))
    @APIResponse(responseCode = "404", description = "glossaryId names no stored glossary of this API key (or a deleted one)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown glossary", value = """
                            {"type":"https://warta.io/problems/not-found","title":"Not found","status":404,"detail":"no glossary with id 5b8e1f0c-2d4a-4b7e-9a61-3c0d2e7f9b15"}""")))
    @APIResponse(responseCode = "400", description = "Blank text, invalid JSON, unknown field or wrong type",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "blank", value = """
                            {"type":"https://warta.io/problems/invalid-request","title":"Invalid request","status":400,"detail":"text must not be blank","violations":[{"field":"text","message":"must not be blank"}]}""")))
    @APIResponse(responseCode = "413", description = "Text over the configured limit (100,000 characters by default)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "Neither application/json nor text/plain",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The text is clearly not Indonesian",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "English text", value = """
                            {"type":"https://warta.io/problems/unsupported-language","title":"Not Indonesian","status":422,"detail":"the text looks like English (\\"en\\"); Warta translates Indonesian articles","detectedLanguage":"en"}""")))
    @APIResponse(responseCode = "503", description = "translate-service is unavailable, or too many new articles are being "
            + "computed at once; Retry-After says when to try again",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "429", description = "The API key has spent its requests or characters for now; "
            + "Retry-After says when to try again",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @NonBlocking // a repeated request is answered on the I/O thread; a new one goes to a worker (see answer)
    public Uni<Response> submit(byte[] body, @HeaderParam(ApiKeyFilter.HEADER) String apiKey) {
        // An article with a glossary is never answered from the answers in memory: the glossary may have been
        // deleted since (404), and its stored results are found by content key, which carries the glossary's digest.
        AtomicBoolean rememberable = new AtomicBoolean(true);
        return answer(ArticleHitCache.BodyType.JSON, body, rememberable, () -> {
            ArticleRequest request = parse(body);
            Glossary glossary = Glossary.EMPTY;
            if (request.glossaryId() != null) {
                rememberable.set(false);
                glossary = glossaries.glossary(apiKeys.owner(apiKey), request.glossaryId());
            }
            // Characters are charged for computed articles only: a repeated one costs next to nothing.
            apiKeys.chargeText(apiKey, length(request.title()) + length(request.text()));
            return articles.submit(request.title(), request.text(), glossary);
        });
    }

    /** The body as an {@link ArticleRequest}, checked as a validated JSON parameter would be. */
    private ArticleRequest parse(byte[] body) throws java.io.IOException {
        ArticleRequest request = body == null || body.length == 0 ? null : json.readValue(body, ArticleRequest.class);
        if (request == null) {
            throw ProblemException.badRequest("a JSON body is required");
        }
        Set<ConstraintViolation<ArticleRequest>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return request;
    }

    /**
     * Answers a request body from memory when exactly these bytes were answered under the current engine versions
     * (no parsing, no database, still on the I/O thread); otherwise runs {@code compute} on a worker thread, where
     * it may block, and keeps the answer when it was stored. Misses keep their single flight and bulkhead, which
     * live in {@link ArticleService}.
     */
    private Uni<Response> answer(ArticleHitCache.BodyType type, byte[] body, Callable<ArticleResult> compute) {
        return answer(type, body, new AtomicBoolean(true), compute);
    }

    private Uni<Response> answer(ArticleHitCache.BodyType type, byte[] body, AtomicBoolean rememberable,
            Callable<ArticleResult> compute) {
        ArticleHitCache.RequestKey key = answers.keyOf(type, body);
        byte[] hit = answers.answer(key);
        if (hit != null) {
            return Uni.createFrom().item(json(hit).build());
        }
        return onWorker(() -> {
            // When the engine versions had to be read again, the computation reads them; the next request is keyed.
            ArticleHitCache.RequestKey keyed = key != null ? key : answers.keyOf(type, body);
            ArticleResult result = compute.call();
            if (rememberable.get()) {
                answers.remember(keyed, result); // as later requests get it: marked cached, unlike this answer
            }
            return Response.ok(result).build();
        });
    }

    /**
     * Runs blocking work on the worker pool that runs blocking resource methods (so the bulkhead's queue and wait
     * behave as before), with the request's context propagated; its failure is mapped like any other.
     */
    private <T> Uni<T> onWorker(Callable<T> work) {
        return Uni.createFrom().<T>emitter(emitter -> {
            try {
                emitter.complete(work.call());
            } catch (Throwable e) { // as thrown (e.g. Jackson's), so its own exception mapper answers it
                emitter.fail(e);
            }
        }).runSubscriptionOn(workers);
    }

    private static Response.ResponseBuilder json(byte[] body) {
        return Response.ok(body, MediaType.APPLICATION_JSON_TYPE);
    }

    @POST
    @Consumes(MediaType.TEXT_PLAIN)
    @Operation(summary = "Translate and summarize an article sent as plain text",
            description = "The same as the JSON form; the title is detected from the first line.")
    @RequestBody(content = @Content(mediaType = MediaType.TEXT_PLAIN, examples = @ExampleObject(name = "article", value = """
            Putin Telepon Kim Jong-un sebelum Bertemu Trump Pekan Ini

            Bisnis.com, JAKARTA – Presiden Rusia Vladimir Putin menelepon Pemimpin Tertinggi Korea Utara Kim Jong-un pada Selasa (12/8/2025) untuk menjelaskan perkembangan perang di Ukraina menjelang pertemuannya dengan Presiden AS Donald Trump di Alaska.""")))
    @APIResponse(responseCode = "200", description = "The article in English",
            content = @Content(schema = @Schema(implementation = ArticleResult.class),
                    examples = @ExampleObject(name = "complete", value = RESULT_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "Blank text, invalid UTF-8 or binary data",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "Text over the configured limit",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The text is clearly not Indonesian",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "translate-service is unavailable, or too many new articles at once",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "429", description = "The API key has spent its requests or characters for now",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @NonBlocking // as the JSON form: a repeated request is answered on the I/O thread
    public Uni<Response> submitPlainText(byte[] body, @HeaderParam(ApiKeyFilter.HEADER) String apiKey) {
        return answer(ArticleHitCache.BodyType.TEXT, body, () -> {
            String text = strictUtf8(body);
            apiKeys.chargeText(apiKey, text.length());
            return articles.submit(null, text);
        });
    }

    private static long length(String text) {
        return text == null ? 0 : text.length();
    }

    /** Refuses bytes that are not UTF-8 text instead of translating replacement characters. */
    private static String strictUtf8(byte[] body) {
        if (body == null || body.length == 0) {
            throw ProblemException.badRequest("text must not be blank");
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body)).toString();
            if (text.indexOf('\u0000') >= 0) {
                throw ProblemException.badRequest("the body is binary data, not text");
            }
            return text;
        } catch (CharacterCodingException e) {
            throw ProblemException.badRequest("the body is not valid UTF-8 text");
        }
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Fetch a stored article result", description = "Results are stored when they are complete.")
    @APIResponse(responseCode = "200", description = "The stored result",
            content = @Content(schema = @Schema(implementation = ArticleResult.class),
                    examples = @ExampleObject(name = "stored", value = RESULT_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No result with this id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown", value = """
                            {"type":"https://warta.io/problems/not-found","title":"Not found","status":404,"detail":"no article result with id 3f1c2a9e-6a0b-4d43-9a59-0c2f4b1c7d11"}""")))
    @APIResponse(responseCode = "400", description = "The id is not an article id (a UUID)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "406", description = "An Accept header that is neither application/json nor text/plain",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "304", description = "Not modified: If-None-Match named this result's ETag")
    @NonBlocking // answered from memory on the I/O thread when it is there; read from the database on a worker
    public Uni<Response> get(
            @Parameter(description = "The id returned by POST", example = "3f1c2a9e-6a0b-4d43-9a59-0c2f4b1c7d11")
            @PathParam("id") String id, @Context HttpHeaders headers) {
        requireAccepted(headers, MediaType.APPLICATION_JSON_TYPE);
        checkId(id);
        String ifNoneMatch = headers.getHeaderString(HttpHeaders.IF_NONE_MATCH);
        ArticleHitCache.StoredAnswer hit = answers.stored(id);
        if (hit != null) {
            return Uni.createFrom().item(conditional(hit, ifNoneMatch));
        }
        return onWorker(() -> conditional(answers.remember(articles.findStored(id).orElseThrow(() -> notFound(id))),
                ifNoneMatch));
    }

    /**
     * A stored result never changes, so its content key is a strong entity tag: 304 without a body when the
     * caller has it already.
     */
    private Response conditional(ArticleHitCache.StoredAnswer answer, String ifNoneMatch) {
        Response.ResponseBuilder response = EntityTags.matches(ifNoneMatch, answer.etag())
                ? Response.notModified() : json(answer.body());
        return response.header(HttpHeaders.ETAG, answer.etag())
                .header(HttpHeaders.CACHE_CONTROL, cacheControl)
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT)
                .build();
    }

    private ArticleResult stored(String id) {
        checkId(id);
        return articles.find(id).orElseThrow(() -> notFound(id));
    }

    /** Checked before the store is asked, and never echoed: an id can carry anything a caller typed. */
    private static void checkId(String id) {
        if (!StoredIds.isUuid(id)) {
            throw ProblemException.badRequest("an article id is a UUID such as 3f1c2a9e-6a0b-4d43-9a59-0c2f4b1c7d11");
        }
    }

    private static ProblemException notFound(String id) {
        return ProblemException.notFound("no article result with id " + id);
    }

    /**
     * With two representations of one path, Quarkus REST picks one even for an Accept header that
     * matches neither; such a request is answered 406 here, as on every single-representation path.
     */
    private static void requireAccepted(HttpHeaders headers, MediaType produced) {
        if (headers.getAcceptableMediaTypes().stream().noneMatch(produced::isCompatible)) {
            throw new NotAcceptableException();
        }
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.TEXT_PLAIN)
    @Operation(summary = "Read a stored article as plain text",
            description = "The English title, every summary tier, key points and the full translation, for people.")
    @APIResponse(responseCode = "200", description = "The article as readable text",
            content = @Content(mediaType = MediaType.TEXT_PLAIN, examples = @ExampleObject(name = "readable", value = """
                    Putin Calls Kim Jong-un before Meeting Trump This Week
                    ======================================================

                    HEADLINE
                    Putin called Kim Jong-un ahead of his meeting with Trump in Alaska

                    KEY POINTS
                      • Putin called Kim Jong-un to explain developments in the war in Ukraine.""")))
    @APIResponse(responseCode = "400", description = "The id is not an article id (a UUID)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No result with this id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "406", description = "An Accept header that is neither application/json nor text/plain",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public String read(@PathParam("id") String id, @Context HttpHeaders headers) {
        requireAccepted(headers, MediaType.TEXT_PLAIN_TYPE);
        return ReadableArticle.render(stored(id));
    }
}
