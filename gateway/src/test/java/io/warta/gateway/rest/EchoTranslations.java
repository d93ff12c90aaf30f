package io.warta.gateway.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.common.Metadata;
import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The translate-service stand-in's answer to whatever texts a batch request holds: "EN:" + each text, in order,
 * made by the stub's {@code engine} parameter (or, per text, its {@code engines} map); a text not in its
 * {@code expected} list is answered 500. The gateway sends an article in more than one call (the summary's own
 * sentences after the rest), so a fixed answer would not fit.
 */
public class EchoTranslations implements ResponseDefinitionTransformerV2 {

    public static final String NAME = "echo-translations";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public ResponseDefinition transform(ServeEvent serveEvent) {
        Parameters parameters = serveEvent.getTransformerParameters();
        String engine = parameters.getString("engine", "lexicon/test");
        Metadata engines = parameters.getMetadata("engines", new Metadata());
        List<?> expected = parameters.containsKey("expected") ? parameters.getList("expected") : null;
        List<Map<String, Object>> translations = new ArrayList<>();
        try {
            for (JsonNode text : JSON.readTree(serveEvent.getRequest().getBodyAsString()).path("texts")) {
                String source = text.asText();
                if (expected != null && !expected.contains(source)) {
                    return ResponseDefinitionBuilder.like(serveEvent.getResponseDefinition()).withStatus(500)
                            .withBody("the test did not expect the gateway to send: " + source).build();
                }
                String madeBy = engines.getString(source, engine);
                translations.add(Map.of("source", "id", "target", "en", "translation", "EN:" + source, "engine", madeBy,
                        "segments", List.of(Map.of("source", source, "translation", "EN:" + source, "engine", madeBy,
                                "cached", false))));
            }
            return ResponseDefinitionBuilder.like(serveEvent.getResponseDefinition())
                    .withHeader("Content-Type", "application/json")
                    .withBody(JSON.writeValueAsString(Map.of("translations", translations)))
                    .build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }

    @Override
    public String getName() {
        return NAME;
    }
}
