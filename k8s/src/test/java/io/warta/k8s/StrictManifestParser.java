package io.warta.k8s;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses rendered multi-document YAML into fabric8 model objects and fails on any field the model does not know.
 *
 * <p>fabric8's own deserialization is lenient: every model class has a {@code @JsonAnySetter} that keeps unknown
 * fields in {@code additionalProperties}, so a typo such as {@code readinesProbe} would pass silently. Here the
 * any-setters are switched off and Jackson's unknown-property check is on, so such a typo fails with its path.
 */
final class StrictManifestParser {

    /** Thrown when a document is not a known Kubernetes kind or has fields its schema does not define. */
    static final class InvalidManifestException extends RuntimeException {
        InvalidManifestException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private static final YAMLMapper YAML = new YAMLMapper(new YAMLFactory());
    /** Only used to find the model class registered for an apiVersion/kind pair. */
    private static final KubernetesSerialization REGISTRY = new KubernetesSerialization();
    private static final ObjectMapper STRICT = JsonMapper.builder()
            .annotationIntrospector(new NoAnySetterIntrospector())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private StrictManifestParser() {
    }

    static List<HasMetadata> parse(String multiDocumentYaml) {
        List<HasMetadata> resources = new ArrayList<>();
        try (var documents = YAML.readValues(YAML.createParser(multiDocumentYaml), JsonNode.class)) {
            int index = 0;
            while (documents.hasNextValue()) {
                JsonNode document = documents.nextValue();
                index++;
                if (document == null || document.isNull() || document.isMissingNode() || document.isEmpty()) {
                    continue;
                }
                resources.add(toModel(document, index));
            }
        } catch (IOException e) {
            throw new InvalidManifestException("not valid YAML: " + e.getMessage(), e);
        }
        return resources;
    }

    private static HasMetadata toModel(JsonNode document, int index) {
        String apiVersion = document.path("apiVersion").asText("");
        String kind = document.path("kind").asText("");
        String name = document.path("metadata").path("name").asText("<unnamed>");
        String where = "document " + index + " (" + kind + " " + name + ")";
        Class<? extends KubernetesResource> type = REGISTRY.getRegisteredKubernetesResource(apiVersion, kind);
        if (type == null || !HasMetadata.class.isAssignableFrom(type)) {
            throw new InvalidManifestException(where + ": unknown apiVersion/kind " + apiVersion + "/" + kind, null);
        }
        try {
            return (HasMetadata) STRICT.treeToValue(document, type);
        } catch (JsonProcessingException e) {
            throw new InvalidManifestException(where + ": " + e.getOriginalMessage() + " at " + path(e), e);
        }
    }

    private static String path(JsonProcessingException e) {
        if (e instanceof com.fasterxml.jackson.databind.JsonMappingException mapping) {
            StringBuilder path = new StringBuilder();
            for (var reference : mapping.getPath()) {
                if (reference.getFieldName() != null) {
                    path.append('.').append(reference.getFieldName());
                } else if (reference.getIndex() >= 0) {
                    path.append('[').append(reference.getIndex()).append(']');
                }
            }
            return path.isEmpty() ? "<root>" : path.substring(1);
        }
        return "<unknown>";
    }

    /** Treats {@code @JsonAnySetter} as absent, so unknown fields reach Jackson's FAIL_ON_UNKNOWN_PROPERTIES check. */
    private static final class NoAnySetterIntrospector extends JacksonAnnotationIntrospector {
        @Override
        public Boolean hasAnySetter(Annotated annotated) {
            return Boolean.FALSE;
        }
    }
}
