package io.warta.gateway.compat.deepl;

import io.warta.gateway.compat.CompatFailure;
import io.warta.gateway.compat.deepl.DeepLMessages.Error;
import io.warta.gateway.compat.deepl.DeepLMessages.Language;
import io.warta.gateway.compat.deepl.DeepLMessages.TranslateRequest;
import io.warta.gateway.compat.deepl.DeepLMessages.Translations;
import io.warta.gateway.compat.deepl.DeepLMessages.Usage;
import io.warta.gateway.rest.ApiKeyFilter;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * DeepL's API v2 (translate, languages, usage), so DeepL clients (deepl-python, deepl-node, Mastodon, CMS plugins)
 * can use Warta by changing only the server URL. The key is sent as {@code Authorization: DeepL-Auth-Key …}.
 */
@Path("/v2")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = DeepLResource.TAG, description = "Compatibility routes: DeepL's API v2 (POST /v2/translate, GET "
        + "/v2/languages, GET /v2/usage) for the tools that already speak it. Indonesian → English only; the key is "
        + "sent as Authorization: DeepL-Auth-Key …; errors are DeepL's {\"message\": \"…\"} with its status codes "
        + "(403 key, 456 quota), not problem+json. Warta's own API is /api/v1.")
public class DeepLResource {

    static final String TAG = "DeepL-compatible";
    private static final String TRANSLATE_DESCRIPTION = "Translates each text from Indonesian into English, in "
            + "order, through the same path as /api/v1: translation memory, engines with fallback, the gateway's "
            + "keys, rate and size limits. tag_handling \"html\" is answered as escaped text (markup is not carried "
            + "over). Text that is clearly not Indonesian is refused (400). Each text's characters count towards "
            + "the key's monthly allowance (GET /v2/usage).";
    private static final String EXAMPLE_ANSWER = """
            {"translations":[{"detected_source_language":"ID","text":"North Korea launched a ballistic missile on Tuesday morning."}]}""";

    private final DeepL api;

    DeepLResource(DeepL api) {
        this.api = api;
    }

    @POST
    @Path("translate")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Translate (DeepL, JSON)", description = TRANSLATE_DESCRIPTION)
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(
            name = "as deepl-python sends it", value = """
                    {"target_lang":"EN-US","source_lang":"ID","text":["Korea Utara meluncurkan rudal balistik pada Selasa pagi."]}""")))
    @APIResponse(responseCode = "200", description = "One translation per text", content = @Content(
            schema = @Schema(implementation = Translations.class),
            examples = @ExampleObject(name = "translated", value = EXAMPLE_ANSWER)))
    @APIResponse(responseCode = "400", description = "A missing parameter, an unsupported language or tag handling, "
            + "or text that is not Indonesian", content = @Content(schema = @Schema(implementation = Error.class),
                    examples = @ExampleObject(name = "unsupported target", value = """
                            {"message":"Value for 'target_lang' not supported: Warta translates into English (EN, EN-US, EN-GB)."}""")))
    @APIResponse(responseCode = "403", description = "A missing, unknown or revoked key",
            content = @Content(schema = @Schema(implementation = Error.class)))
    @APIResponse(responseCode = "413", description = "Too many texts or characters",
            content = @Content(schema = @Schema(implementation = Error.class)))
    @APIResponse(responseCode = "429", description = "The key's request rate is spent (Retry-After)",
            content = @Content(schema = @Schema(implementation = Error.class)))
    @APIResponse(responseCode = "456", description = "The key's characters for this month are spent",
            content = @Content(schema = @Schema(implementation = Error.class)))
    @APIResponse(responseCode = "503", description = "translate-service is unavailable (Retry-After)",
            content = @Content(schema = @Schema(implementation = Error.class)))
    public Translations translate(TranslateRequest request, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @HeaderParam(ApiKeyFilter.HEADER) String headerKey) {
        TranslateRequest r = request != null ? request : new TranslateRequest(null, null, null, null, null);
        return api.translate(DeepL.texts(r.text()), r.sourceLang(), r.targetLang(), r.tagHandling(),
                DeepL.flag(r.showBilledCharacters()), DeepL.key(authorization, headerKey));
    }

    @POST
    @Path("translate")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Translate (DeepL, form)", description = TRANSLATE_DESCRIPTION
            + " Repeat text for several texts, as deepl-node sends them.")
    @APIResponse(responseCode = "200", description = "One translation per text", content = @Content(
            schema = @Schema(implementation = Translations.class),
            examples = @ExampleObject(name = "translated", value = EXAMPLE_ANSWER)))
    @APIResponse(responseCode = "400", description = "As for JSON",
            content = @Content(schema = @Schema(implementation = Error.class)))
    @APIResponse(responseCode = "403", description = "A missing, unknown or revoked key",
            content = @Content(schema = @Schema(implementation = Error.class)))
    @APIResponse(responseCode = "456", description = "The key's characters for this month are spent",
            content = @Content(schema = @Schema(implementation = Error.class)))
    public Translations translateForm(@RestForm List<String> text, @RestForm("source_lang") String sourceLang,
            @RestForm("target_lang") String targetLang, @RestForm("tag_handling") String tagHandling,
            @RestForm("show_billed_characters") String showBilledCharacters,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @HeaderParam(ApiKeyFilter.HEADER) String headerKey) {
        return api.translate(text, sourceLang, targetLang, tagHandling, DeepL.flag(showBilledCharacters),
                DeepL.key(authorization, headerKey));
    }

    @GET
    @Path("languages")
    @Operation(summary = "Languages (DeepL)", description = "Source languages (Indonesian) or, with type=target, "
            + "target languages (English). type may also come as a form body, as deepl-python sends it.")
    @APIResponse(responseCode = "200", description = "The languages", content = @Content(
            schema = @Schema(implementation = Language[].class), examples = {
                    @ExampleObject(name = "source", value = "[{\"language\":\"ID\",\"name\":\"Indonesian\"}]"),
                    @ExampleObject(name = "target", value = """
                            [{"language":"EN-GB","name":"English (British)","supports_formality":false},{"language":"EN-US","name":"English (American)","supports_formality":false}]""") }))
    @APIResponse(responseCode = "400", description = "A type other than source or target",
            content = @Content(schema = @Schema(implementation = Error.class)))
    @APIResponse(responseCode = "403", description = "A missing, unknown or revoked key",
            content = @Content(schema = @Schema(implementation = Error.class)))
    public List<Language> languages(
            @Parameter(description = "source (default) or target", schema = @Schema(type = SchemaType.STRING,
                    enumeration = { "source", "target" })) @RestQuery String type,
            @Parameter(hidden = true) @RestForm("type") String formType,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @HeaderParam(ApiKeyFilter.HEADER) String headerKey) {
        return api.languages(type != null ? type : formType, DeepL.key(authorization, headerKey));
    }

    @GET
    @Path("usage")
    @Operation(summary = "Usage (DeepL)", description = "Characters this key has had translated through the "
            + "compatibility routes in the current calendar month (UTC), and its monthly limit (1000000000000: no "
            + "limit, as DeepL reports it). Counted in memory by each gateway replica.")
    @APIResponse(responseCode = "200", description = "This month's usage", content = @Content(
            schema = @Schema(implementation = Usage.class), examples = @ExampleObject(name = "usage", value = """
                    {"character_count":180118,"character_limit":1000000000000}""")))
    @APIResponse(responseCode = "403", description = "A missing, unknown or revoked key",
            content = @Content(schema = @Schema(implementation = Error.class)))
    public Usage usage(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @HeaderParam(ApiKeyFilter.HEADER) String headerKey) {
        return api.usage(DeepL.key(authorization, headerKey));
    }

    /**
     * Any other content type: Quarkus would refuse it with a 415 problem before this class's mapper applies, so
     * it is matched here and answered in DeepL's shape.
     */
    @POST
    @Path("translate")
    @Consumes(MediaType.WILDCARD)
    @Operation(hidden = true)
    public Translations otherContentType() {
        throw CompatFailure.unsupportedMediaType();
    }

    /** Every failure on these routes, including unreadable bodies, in DeepL's shape. */
    @ServerExceptionMapper
    Response failure(Throwable thrown) {
        return DeepLErrors.of(CompatFailure.of(thrown));
    }
}
