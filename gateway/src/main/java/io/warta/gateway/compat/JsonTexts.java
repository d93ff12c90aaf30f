package io.warta.gateway.compat;

import com.fasterxml.jackson.databind.JsonNode;
import io.warta.gateway.compat.CompatFailure.Kind;
import java.util.ArrayList;
import java.util.List;

/**
 * The texts of a JSON member that both APIs allow to be one string or an array of strings
 * (LibreTranslate's {@code q}, DeepL's {@code text}); {@code array} tells which, since the answer follows it.
 */
public record JsonTexts(List<String> texts, boolean array) {

    /** Absent or null is no texts; anything but a string or an array of strings is refused with {@code wrongShape}. */
    public static JsonTexts of(JsonNode node, String wrongShape) {
        if (node == null || node.isNull()) {
            return new JsonTexts(List.of(), false);
        }
        if (node.isTextual()) {
            return new JsonTexts(List.of(node.asText()), false);
        }
        if (!node.isArray()) {
            throw new CompatFailure(Kind.INVALID, wrongShape);
        }
        List<String> texts = new ArrayList<>(node.size());
        for (JsonNode text : node) {
            if (!text.isTextual()) {
                throw new CompatFailure(Kind.INVALID, wrongShape);
            }
            texts.add(text.asText());
        }
        return new JsonTexts(texts, true);
    }
}
