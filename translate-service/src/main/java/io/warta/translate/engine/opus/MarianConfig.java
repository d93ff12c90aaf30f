package io.warta.translate.engine.opus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What decoding needs from {@code config.json} and {@code generation_config.json} (the latter wins, as in
 * transformers): special tokens, length limits, beam defaults, banned tokens, and the decoder's shape for
 * the empty key/value cache of the first step.
 *
 * @param decoderStartTokenId first decoder input (Marian uses the pad token)
 * @param maxLength           the longest output, counting the decoder start token
 * @param badWordsIds         token sequences never generated (Marian: {@code [[pad]]})
 * @param forcedEosTokenId    forced as the last token when the output reaches max length; -1 if none
 * @param renormalizeLogits   log-softmax again after banning tokens
 */
public record MarianConfig(int decoderStartTokenId, int eosTokenId, int padTokenId, int maxLength, int numBeams,
                           double lengthPenalty, List<int[]> badWordsIds, int forcedEosTokenId,
                           boolean renormalizeLogits, int decoderLayers, int decoderHeads, int dModel, int vocabSize) {

    public static MarianConfig read(Path config, Path generationConfig, ObjectMapper json) throws IOException {
        JsonNode model = json.readTree(config.toFile());
        JsonNode generation = Files.exists(generationConfig) ? json.readTree(generationConfig.toFile())
                : json.createObjectNode();
        int pad = intSetting(generation, model, "pad_token_id", null);
        List<int[]> badWords = new ArrayList<>();
        JsonNode bad = setting(generation, model, "bad_words_ids");
        if (bad != null && bad.isArray()) {
            for (JsonNode sequence : bad) {
                int[] ids = new int[sequence.size()];
                for (int i = 0; i < ids.length; i++) {
                    ids[i] = sequence.get(i).intValue();
                }
                badWords.add(ids);
            }
        }
        JsonNode lengthPenalty = setting(generation, model, "length_penalty");
        JsonNode renormalize = setting(generation, model, "renormalize_logits");
        int dModel = intSetting(null, model, "d_model", null);
        int heads = intSetting(null, model, "decoder_attention_heads", null);
        if (heads <= 0 || dModel % heads != 0) {
            throw new IllegalArgumentException("config.json: d_model " + dModel + " is not a multiple of "
                    + "decoder_attention_heads " + heads);
        }
        return new MarianConfig(
                intSetting(generation, model, "decoder_start_token_id", pad),
                intSetting(generation, model, "eos_token_id", null),
                pad,
                intSetting(generation, model, "max_length", 512),
                intSetting(generation, model, "num_beams", 1),
                lengthPenalty == null ? 1.0 : lengthPenalty.doubleValue(),
                List.copyOf(badWords),
                intSetting(generation, model, "forced_eos_token_id", -1),
                renormalize != null && renormalize.asBoolean(),
                intSetting(null, model, "decoder_layers", null),
                heads,
                dModel,
                intSetting(null, model, "vocab_size", null));
    }

    public int headDim() {
        return dModel / decoderHeads;
    }

    private static JsonNode setting(JsonNode generation, JsonNode model, String name) {
        if (generation != null && generation.hasNonNull(name)) {
            return generation.get(name);
        }
        return model.hasNonNull(name) ? model.get(name) : null;
    }

    private static int intSetting(JsonNode generation, JsonNode model, String name, Integer fallback) {
        JsonNode value = setting(generation, model, name);
        if (value == null) {
            if (fallback == null) {
                throw new IllegalArgumentException("config.json has no " + name);
            }
            return fallback;
        }
        if (value.isArray()) {
            // eos_token_id may be a list in newer exports; Marian has one.
            value = value.get(0);
        }
        if (!value.canConvertToInt()) {
            throw new IllegalArgumentException(name + " is not an integer: " + value);
        }
        return value.intValue();
    }
}
