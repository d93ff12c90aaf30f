package io.warta.gateway.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.ws.rs.Consumes;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** summary-service as the gateway calls it; wrapped by {@link SummaryBackend}, which owns the fault tolerance. */
@RegisterRestClient(configKey = "summary-service")
@RegisterProvider(BackendErrors.SummaryService.class)
@Path("/v1")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public interface SummaryApi {

    @POST
    @Path("/summaries")
    Uni<SummaryResult> summarize(SummaryRequest request, @HeaderParam(RequestDeadline.HEADER) long remainingMillis);

    @GET
    @Path("/summarizer")
    SummarizerInfo summarizer();

    @JsonIgnoreProperties(ignoreUnknown = true)
    record SummaryRequest(List<String> sentences, String title, String language) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record SummaryResult(String language, String summarizer, List<String> sentences, Tiers tiers) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Tiers(Tier headline, @JsonProperty("short") Tier shortSummary, Tier standard, Tier detailed,
            KeyPoints keyPoints) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Tier(String text, List<Integer> sentences) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record KeyPoints(List<String> items, List<Integer> sentences) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record SummarizerInfo(String version) {
    }
}
