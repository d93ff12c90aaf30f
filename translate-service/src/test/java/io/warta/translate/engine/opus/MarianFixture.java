package io.warta.translate.engine.opus;

import static io.warta.translate.engine.opus.OnnxGraphBuilder.BOOL;
import static io.warta.translate.engine.opus.OnnxGraphBuilder.FLOAT;
import static io.warta.translate.engine.opus.OnnxGraphBuilder.INT64;

import io.warta.translate.engine.opus.OnnxGraphBuilder.Attribute;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A tiny MarianMT model directory laid out like {@code Xenova/opus-mt-id-en}, written by test code: an encoder
 * and a merged decoder ONNX graph with the export's input/output names, element types, shapes and cache layout
 * (an {@code If} on {@code use_cache_branch}; cross-attention keys/values computed on the first step and
 * placeholders afterwards), a unigram SentencePiece model, vocab.json, config.json and generation_config.json.
 *
 * <p>The decoder is a real (if tiny) transformer decoder: token and position embeddings, causal self-attention
 * over the key/value cache, cross-attention over the encoder output with its padding mask, residuals, and an
 * output projection. The next-token logits are {@code learnedScale × projection + bigram[previous token]}: the
 * learned part makes outputs depend on the source and on every earlier token through the cache; the bigram
 * table lets a test fix the most likely sequences by hand.
 *
 * @param seed         weights
 * @param learnedScale weight of the attention network in the logits
 * @param bigram       {@code V × V} logit bonus by previous token (row) and next token (column); null: none
 * @param maxLength    generation max_length (counting the decoder start token)
 * @param forcedEos    generation_config sets forced_eos_token_id
 */
record MarianFixture(long seed, float learnedScale, float[][] bigram, int maxLength, int numBeams,
                     double lengthPenalty, boolean forcedEos, boolean renormalize) {

    static final List<String> VOCABULARY = List.of("</s>", "<unk>", "▁saya", "▁makan", "▁nasi", "▁ma", "kan", "▁",
            "s", "a", "▁I", "▁eat", "▁rice", "▁the", ".", "▁good", "<pad>");
    static final int EOS = 0;
    static final int UNK = 1;
    static final int I = 10;
    static final int EAT = 11;
    static final int RICE = 12;
    static final int THE = 13;
    static final int DOT = 14;
    static final int GOOD = 15;
    static final int PAD = 16;
    static final int V = VOCABULARY.size();
    static final int D = 4;
    static final int HEADS = 2;
    static final int HEAD_DIM = D / HEADS;
    static final int LAYERS = 2;
    static final int MAX_POSITIONS = 64;

    /** Source SentencePiece pieces: text, score, type (1 normal, 2 unknown, 3 control). */
    static final Object[][] SOURCE_PIECES = {
            {"<unk>", 0f, 2}, {"<s>", 0f, 3}, {"</s>", 0f, 3},
            {"▁saya", -2.0f, 1}, {"▁makan", -3.0f, 1}, {"▁nasi", -3.0f, 1}, {"▁ma", -2.5f, 1}, {"kan", -2.5f, 1},
            {"▁", -1.5f, 1}, {"s", -3.5f, 1}, {"a", -3.0f, 1}, {"n", -3.5f, 1}, {"i", -3.5f, 1}, {"k", -4.0f, 1},
            {"m", -4.0f, 1}, {"y", -4.0f, 1}, {".", -2.0f, 1}, {"sak", -2.0f, 1}, {"▁mas", -6.0f, 1}, {"ak", -2.0f, 1},
    };
    static final Object[][] TARGET_PIECES = {
            {"<unk>", 0f, 2}, {"<s>", 0f, 3}, {"</s>", 0f, 3},
            {"▁I", -2.0f, 1}, {"▁eat", -3.0f, 1}, {"▁rice", -3.0f, 1}, {"▁the", -2.0f, 1}, {".", -2.0f, 1},
            {"▁good", -3.0f, 1}, {"▁", -1.5f, 1},
    };

    /**
     * A fixture whose output is decided by the attention network (seeded random weights), except that a full
     * stop makes EOS likely, so some outputs end before max length.
     */
    static MarianFixture learned(long seed) {
        float[][] bigram = zeroBigram();
        bigram[DOT][EOS] = 4;
        return new MarianFixture(seed, 0.3f, bigram, 12, 4, 1.0, false, false);
    }

    static float[][] zeroBigram() {
        return new float[V][V];
    }

    Path write(Path directory, boolean quantizedFileNames) {
        try {
            Path onnx = Files.createDirectories(directory.resolve("onnx"));
            String suffix = quantizedFileNames ? "_quantized" : "";
            Random random = new Random(seed);
            Files.write(onnx.resolve("encoder_model" + suffix + ".onnx"), encoderModel(random));
            Files.write(onnx.resolve("decoder_model_merged" + suffix + ".onnx"), decoderModel(random));
            Files.write(directory.resolve("source.spm"), sentencePiece(SOURCE_PIECES, false));
            Files.write(directory.resolve("target.spm"), sentencePiece(TARGET_PIECES, false));
            StringBuilder vocab = new StringBuilder("{");
            for (int id = 0; id < V; id++) {
                vocab.append(id == 0 ? "" : ", ").append('"').append(VOCABULARY.get(id)).append("\": ").append(id);
            }
            Files.writeString(directory.resolve("vocab.json"), vocab.append('}').toString());
            Files.writeString(directory.resolve("config.json"), """
                    {"model_type": "marian", "architectures": ["MarianMTModel"], "d_model": %d,
                     "decoder_attention_heads": %d, "decoder_layers": %d, "encoder_layers": 1, "vocab_size": %d,
                     "decoder_start_token_id": %d, "eos_token_id": %d, "pad_token_id": %d, "max_length": 512,
                     "num_beams": 6, "bad_words_ids": [[%d]], "max_position_embeddings": %d}
                    """.formatted(D, HEADS, LAYERS, V, PAD, EOS, PAD, PAD, MAX_POSITIONS));
            Files.writeString(directory.resolve("generation_config.json"), """
                    {"bad_words_ids": [[%d]], "bos_token_id": 0, "decoder_start_token_id": %d, "eos_token_id": %d,
                     %s "max_length": %d, "num_beams": %d, "pad_token_id": %d, "length_penalty": %s,
                     "renormalize_logits": %s}
                    """.formatted(PAD, PAD, EOS, forcedEos ? "\"forced_eos_token_id\": " + EOS + "," : "", maxLength,
                    numBeams, PAD, lengthPenalty, renormalize));
            return directory;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A unigram SentencePiece ModelProto (field numbers from sentencepiece_model.proto). */
    static byte[] sentencePiece(Object[][] pieces, boolean byteFallback) {
        ProtoWriter model = new ProtoWriter();
        for (Object[] piece : pieces) {
            model.message(1, new ProtoWriter().string(1, (String) piece[0]).fixed32(2, (Float) piece[1])
                    .varint(3, (Integer) piece[2]));
        }
        ProtoWriter trainer = new ProtoWriter().varint(3, 1).varint(40, 0);
        if (byteFallback) {
            trainer.varint(35, 1);
        }
        model.message(2, trainer);
        model.message(3, new ProtoWriter().string(1, "nmt_nfkc").varint(3, 1).varint(4, 1).varint(5, 1));
        return model.toByteArray();
    }

    private static byte[] encoderModel(Random random) {
        OnnxGraphBuilder g = new OnnxGraphBuilder("encoder");
        g.input("input_ids", INT64, "batch_size", "encoder_sequence_length");
        g.input("attention_mask", INT64, "batch_size", "encoder_sequence_length");
        g.output("last_hidden_state", FLOAT, "batch_size", "encoder_sequence_length", D);
        String embedded = g.op("Gather", List.of(g.floats("embed", gaussian(random, V * D, 1), V, D), "input_ids"));
        String length = g.op("Gather", List.of(g.op("Shape", List.of("input_ids")), g.longs("one_index", new long[] {1})));
        String positions = g.op("Range", List.of(g.longs("zero", new long[] {0}), length, g.longs("step", new long[] {1})));
        String positional = g.op("Gather", List.of(g.floats("positions", gaussian(random, MAX_POSITIONS * D, 0.5f),
                MAX_POSITIONS, D), positions));
        String mixed = g.op("Tanh", List.of(g.op("MatMul", List.of(g.op("Add", List.of(embedded, positional)),
                g.floats("mix", gaussian(random, D * D, 1), D, D)))));
        String mask = g.op("Unsqueeze", List.of(g.op("Cast", List.of("attention_mask"), Attribute.of("to", FLOAT)),
                g.longs("last_axis", new long[] {2}, 1)));
        g.node("Mul", List.of(mixed, mask), List.of("last_hidden_state"));
        return g.modelBytes(17);
    }

    private byte[] decoderModel(Random random) {
        OnnxGraphBuilder g = new OnnxGraphBuilder("decoder");
        g.input("encoder_attention_mask", INT64, "batch_size", "encoder_sequence_length");
        g.input("input_ids", INT64, "batch_size", "decoder_sequence_length");
        g.input("encoder_hidden_states", FLOAT, "batch_size", "encoder_sequence_length", D);
        for (int layer = 0; layer < LAYERS; layer++) {
            for (String part : List.of("decoder.key", "decoder.value")) {
                g.input("past_key_values." + layer + "." + part, FLOAT, "batch_size", HEADS,
                        "past_decoder_sequence_length", HEAD_DIM);
            }
            for (String part : List.of("encoder.key", "encoder.value")) {
                g.input("past_key_values." + layer + "." + part, FLOAT, "batch_size", HEADS,
                        "encoder_sequence_length_out", HEAD_DIM);
            }
        }
        g.input("use_cache_branch", BOOL, 1);
        g.output("logits", FLOAT, "batch_size", "decoder_sequence_length", V);
        for (int layer = 0; layer < LAYERS; layer++) {
            g.output("present." + layer + ".decoder.key", FLOAT, "batch_size", HEADS,
                    "past_decoder_sequence_length + 1", HEAD_DIM);
            g.output("present." + layer + ".decoder.value", FLOAT, "batch_size", HEADS,
                    "past_decoder_sequence_length + 1", HEAD_DIM);
            g.output("present." + layer + ".encoder.key", FLOAT, "batch_size", HEADS,
                    "encoder_sequence_length_out", HEAD_DIM);
            g.output("present." + layer + ".encoder.value", FLOAT, "batch_size", HEADS,
                    "encoder_sequence_length_out", HEAD_DIM);
        }
        String toHeads = g.longs("to_heads", new long[] {0, 0, HEADS, HEAD_DIM}, 4);
        String toModel = g.longs("to_model", new long[] {0, 0, D}, 3);
        String one = g.floats("one", new float[] {1});
        String big = g.floats("big", new float[] {10000});
        String attentionScale = g.floats("attention_scale", new float[] {(float) (1 / Math.sqrt(HEAD_DIM))});

        // Cross-attention keys/values: computed from the encoder output on the first step (use_cache_branch false),
        // taken from the past afterwards, when the present.*.encoder outputs are placeholders as in optimum's export.
        OnnxGraphBuilder computed = new OnnxGraphBuilder("no_cache_branch");
        OnnxGraphBuilder reused = new OnnxGraphBuilder("cache_branch");
        List<String> ifOutputs = new ArrayList<>();
        List<String> presents = new ArrayList<>();
        for (int layer = 0; layer < LAYERS; layer++) {
            for (String kind : List.of("key", "value")) {
                String weights = g.floats("cross_" + kind + "_" + layer, gaussian(random, D * D, 1), D, D);
                String heads = computed.op("Transpose", List.of(computed.op("Reshape", List.of(
                                computed.op("MatMul", List.of("encoder_hidden_states", weights)), toHeads))),
                        Attribute.ints("perm", 0, 2, 1, 3));
                String forAttention = "cross_" + kind + "s_" + layer;
                computed.node("Identity", List.of(heads), List.of(forAttention + "_computed"));
                computed.output(forAttention + "_computed", FLOAT);
                reused.node("Identity", List.of("past_key_values." + layer + ".encoder." + kind),
                        List.of(forAttention + "_reused"));
                reused.output(forAttention + "_reused", FLOAT);
                ifOutputs.add(forAttention);
                String present = "present." + layer + ".encoder." + kind;
                computed.node("Identity", List.of(heads), List.of(present + "_computed"));
                String placeholder = reused.floats(present + "_placeholder", new float[HEADS * HEAD_DIM], 1, HEADS, 1,
                        HEAD_DIM);
                reused.node("Identity", List.of(placeholder), List.of(present + "_reused"));
                presents.add(present);
            }
        }
        for (String present : presents) {
            computed.output(present + "_computed", FLOAT);
            reused.output(present + "_reused", FLOAT);
        }
        List<String> allIfOutputs = new ArrayList<>(ifOutputs);
        allIfOutputs.addAll(presents);
        g.node("If", List.of("use_cache_branch"), allIfOutputs, Attribute.graph("then_branch", reused),
                Attribute.graph("else_branch", computed));

        // Token + position embeddings; positions continue after the cached ones.
        String past = g.op("Gather", List.of(g.op("Shape", List.of("past_key_values.0.decoder.key")),
                g.longs("index_two", new long[] {2})));
        String newTokens = g.op("Gather", List.of(g.op("Shape", List.of("input_ids")), g.longs("index_one", new long[] {1})));
        String total = g.op("Add", List.of(past, newTokens));
        String positions = g.op("Range", List.of(past, total, g.longs("step_one", new long[] {1})));
        String x = g.op("Add", List.of(
                g.op("Gather", List.of(g.floats("embed", gaussian(random, V * D, 1), V, D), "input_ids")),
                g.op("Gather", List.of(g.floats("positions", gaussian(random, MAX_POSITIONS * D, 0.5f), MAX_POSITIONS, D),
                        positions))));

        // Causal mask over [new tokens × (past + new)]: token i sees the past and new tokens up to itself.
        String axis0 = g.longs("axis_zero", new long[] {0}, 1);
        String maskShape = g.op("Concat", List.of(g.op("Unsqueeze", List.of(newTokens, axis0)),
                g.op("Unsqueeze", List.of(total, axis0))), Attribute.of("axis", 0L));
        String causal = g.op("Trilu", List.of(g.op("ConstantOfShape", List.of(maskShape),
                Attribute.floatTensor("value", 1f)), past), Attribute.of("upper", 0L));
        String causalBias = g.op("Mul", List.of(g.op("Sub", List.of(causal, one)), big));
        String sourceBias = g.op("Unsqueeze", List.of(g.op("Mul", List.of(g.op("Sub", List.of(
                g.op("Cast", List.of("encoder_attention_mask"), Attribute.of("to", FLOAT)), one)), big)),
                g.longs("axes_one_two", new long[] {1, 2}, 2)));

        for (int layer = 0; layer < LAYERS; layer++) {
            String query = heads(g, x, g.floats("query_" + layer, gaussian(random, D * D, 1), D, D), toHeads);
            String key = heads(g, x, g.floats("key_" + layer, gaussian(random, D * D, 1), D, D), toHeads);
            String value = heads(g, x, g.floats("value_" + layer, gaussian(random, D * D, 1), D, D), toHeads);
            String presentKey = "present." + layer + ".decoder.key";
            String presentValue = "present." + layer + ".decoder.value";
            g.node("Concat", List.of("past_key_values." + layer + ".decoder.key", key), List.of(presentKey),
                    Attribute.of("axis", 2L));
            g.node("Concat", List.of("past_key_values." + layer + ".decoder.value", value), List.of(presentValue),
                    Attribute.of("axis", 2L));
            String self = attention(g, query, presentKey, presentValue, causalBias, attentionScale, toModel);
            String crossQuery = heads(g, x, g.floats("cross_query_" + layer, gaussian(random, D * D, 1), D, D), toHeads);
            String cross = attention(g, crossQuery, "cross_keys_" + layer, "cross_values_" + layer, sourceBias,
                    attentionScale, toModel);
            x = g.op("Add", List.of(g.op("Add", List.of(x, self)), cross));
        }
        String learned = g.op("Mul", List.of(g.op("MatMul", List.of(x, g.floats("output", gaussian(random, D * V, 1), D, V))),
                g.floats("learned_scale", new float[] {learnedScale})));
        float[] table = new float[V * V];
        if (bigram != null) {
            for (int row = 0; row < V; row++) {
                System.arraycopy(bigram[row], 0, table, row * V, V);
            }
        }
        g.node("Add", List.of(learned, g.op("Gather", List.of(g.floats("bigram", table, V, V), "input_ids"))),
                List.of("logits"));
        return g.modelBytes(17);
    }

    /** {@code [batch, tokens, D] × W} split into {@code [batch, heads, tokens, headDim]}. */
    private static String heads(OnnxGraphBuilder g, String x, String weights, String toHeads) {
        return g.op("Transpose", List.of(g.op("Reshape", List.of(g.op("MatMul", List.of(x, weights)), toHeads))),
                Attribute.ints("perm", 0, 2, 1, 3));
    }

    /** softmax(q kᵀ · scale + bias) v, heads merged back into {@code [batch, tokens, D]}. */
    private static String attention(OnnxGraphBuilder g, String query, String key, String value, String bias,
                                    String scale, String toModel) {
        String scores = g.op("Add", List.of(g.op("Mul", List.of(g.op("MatMul", List.of(query,
                g.op("Transpose", List.of(key), Attribute.ints("perm", 0, 1, 3, 2)))), scale)), bias));
        String weighted = g.op("MatMul", List.of(g.op("Softmax", List.of(scores), Attribute.of("axis", -1L)), value));
        return g.op("Reshape", List.of(g.op("Transpose", List.of(weighted), Attribute.ints("perm", 0, 2, 1, 3)), toModel));
    }

    private static float[] gaussian(Random random, int count, float scale) {
        float[] out = new float[count];
        for (int i = 0; i < count; i++) {
            out[i] = (float) random.nextGaussian() * scale;
        }
        return out;
    }
}
