package io.warta.translate.rest;

import io.warta.problem.Problem;
import io.warta.translate.service.Translation;
import io.warta.translate.service.TranslationService;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import io.warta.text.Deadline;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/translations")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "translations", description = "Indonesian → English translation with a translation memory")
public class TranslationResource {

    private static final String SINGLE_EXAMPLE = """
            {"source":"id","target":"en","translation":"Russian President Vladimir Putin called North Korean Supreme Leader Kim Jong-un on Tuesday (8/12/2025).","engine":"builtin/phrase-3fa29c01b7e2","segments":[{"source":"Presiden Rusia Vladimir Putin menelepon Pemimpin Tertinggi Korea Utara Kim Jong-un pada Selasa (12/8/2025).","translation":"Russian President Vladimir Putin called North Korean Supreme Leader Kim Jong-un on Tuesday (8/12/2025).","engine":"builtin/phrase-3fa29c01b7e2","cached":false,"confidence":0.71,"fallbackReason":null,"warnings":[]}],"entities":[{"source":["Rusia"],"translation":"Russia","count":1},{"source":["Vladimir Putin"],"translation":"Vladimir Putin","count":1},{"source":["Korea Utara"],"translation":"North Korea","count":1},{"source":["Kim Jong-un"],"translation":"Kim Jong-un","count":1}]}""";
    /** LibreTranslate remembered the first sentence; it failed on the others, so builtin translated them. */
    private static final String FALLBACK_EXAMPLE = """
            {"source":"id","target":"en","translation":"Rice prices rose. The government is preparing market operations. Stocks are safe.","engine":"builtin/phrase-3fa29c01b7e2","segments":[{"source":"Harga beras naik.","translation":"Rice prices rose.","engine":"libretranslate/libretranslate@libretranslate:5000/9c04e1d2a6b3","cached":true,"confidence":null,"fallbackReason":null,"warnings":[]},{"source":"Pemerintah menyiapkan operasi pasar.","translation":"The government is preparing market operations.","engine":"builtin/phrase-3fa29c01b7e2","cached":false,"confidence":0.58,"fallbackReason":null,"warnings":[]},{"source":"Stok aman.","translation":"Stocks are safe.","engine":"builtin/phrase-3fa29c01b7e2","cached":false,"confidence":0.44,"fallbackReason":null,"warnings":[]}],"entities":[]}""";
    /** A remote engine turned "Rp 5 miliar" into "5 million": the segment says so, whatever engine produced it. */
    private static final String WARNING_EXAMPLE = """
            {"source":"id","target":"en","translation":"The ministry prepared a budget of 5 million.","engine":"openai/gpt-4o-mini@api.openai.com/7d2e9a01c4b3","segments":[{"source":"Kementerian menyiapkan anggaran Rp 5 miliar.","translation":"The ministry prepared a budget of 5 million.","engine":"openai/gpt-4o-mini@api.openai.com/7d2e9a01c4b3","cached":false,"confidence":null,"fallbackReason":null,"warnings":[{"type":"number-mismatch","detail":"source has 5000000000; translation has 5000000"}]}],"entities":[]}""";
    /** The same, with warta.engines.number-fallback on (the default): the built-in engine kept the amount. */
    private static final String NUMBER_FALLBACK_EXAMPLE = """
            {"source":"id","target":"en","translation":"The ministry prepared a budget of IDR 5 billion.","engine":"builtin/phrase-3fa29c01b7e2","segments":[{"source":"Kementerian menyiapkan anggaran Rp 5 miliar.","translation":"The ministry prepared a budget of IDR 5 billion.","engine":"builtin/phrase-3fa29c01b7e2","cached":false,"confidence":0.66,"fallbackReason":"number-mismatch","warnings":[]}],"entities":[]}""";
    /** An inline glossary: the builtin engine writes its English as given; a remote engine that lost it is flagged. */
    static final String GLOSSARY_REQUEST_EXAMPLE = """
            {"text":"Pemimpin Korea Utara bertemu penyidik KPK-nya.","source":"id","target":"en","glossary":[{"source":"Korea Utara","target":"the DPRK"},{"source":"KPK","target":"KPK"}]}""";
    private static final String GLOSSARY_EXAMPLE = """
            {"source":"id","target":"en","translation":"Leaders of the DPRK met investigators KPK.","engine":"builtin/phrase-3fa29c01b7e2","segments":[{"source":"Pemimpin Korea Utara bertemu penyidik KPK-nya.","translation":"Leaders of the DPRK met investigators KPK.","engine":"builtin/phrase-3fa29c01b7e2","cached":false,"confidence":0.52,"fallbackReason":null,"warnings":[]}],"entities":[]}""";
    private static final String GLOSSARY_MISS_EXAMPLE = """
            {"source":"id","target":"en","translation":"North Korea's leader met KPK investigators.","engine":"libretranslate/libretranslate@libretranslate:5000/9c04e1d2a6b3","segments":[{"source":"Pemimpin Korea Utara bertemu penyidik KPK-nya.","translation":"North Korea's leader met KPK investigators.","engine":"libretranslate/libretranslate@libretranslate:5000/9c04e1d2a6b3","cached":false,"confidence":null,"fallbackReason":null,"warnings":[{"type":"glossary-miss","detail":"glossary term not kept: Korea Utara → the DPRK"}]}],"entities":[]}""";
    private static final String BAD_PAIR_EXAMPLE = """
            {"type":"https://warta.io/problems/unsupported-language-pair","title":"Unsupported language pair","status":422,"detail":"only Indonesian to English (source \\"id\\", target \\"en\\") is supported, not id → fr","supportedPairs":["id-en"]}""";
    private static final String BLANK_EXAMPLE = """
            {"type":"https://warta.io/problems/invalid-request","title":"Invalid request","status":400,"detail":"text must not be blank","violations":[{"field":"text","message":"must not be blank"}]}""";

    private static final String DEADLINE_HEADER = "Milliseconds the caller still waits: the translation stops then "
            + "(503 with Retry-After) if the service's own deadline, proportional to the text's length, is later";

    private final TranslationService translations;

    TranslationResource(TranslationService translations) {
        this.translations = translations;
    }

    @POST
    @Operation(summary = "Translate one text",
            description = "Splits the text into sentences, serves known sentences from the translation memory and "
                    + "translates the others with the first engine of warta.engines.order that is ready; when it "
                    + "fails or times out, the next engine translates them (builtin last). Each segment names the "
                    + "engine that produced it (id/version); the top-level engine is the one that produced most "
                    + "segments. Line breaks are kept. Every segment carries its fidelity warnings, whatever the "
                    + "engine: \"number-mismatch\" when a number, amount, date or time of the source has another value "
                    + "or magnitude in the translation, \"untranslated\" when the translation is the source itself, "
                    + "\"glossary-miss\" when a term of the request's glossary is in the source and its English is not "
                    + "in the translation; an empty list when none. An inline \"glossary\" makes its terms come out "
                    + "as given: the builtin engine fixes them in its search, other engines get them as placeholders "
                    + "restored after translation. When the preferred engine changed a number and the built-in engine's "
                    + "translation keeps it, the built-in's answers (fallbackReason \"number-mismatch\"). Each segment's "
                    + "confidence (0-1, null for engines without one) ranks sentences by the engine's own model score: "
                    + "a ranking aid, not a probability. entities lists the names of the text with their English.")
    @RequestBody(content = @Content(examples = {@ExampleObject(name = "news sentence", value = """
            {"text":"Presiden Rusia Vladimir Putin menelepon Pemimpin Tertinggi Korea Utara Kim Jong-un pada Selasa (12/8/2025).","source":"id","target":"en"}"""),
            @ExampleObject(name = "with a glossary", value = GLOSSARY_REQUEST_EXAMPLE)}))
    @APIResponse(responseCode = "200", description = "The translation and its sentences",
            content = @Content(schema = @Schema(implementation = Translation.class),
                    examples = {@ExampleObject(name = "translated", value = SINGLE_EXAMPLE),
                        @ExampleObject(name = "partly by a fallback engine", value = FALLBACK_EXAMPLE),
                        @ExampleObject(name = "a number changed by the engine (number-fallback off)", value = WARNING_EXAMPLE),
                        @ExampleObject(name = "a number changed by the preferred engine, the built-in's taken",
                                value = NUMBER_FALLBACK_EXAMPLE),
                        @ExampleObject(name = "with a glossary", value = GLOSSARY_EXAMPLE),
                        @ExampleObject(name = "a glossary term the engine lost", value = GLOSSARY_MISS_EXAMPLE)}))
    @APIResponse(responseCode = "400", description = "Blank text, invalid JSON, unknown field, wrong type, or a glossary "
            + "over its limits (entries, characters per term), with a blank term or a source given twice",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "blank text", value = BLANK_EXAMPLE)))
    @APIResponse(responseCode = "413", description = "Text longer than the configured limit",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "Body is not application/json",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "A language pair other than id → en",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unsupported pair", value = BAD_PAIR_EXAMPLE)))
    @APIResponse(responseCode = "503", description = "No engine is ready yet, or none could translate (Retry-After tells when to try again)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Translation translate(@Valid @NotNull(message = "a JSON body is required") TranslationRequest request,
            @Parameter(description = DEADLINE_HEADER) @HeaderParam(Deadline.HEADER) Long deadlineMillis) {
        return translations.translateAll(List.of(request.text()), request.source(), request.target(), deadlineMillis,
                false, translations.glossary(GlossaryTerm.entries(request.glossary()))).get(0);
    }

    @POST
    @Path("/batch")
    @Operation(summary = "Translate several texts in one call",
            description = "Up to 256 texts; the translations come back in input order. Sentences shared between "
                    + "texts are translated once. Each text is split into sentences, unless \"presplit\" is true: "
                    + "then every text is one sentence the caller has split already (the gateway splits an article "
                    + "once), translated as it is with exactly one segment. An inline \"glossary\" applies to every text. A "
                    + "presplit call's texts (or one text's sentences) are one article: a name the builtin engine copies in some sentences and lost in "
                    + "others (Jakarta as \"Here\") is written as itself in all of them; the request's glossary wins.")
    @RequestBody(content = @Content(examples = {
            @ExampleObject(name = "two texts", value = """
                    {"texts":["Harga beras naik.","Pemerintah menyiapkan operasi pasar."],"source":"id","target":"en"}"""),
            @ExampleObject(name = "sentences already split", value = """
                    {"texts":["Harga beras naik 10 persen pekan ini.","Stok di gudang Bulog aman, kata Dirut Bulog Ir. Budi."],"source":"id","target":"en","presplit":true}"""),
            @ExampleObject(name = "with a glossary", value = """
                    {"texts":["Pemimpin Korea Utara bertemu penyidik KPK-nya.","Korea Utara menolak."],"source":"id","target":"en","glossary":[{"source":"Korea Utara","target":"the DPRK"},{"source":"KPK","target":"KPK"}]}""") }))
    @APIResponse(responseCode = "200", description = "One translation per text, in order",
            content = @Content(schema = @Schema(implementation = BatchTranslation.class),
                    examples = @ExampleObject(name = "translated", value = """
                            {"translations":[{"source":"id","target":"en","translation":"Rice prices rose.","engine":"builtin/phrase-3fa29c01b7e2","segments":[{"source":"Harga beras naik.","translation":"Rice prices rose.","engine":"builtin/phrase-3fa29c01b7e2","cached":true,"confidence":0.71,"fallbackReason":null,"warnings":[]}],"entities":[]},{"source":"id","target":"en","translation":"The government is preparing market operations.","engine":"builtin/phrase-3fa29c01b7e2","segments":[{"source":"Pemerintah menyiapkan operasi pasar.","translation":"The government is preparing market operations.","engine":"builtin/phrase-3fa29c01b7e2","cached":false,"confidence":0.58,"fallbackReason":null,"warnings":[]}],"entities":[]}]}""")))
    @APIResponse(responseCode = "400", description = "No texts, a blank text, invalid JSON, unknown field, wrong type or a "
            + "glossary that breaks its rules",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "More than 256 texts, or a text longer than the limit",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "A language pair other than id → en",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "No engine is ready yet, or none could translate (Retry-After tells when to try again)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public BatchTranslation translateBatch(
            @Valid @NotNull(message = "a JSON body is required") BatchTranslationRequest request,
            @Parameter(description = DEADLINE_HEADER) @HeaderParam(Deadline.HEADER) Long deadlineMillis) {
        return new BatchTranslation(translations.translateAll(request.texts(), request.source(), request.target(),
                deadlineMillis, request.isPresplit(), translations.glossary(GlossaryTerm.entries(request.glossary()))));
    }
}
