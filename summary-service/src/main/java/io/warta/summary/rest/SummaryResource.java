package io.warta.summary.rest;

import io.warta.problem.Problem;
import io.warta.summary.service.SummaryInputs;
import io.warta.summary.service.SummaryRequest;
import io.warta.summary.service.SummaryResult;
import io.warta.summary.service.SummaryService;
import io.warta.text.Deadline;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/summaries")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "summaries", description = "Tiered extractive summaries for Indonesian or English text")
public class SummaryResource {

    private final SummaryService summaries;
    private final SummaryInputs inputs;

    SummaryResource(SummaryService summaries, SummaryInputs inputs) {
        this.summaries = summaries;
        this.inputs = inputs;
    }

    @POST
    @Operation(summary = "Summarize a text at several lengths",
            description = "Ranks the sentences once and cuts every tier from that ranking: a headline (≤ 14 words), "
                    + "the best sentence, 3 sentences, 40% of the sentences, and 3–5 key points. Tier sentence "
                    + "indices point into the returned sentence list; sentences keep document order.")
    @RequestBody(content = @Content(examples = {
            @ExampleObject(name = "text", value = """
                    {"text":"Presiden Rusia Vladimir Putin menelepon Pemimpin Tertinggi Korea Utara Kim Jong-un pada Selasa (12/8/2025). Putin menyampaikan terima kasih atas dukungan Pyongyang. Kedua pemimpin bertukar pandangan mengenai isu strategis.","language":"id","title":"Putin Telepon Kim Jong-un"}"""),
            @ExampleObject(name = "sentences with lengths", value = """
                    {"sentences":["Harga beras naik 10 persen pekan ini.","Pemerintah menyiapkan operasi pasar.","Stok beras di gudang Bulog masih aman."],"language":"id","lengths":{"standard":2,"detailed":"100%"}}""") }))
    @APIResponse(responseCode = "200", description = "Every tier",
            content = @Content(schema = @Schema(implementation = SummaryResult.class),
                    examples = @ExampleObject(name = "summary", value = """
                            {"language":"id","summarizer":"ranked-5d0e8a41c2f7-1b2c3d4e","sentences":["Presiden Rusia Vladimir Putin menelepon Pemimpin Tertinggi Korea Utara Kim Jong-un pada Selasa (12/8/2025).","Putin menyampaikan terima kasih atas dukungan Pyongyang.","Kedua pemimpin bertukar pandangan mengenai isu strategis."],"tiers":{"headline":{"text":"Presiden Rusia Vladimir Putin menelepon Pemimpin Tertinggi Korea Utara Kim Jong-un","sentences":[0]},"short":{"text":"Presiden Rusia Vladimir Putin menelepon Pemimpin Tertinggi Korea Utara Kim Jong-un pada Selasa (12/8/2025).","sentences":[0]},"standard":{"text":"Presiden Rusia Vladimir Putin menelepon Pemimpin Tertinggi Korea Utara Kim Jong-un pada Selasa (12/8/2025). Putin menyampaikan terima kasih atas dukungan Pyongyang. Kedua pemimpin bertukar pandangan mengenai isu strategis.","sentences":[0,1,2]},"detailed":{"text":"...","sentences":[0,1,2]},"keyPoints":{"items":["Presiden Rusia Vladimir Putin menelepon Pemimpin Tertinggi Korea Utara Kim Jong-un.","Putin menyampaikan terima kasih atas dukungan Pyongyang.","Kedua pemimpin bertukar pandangan mengenai isu strategis."],"sentences":[0,1,2]}},"cached":false}""")))
    @APIResponse(responseCode = "400", description = "Neither or both of text and sentences, blank input, bad lengths, invalid JSON",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "both given", value = """
                            {"type":"https://warta.io/problems/invalid-request","title":"Invalid request","status":400,"detail":"send either \\"text\\" or \\"sentences\\", exactly one of them"}""")))
    @APIResponse(responseCode = "413", description = "Text or sentence list over the configured limit",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "Body is not application/json",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "A language other than id or en",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SummaryResult summarize(SummaryRequest request,
            @Parameter(description = "Milliseconds the caller still waits: summarizing stops then (503 with Retry-After) "
                    + "if the service's own deadline, proportional to the text's length, is later")
            @HeaderParam(Deadline.HEADER) Long deadlineMillis) {
        return summaries.summarize(inputs.from(request), deadlineMillis);
    }
}
