package io.warta.translate.engine.opus;

import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OnnxJavaType;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ONNX export of a MarianMT model run with ONNX Runtime: the encoder ({@code encoder_model*.onnx}) and the
 * merged decoder ({@code decoder_model_merged*.onnx}), whose {@code use_cache_branch} input picks between the
 * first step (empty past, computes the cross-attention keys/values from the encoder output) and later steps
 * (reuses the past keys/values). Input and output names are read from the sessions, not assumed.
 */
public final class MarianOnnxModel implements AutoCloseable {

    private static final Pattern PAST = Pattern.compile("past_key_values\\.(\\d+)\\.(decoder|encoder)\\.(key|value)");

    private final OrtEnvironment environment;
    private final OrtSession encoder;
    private final OrtSession decoder;
    private final MarianConfig config;
    private final String encoderOutput;
    /** Marian exports take the source padding mask; fed only when the decoder declares it. */
    private final boolean decoderTakesMask;
    /** Per layer: decoder key, decoder value, encoder key, encoder value input names. */
    private final String[][] pastNames;
    private final int heads;
    private final int headDim;

    public MarianOnnxModel(Path encoderFile, Path decoderFile, MarianConfig config, int intraOpThreads)
            throws OrtException {
        this.environment = OrtEnvironment.getEnvironment();
        this.config = config;
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            if (intraOpThreads > 0) {
                options.setIntraOpNumThreads(intraOpThreads);
            }
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            this.encoder = environment.createSession(encoderFile.toString(), options);
            OrtSession openedDecoder = null;
            try {
                openedDecoder = environment.createSession(decoderFile.toString(), options);
            } finally {
                if (openedDecoder == null) {
                    encoder.close();
                }
            }
            this.decoder = openedDecoder;
        }
        try {
            requireInputs(encoder, "encoder", "input_ids", "attention_mask");
            this.encoderOutput = encoder.getOutputNames().contains("last_hidden_state")
                    ? "last_hidden_state" : encoder.getOutputNames().iterator().next();
            requireInputs(decoder, "decoder", "input_ids", "encoder_hidden_states", "use_cache_branch");
            this.decoderTakesMask = decoder.getInputNames().contains("encoder_attention_mask");
            if (!decoder.getOutputNames().contains("logits")) {
                throw new IllegalArgumentException("decoder has no 'logits' output; is it decoder_model_merged?");
            }
            this.pastNames = pastInputs(decoder, config.decoderLayers());
            int[] cacheShape = cacheShape(decoder.getInputInfo().get(pastNames[0][0]));
            this.heads = cacheShape[0] > 0 ? cacheShape[0] : config.decoderHeads();
            this.headDim = cacheShape[1] > 0 ? cacheShape[1] : config.headDim();
        } catch (OrtException | RuntimeException e) {
            close();
            throw e;
        }
    }

    public MarianConfig config() {
        return config;
    }

    public int layers() {
        return pastNames.length;
    }

    /** Runs the encoder on right-padded source ids; the result feeds {@link #decode}. */
    public Encoded encode(List<long[]> sources) throws OrtException {
        int batch = sources.size();
        int length = sources.stream().mapToInt(s -> s.length).max().orElse(0);
        long[] ids = new long[batch * length];
        long[] mask = new long[batch * length];
        for (int b = 0; b < batch; b++) {
            long[] source = sources.get(b);
            for (int i = 0; i < length; i++) {
                ids[b * length + i] = i < source.length ? source[i] : config.padTokenId();
                mask[b * length + i] = i < source.length ? 1 : 0;
            }
        }
        long[] shape = {batch, length};
        try (OnnxTensor idTensor = OnnxTensor.createTensor(environment, LongBuffer.wrap(ids), shape);
             OnnxTensor maskTensor = OnnxTensor.createTensor(environment, LongBuffer.wrap(mask), shape);
             OrtSession.Result result = encoder.run(Map.of("input_ids", idTensor, "attention_mask", maskTensor),
                     Set.of(encoderOutput))) {
            OnnxTensor hidden = (OnnxTensor) result.get(0);
            long[] hiddenShape = hidden.getInfo().getShape();
            return new Encoded(batch, length, (int) hiddenShape[2], floats(hidden), mask);
        }
    }

    /**
     * Encoder output, on the Java heap so it can be repeated per beam.
     *
     * @param hidden {@code batch × length × dModel}
     * @param mask   {@code batch × length}, 1 for real tokens
     */
    public record Encoded(int batch, int length, int dModel, float[] hidden, long[] mask) {
    }

    /**
     * Starts a decoding run of {@code beams} rows per sentence.
     *
     * @param useCache false recomputes every step from the whole prefix (for tests: must give the same logits)
     */
    DecoderSteps decode(Encoded encoded, int beams, boolean useCache) throws OrtException {
        return new Decoding(encoded, beams, useCache);
    }

    private final class Decoding implements DecoderSteps {

        private final int rows;
        private final boolean useCache;
        private final OnnxTensor encoderHidden;
        private final OnnxTensor encoderMask;
        private final OnnxTensor emptyPast;
        private final OnnxTensor useCacheTrue;
        private final OnnxTensor useCacheFalse;
        /** Decoder self-attention cache per layer: key and value, {@code rows × heads × steps × headDim}. */
        private float[][] decoderCache;
        private int cachedSteps;
        /** The first step's result, kept open: it holds the cross-attention keys/values every later step feeds. */
        private OrtSession.Result firstStep;
        /** Recompute mode: every row's whole prefix. */
        private long[][] prefixes;

        Decoding(Encoded encoded, int beams, boolean useCache) throws OrtException {
            this.rows = encoded.batch() * beams;
            this.useCache = useCache;
            int length = encoded.length();
            int width = length * encoded.dModel();
            float[] hidden = new float[rows * width];
            long[] mask = new long[rows * length];
            for (int row = 0; row < rows; row++) {
                int sentence = row / beams;
                System.arraycopy(encoded.hidden(), sentence * width, hidden, row * width, width);
                System.arraycopy(encoded.mask(), sentence * length, mask, row * length, length);
            }
            List<OnnxTensor> opened = new ArrayList<>();
            try {
                encoderHidden = track(opened, OnnxTensor.createTensor(environment, FloatBuffer.wrap(hidden),
                        new long[] {rows, length, encoded.dModel()}));
                encoderMask = track(opened, OnnxTensor.createTensor(environment, LongBuffer.wrap(mask),
                        new long[] {rows, length}));
                emptyPast = track(opened, OnnxTensor.createTensor(environment, FloatBuffer.allocate(0),
                        new long[] {rows, heads, 0, headDim}));
                useCacheTrue = track(opened, OnnxTensor.createTensor(environment, new boolean[] {true}));
                useCacheFalse = track(opened, OnnxTensor.createTensor(environment, new boolean[] {false}));
            } catch (OrtException | RuntimeException e) {
                opened.forEach(OnnxTensor::close);
                throw e;
            }
            this.prefixes = new long[rows][0];
        }

        @Override
        public int vocabularySize() {
            return config.vocabSize();
        }

        @Override
        public float[] step(long[] tokens, int[] parents) {
            try {
                return useCache ? cachedStep(tokens, parents) : recomputedStep(tokens, parents);
            } catch (OrtException e) {
                throw new IllegalStateException("ONNX Runtime failed in the decoder: " + e.getMessage(), e);
            }
        }

        private float[] cachedStep(long[] tokens, int[] parents) throws OrtException {
            boolean first = firstStep == null;
            Map<String, OnnxTensor> inputs = new HashMap<>();
            List<OnnxTensor> created = new ArrayList<>();
            try (OnnxTensor ids = OnnxTensor.createTensor(environment, LongBuffer.wrap(tokens.clone()),
                    new long[] {rows, 1})) {
                inputs.put("input_ids", ids);
                inputs.put("encoder_hidden_states", encoderHidden);
                if (decoderTakesMask) {
                    inputs.put("encoder_attention_mask", encoderMask);
                }
                inputs.put("use_cache_branch", first ? useCacheFalse : useCacheTrue);
                for (int layer = 0; layer < pastNames.length; layer++) {
                    String[] names = pastNames[layer];
                    if (first) {
                        for (String name : names) {
                            inputs.put(name, emptyPast);
                        }
                        continue;
                    }
                    for (int kind = 0; kind < 2; kind++) {
                        float[] reordered = reorder(decoderCache[layer * 2 + kind], parents, cachedSteps);
                        inputs.put(names[kind], track(created, OnnxTensor.createTensor(environment,
                                FloatBuffer.wrap(reordered), new long[] {rows, heads, cachedSteps, headDim})));
                    }
                    // The cross-attention keys/values never change: the later steps' "present.*.encoder" outputs
                    // are placeholders, so the first step's stay in use (as optimum and transformers.js do).
                    inputs.put(names[2], (OnnxTensor) firstStep.get(present(names[2])).orElseThrow());
                    inputs.put(names[3], (OnnxTensor) firstStep.get(present(names[3])).orElseThrow());
                }
                OrtSession.Result result = decoder.run(inputs);
                boolean keep = false;
                try {
                    float[][] cache = new float[pastNames.length * 2][];
                    for (int layer = 0; layer < pastNames.length; layer++) {
                        cache[layer * 2] = floats((OnnxTensor) result.get(present(pastNames[layer][0])).orElseThrow());
                        cache[layer * 2 + 1] = floats((OnnxTensor) result.get(present(pastNames[layer][1])).orElseThrow());
                    }
                    decoderCache = cache;
                    cachedSteps++;
                    float[] logits = lastPositionLogits((OnnxTensor) result.get("logits").orElseThrow());
                    if (first) {
                        firstStep = result;
                        keep = true;
                    }
                    return logits;
                } finally {
                    if (!keep) {
                        result.close();
                    }
                }
            } finally {
                created.forEach(OnnxTensor::close);
            }
        }

        private float[] recomputedStep(long[] tokens, int[] parents) throws OrtException {
            long[][] next = new long[rows][];
            for (int row = 0; row < rows; row++) {
                long[] parent = prefixes[parents[row]];
                next[row] = java.util.Arrays.copyOf(parent, parent.length + 1);
                next[row][parent.length] = tokens[row];
            }
            prefixes = next;
            int length = prefixes[0].length;
            long[] ids = new long[rows * length];
            for (int row = 0; row < rows; row++) {
                System.arraycopy(prefixes[row], 0, ids, row * length, length);
            }
            Map<String, OnnxTensor> inputs = new HashMap<>();
            try (OnnxTensor idTensor = OnnxTensor.createTensor(environment, LongBuffer.wrap(ids),
                    new long[] {rows, length})) {
                inputs.put("input_ids", idTensor);
                inputs.put("encoder_hidden_states", encoderHidden);
                if (decoderTakesMask) {
                    inputs.put("encoder_attention_mask", encoderMask);
                }
                inputs.put("use_cache_branch", useCacheFalse);
                for (String[] names : pastNames) {
                    for (String name : names) {
                        inputs.put(name, emptyPast);
                    }
                }
                try (OrtSession.Result result = decoder.run(inputs, Set.of("logits"))) {
                    return lastPositionLogits((OnnxTensor) result.get(0));
                }
            }
        }

        /** Rows of a {@code rows × heads × steps × headDim} cache, each taken from its parent row. */
        private float[] reorder(float[] cache, int[] parents, int steps) {
            int rowSize = heads * steps * headDim;
            float[] out = new float[cache.length];
            for (int row = 0; row < rows; row++) {
                System.arraycopy(cache, parents[row] * rowSize, out, row * rowSize, rowSize);
            }
            return out;
        }

        private float[] lastPositionLogits(OnnxTensor logits) throws OrtException {
            long[] shape = logits.getInfo().getShape();
            int positions = (int) shape[1];
            int vocabulary = (int) shape[2];
            if (vocabulary != config.vocabSize()) {
                throw new IllegalStateException("decoder logits have " + vocabulary + " entries, config.json says "
                        + config.vocabSize());
            }
            float[] all = floats(logits);
            float[] out = new float[rows * vocabulary];
            for (int row = 0; row < rows; row++) {
                System.arraycopy(all, (row * positions + positions - 1) * vocabulary, out, row * vocabulary, vocabulary);
            }
            return out;
        }

        @Override
        public void close() {
            if (firstStep != null) {
                firstStep.close();
            }
            encoderHidden.close();
            encoderMask.close();
            emptyPast.close();
            useCacheTrue.close();
            useCacheFalse.close();
        }
    }

    private static OnnxTensor track(List<OnnxTensor> opened, OnnxTensor tensor) {
        opened.add(tensor);
        return tensor;
    }

    private static String present(String pastName) {
        return "present" + pastName.substring("past_key_values".length());
    }

    private static float[] floats(OnnxTensor tensor) {
        FloatBuffer buffer = tensor.getFloatBuffer();
        float[] out = new float[buffer.remaining()];
        buffer.get(out);
        return out;
    }

    private static void requireInputs(OrtSession session, String what, String... names) throws OrtException {
        for (String name : names) {
            if (!session.getInputNames().contains(name)) {
                throw new IllegalArgumentException(what + " has no input '" + name + "' (inputs: "
                        + session.getInputNames() + ")");
            }
        }
    }

    /** past_key_values.{layer}.{decoder|encoder}.{key|value}, grouped by layer, each with its present output. */
    private static String[][] pastInputs(OrtSession decoder, int configuredLayers) throws OrtException {
        Map<Integer, String[]> byLayer = new HashMap<>();
        for (Map.Entry<String, NodeInfo> input : decoder.getInputInfo().entrySet()) {
            Matcher m = PAST.matcher(input.getKey());
            if (!m.matches()) {
                continue;
            }
            if (!(input.getValue().getInfo() instanceof TensorInfo info) || info.type != OnnxJavaType.FLOAT) {
                throw new IllegalArgumentException(input.getKey() + " is not a float32 tensor (float16 exports are"
                        + " not supported)");
            }
            int slot = (m.group(2).equals("decoder") ? 0 : 2) + (m.group(3).equals("key") ? 0 : 1);
            byLayer.computeIfAbsent(Integer.parseInt(m.group(1)), k -> new String[4])[slot] = input.getKey();
        }
        if (byLayer.size() != configuredLayers) {
            throw new IllegalArgumentException("decoder has past key/values for " + byLayer.size()
                    + " layers, config.json says " + configuredLayers);
        }
        String[][] out = new String[configuredLayers][];
        for (int layer = 0; layer < configuredLayers; layer++) {
            String[] names = byLayer.get(layer);
            if (names == null || java.util.Arrays.asList(names).contains(null)) {
                throw new IllegalArgumentException("decoder lacks some past key/values of layer " + layer);
            }
            for (String name : names) {
                if (!decoder.getOutputNames().contains(present(name))) {
                    throw new IllegalArgumentException("decoder has no output " + present(name));
                }
            }
            out[layer] = names;
        }
        return out;
    }

    /** Heads and head size where the export fixes them (-1 where symbolic). */
    private static int[] cacheShape(NodeInfo info) {
        long[] shape = ((TensorInfo) info.getInfo()).getShape();
        if (shape.length != 4) {
            throw new IllegalArgumentException("past key/value inputs must have 4 dimensions, not " + shape.length);
        }
        return new int[] {(int) shape[1], (int) shape[3]};
    }

    @Override
    public void close() {
        try {
            if (encoder != null) {
                encoder.close();
            }
            if (decoder != null) {
                decoder.close();
            }
        } catch (OrtException e) {
            throw new IllegalStateException("closing the ONNX sessions failed", e);
        }
    }
}
