package io.warta.gateway.compat.libretranslate;

import io.warta.gateway.compat.CompatFailure;
import io.warta.gateway.compat.libretranslate.LibreTranslate.Texts;
import io.warta.gateway.compat.libretranslate.LibreTranslateMessages.DetectRequest;
import io.warta.gateway.compat.libretranslate.LibreTranslateMessages.Detection;
import io.warta.gateway.compat.libretranslate.LibreTranslateMessages.Error;
import io.warta.gateway.compat.libretranslate.LibreTranslateMessages.Language;
import io.warta.gateway.compat.libretranslate.LibreTranslateMessages.TranslateRequest;
import io.warta.gateway.compat.libretranslate.LibreTranslateMessages.Translation;
import io.warta.gateway.rest.ApiKeyFilter;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * LibreTranslate's API, so its clients (Mastodon, Discourse, Weblate, browser extensions) can use Warta unchanged.
 * The key is LibreTranslate's {@code api_key} member or field (or the X-API-Key header).
 */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = LibreTranslateResource.TAG, description = "Compatibility routes: LibreTranslate's API (POST /translate, "
        + "GET /languages, POST /detect) for the tools that already speak it. Indonesian → English only; errors are "
        + "LibreTranslate's {\"error\": \"…\"}, not problem+json. Warta's own API is /api/v1.")
public class LibreTranslateResource {

    static final String TAG = "LibreTranslate-compatible";
    private static final String TRANSLATE_DESCRIPTION = "Translates one text (q a string) or several (q an array; "
            + "the answer is an array in the same order) from Indonesian into English, through the same path as "
            + "/api/v1: translation memory, engines with fallback, the gateway's keys, rate and size limits. "
            + "source \"auto\" adds detectedLanguage. format \"html\" is answered as escaped text (markup is not "
            + "carried over). Text that is clearly not Indonesian is refused (400).";
    private static final String EXAMPLE_ANSWER = """
            {"translatedText":"North Korea launched a ballistic missile on Tuesday morning.","detectedLanguage":{"confidence":92.0,"language":"id"}}""";
    private static final String EXAMPLE_BATCH = """
            {"q":["Korea Utara meluncurkan rudal balistik pada Selasa pagi.","Harga beras naik."],"source":"id","target":"en","format":"text"}""";

    private final LibreTranslate api;

    LibreTranslateResource(LibreTranslate api) {
        this.api = api;
    }

    @POST
    @Path("translate")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Translate (LibreTranslate, JSON)", description = TRANSLATE_DESCRIPTION)
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = {
            @ExampleObject(name = "one text, detected", value = """
                    {"q":"Korea Utara meluncurkan rudal balistik pada Selasa pagi.","source":"auto","target":"en","format":"text","api_key":""}"""),
            @ExampleObject(name = "several texts", value = EXAMPLE_BATCH) }))
    @APIResponse(responseCode = "200", description = "The English text(s)", content = @Content(
            schema = @Schema(implementation = Translation.class), examples = {
                    @ExampleObject(name = "one text, detected", value = EXAMPLE_ANSWER),
                    @ExampleObject(name = "several texts", value = """
                            {"translatedText":["North Korea launched a ballistic missile on Tuesday morning.","Rice prices rose."]}""") }))
    @APIResponse(responseCode = "400", description = "A missing parameter, an unsupported language or format, text "
            + "that is not Indonesian, too many texts or characters, or a missing API key",
            content = @Content(schema = @Schema(implementation = Error.class), examples = @ExampleObject(
                    name = "not Indonesian", value = """
                            {"error":"the text looks like \\"en\\", not Indonesian; Warta translates Indonesian"}""")))
    @APIResponse(responseCode = "403", description = "An unknown or revoked API key",
            content = @Content(schema = @Schema(implementation = Error.class)))
    @APIResponse(responseCode = "429", description = "The key's request rate or monthly characters are spent",
            content = @Content(schema = @Schema(implementation = Error.class)))
    @APIResponse(responseCode = "500", description = "translate-service is unavailable (Retry-After)",
            content = @Content(schema = @Schema(implementation = Error.class)))
    public Translation translate(TranslateRequest request, @HeaderParam(ApiKeyFilter.HEADER) String headerKey) {
        TranslateRequest r = request != null ? request : new TranslateRequest(null, null, null, null, null);
        return api.translate(Texts.ofJson(r.q()), r.source(), r.target(), r.format(), key(r.apiKey(), headerKey));
    }

    @POST
    @Path("translate")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Translate (LibreTranslate, form)", description = TRANSLATE_DESCRIPTION
            + " In a form, repeat q for several texts.")
    @APIResponse(responseCode = "200", description = "The English text(s)", content = @Content(
            schema = @Schema(implementation = Translation.class), examples = @ExampleObject(name = "one text, detected",
                    value = EXAMPLE_ANSWER)))
    @APIResponse(responseCode = "400", description = "As for JSON",
            content = @Content(schema = @Schema(implementation = Error.class)))
    @APIResponse(responseCode = "403", description = "An unknown or revoked API key",
            content = @Content(schema = @Schema(implementation = Error.class)))
    public Translation translateForm(@RestForm List<String> q, @RestForm String source, @RestForm String target,
            @RestForm String format, @RestForm("api_key") String apiKey,
            @HeaderParam(ApiKeyFilter.HEADER) String headerKey) {
        return api.translate(Texts.ofForm(q), source, target, format, key(apiKey, headerKey));
    }

    @GET
    @Path("languages")
    @Operation(summary = "Languages (LibreTranslate)", description = "Indonesian, which translates into English. "
            + "Needs no key, as in LibreTranslate.")
    @APIResponse(responseCode = "200", description = "The languages", content = @Content(
            schema = @Schema(implementation = Language[].class), examples = @ExampleObject(name = "languages", value = """
                    [{"code":"id","name":"Indonesian","targets":["en"]},{"code":"en","name":"English","targets":[]}]""")))
    public List<Language> languages() {
        return LibreTranslate.LANGUAGES;
    }

    @POST
    @Path("detect")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Detect the language (LibreTranslate, JSON)", description = "What the text is written in "
            + "(confidence in percent), also when it is not Indonesian.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "detect",
            value = """
                    {"q":"Korea Utara meluncurkan rudal balistik pada Selasa pagi.","api_key":""}""")))
    @APIResponse(responseCode = "200", description = "The detection", content = @Content(
            schema = @Schema(implementation = Detection[].class), examples = @ExampleObject(name = "Indonesian", value = """
                    [{"confidence":92.0,"language":"id"}]""")))
    @APIResponse(responseCode = "400", description = "No q, too long, or a missing API key",
            content = @Content(schema = @Schema(implementation = Error.class)))
    public List<Detection> detect(DetectRequest request, @HeaderParam(ApiKeyFilter.HEADER) String headerKey) {
        DetectRequest r = request != null ? request : new DetectRequest(null, null);
        return api.detect(Texts.ofJson(r.q()), key(r.apiKey(), headerKey));
    }

    @POST
    @Path("detect")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Detect the language (LibreTranslate, form)")
    @APIResponse(responseCode = "200", description = "The detection",
            content = @Content(schema = @Schema(implementation = Detection[].class)))
    public List<Detection> detectForm(@RestForm List<String> q, @RestForm("api_key") String apiKey,
            @HeaderParam(ApiKeyFilter.HEADER) String headerKey) {
        return api.detect(Texts.ofForm(q), key(apiKey, headerKey));
    }

    /**
     * Any other content type: Quarkus would refuse it with a 415 problem before this class's mapper applies, so
     * it is matched here and answered in LibreTranslate's shape.
     */
    @POST
    @Path("translate")
    @Consumes(MediaType.WILDCARD)
    @Operation(hidden = true)
    public Translation translateOtherContentType() {
        throw CompatFailure.unsupportedMediaType();
    }

    @POST
    @Path("detect")
    @Consumes(MediaType.WILDCARD)
    @Operation(hidden = true)
    public List<Detection> detectOtherContentType() {
        throw CompatFailure.unsupportedMediaType();
    }

    /** Every failure on these routes, including unreadable bodies, in LibreTranslate's shape. */
    @ServerExceptionMapper
    Response failure(Throwable thrown) {
        return LibreTranslateErrors.of(CompatFailure.of(thrown));
    }

    private static String key(String apiKey, String headerKey) {
        return apiKey != null && !apiKey.isEmpty() ? apiKey : headerKey;
    }
}
