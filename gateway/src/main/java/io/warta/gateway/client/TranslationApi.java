package io.warta.gateway.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
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

/** translate-service as the gateway calls it; wrapped by {@link TranslationBackend}, which owns the fault tolerance. */
@RegisterRestClient(configKey = "translate-service")
@RegisterProvider(BackendErrors.TranslateService.class)
@Path("/v1")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public interface TranslationApi {

    @POST
    @Path("/translations/batch")
    Uni<BatchTranslation> translateBatch(BatchRequest request,
            @HeaderParam(RequestDeadline.HEADER) long remainingMillis);

    @GET
    @Path("/engines")
    Engines engines();

    /**
     * {@code presplit}: every text is one sentence split already (absent, not false, otherwise); {@code glossary}:
     * the article's glossary entries, left out of the JSON when there is none.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record BatchRequest(List<String> texts, String source, String target, Boolean presplit, List<GlossaryTerm> glossary) {
    }

    record GlossaryTerm(String source, String target) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record BatchTranslation(List<Translation> translations) {
    }

    /** {@code entities}: the names of this text and their English (null from a version without them). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Translation(String translation, String engine, List<Segment> segments, List<Entity> entities) {

        public Translation(String translation, String engine, List<Segment> segments) {
            this(translation, engine, segments, List.of());
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Entity(List<String> source, String translation, int count) {
    }

    /**
     * {@code warnings}: translate-service's fidelity warnings on the segment (null from a version without them);
     * {@code confidence}: the engine's confidence, 0-1 (null for engines without one, or from a version without it).
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Segment(String source, String translation, String engine, boolean cached, Double confidence,
            List<Warning> warnings) {

        public Segment(String source, String translation, String engine, boolean cached) {
            this(source, translation, engine, cached, null, List.of());
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Warning(String type, String detail) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Engines(String active, String preferred) {
    }
}
