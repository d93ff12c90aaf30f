package io.warta.translate.engine.opus;

import ai.onnxruntime.OrtException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.warta.translate.engine.EngineRefusal;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Indonesian → English with a loaded OPUS-MT model: SentencePiece pieces, Marian ids, a batched encoder run,
 * beam search over the merged decoder, and the pieces joined back into text. Thread-safe: every call has its own
 * decoding state, and batches run one at a time (in arrival order).
 */
public final class OpusMtTranslator implements AutoCloseable {

    /**
     * How to decode.
     *
     * @param beamSize      beams per sentence
     * @param maxBatchSize  sentences per encoder/decoder run
     * @param maxLength     output limit counting the decoder start token; 0: the model's max_length
     * @param useCache      false recomputes every step without the key/value cache (same output, slower)
     */
    public record Settings(int beamSize, int maxBatchSize, int maxLength, boolean useCache) {
        public Settings {
            if (beamSize < 1 || maxBatchSize < 1 || maxLength < 0 || maxLength == 1) {
                throw new IllegalArgumentException("opus-mt needs beam-size >= 1, max-batch-size >= 1 and max-length"
                        + " >= 2 when set (got " + beamSize + ", " + maxBatchSize + ", " + maxLength + ")");
            }
        }
    }

    /** Marian's position embeddings end here; a longer source is refused (news sentences never come close). */
    private static final int MAX_SOURCE_TOKENS = 512;

    private final SentencePieceTokenizer sourceTokenizer;
    private final MarianVocabulary vocabulary;
    private final MarianOnnxModel model;
    private final BeamSearch beamSearch;
    private final Settings settings;
    private final java.util.concurrent.locks.ReentrantLock running = new java.util.concurrent.locks.ReentrantLock(true);

    OpusMtTranslator(SentencePieceTokenizer sourceTokenizer, MarianVocabulary vocabulary, MarianOnnxModel model,
                     Settings settings) {
        this.sourceTokenizer = sourceTokenizer;
        this.vocabulary = vocabulary;
        this.model = model;
        this.settings = settings;
        MarianConfig config = model.config();
        int maxLength = settings.maxLength() > 0 ? Math.min(settings.maxLength(), config.maxLength()) : config.maxLength();
        this.beamSearch = new BeamSearch(config, settings.beamSize(), maxLength);
    }

    public static OpusMtTranslator load(OpusMtModelFiles files, Settings settings, int intraOpThreads)
            throws IOException, OrtException {
        ObjectMapper json = new ObjectMapper();
        MarianConfig config = MarianConfig.read(files.config(), files.generationConfig(), json);
        MarianVocabulary vocabulary = MarianVocabulary.read(files.vocabulary(), json);
        if (vocabulary.size() > config.vocabSize()) {
            throw new IllegalArgumentException("vocab.json has " + vocabulary.size() + " entries, config.json vocab_size "
                    + config.vocabSize());
        }
        SentencePieceTokenizer source = new SentencePieceTokenizer(SentencePieceModel.read(files.sourceSpm()));
        // target.spm is only checked: decoding joins pieces, which needs nothing from it.
        new SentencePieceTokenizer(SentencePieceModel.read(files.targetSpm()));
        MarianOnnxModel model = new MarianOnnxModel(files.encoder(), files.decoder(), config, intraOpThreads);
        try {
            return new OpusMtTranslator(source, vocabulary, model, settings);
        } catch (RuntimeException e) {
            model.close();
            throw e;
        }
    }

    public String translate(String sentence) {
        return translateAll(List.of(sentence)).get(0);
    }

    /** Results in input order; sentences of similar length share a batch so little of it is padding. */
    public List<String> translateAll(List<String> sentences) {
        String[] out = new String[sentences.size()];
        List<Integer> pending = new ArrayList<>();
        long[][] sources = new long[sentences.size()][];
        for (int i = 0; i < sentences.size(); i++) {
            List<String> pieces = sourceTokenizer.encode(sentences.get(i));
            if (pieces.isEmpty()) {
                out[i] = "";
                continue;
            }
            if (pieces.size() > MAX_SOURCE_TOKENS - 1) {
                // Cutting it would store the translation of a part as the translation of the whole sentence.
                throw new EngineRefusal("a source of " + pieces.size() + " tokens is longer than the "
                        + (MAX_SOURCE_TOKENS - 1) + " the model reads; the next engine translates it");
            }
            sources[i] = vocabulary.sourceIds(pieces);
            pending.add(i);
        }
        pending.sort(Comparator.comparingInt(i -> sources[i].length));
        for (int from = 0; from < pending.size(); from += settings.maxBatchSize()) {
            List<Integer> batch = pending.subList(from, Math.min(pending.size(), from + settings.maxBatchSize()));
            List<long[]> batchSources = batch.stream().map(i -> sources[i]).toList();
            int[][] outputs = generate(batchSources);
            for (int b = 0; b < batch.size(); b++) {
                out[batch.get(b)] = SentencePieceTokenizer.decode(vocabulary.targetPieces(outputs[b]));
            }
        }
        return Arrays.asList(out);
    }

    /** Target ids (without start token and EOS) for a batch of source id sequences. */
    int[][] generate(List<long[]> sources) {
        // One batch at a time: a run already uses every intra-op thread, and concurrent runs would only contend.
        running.lock();
        try {
            MarianOnnxModel.Encoded encoded = model.encode(sources);
            try (DecoderSteps steps = model.decode(encoded, settings.beamSize(), settings.useCache())) {
                return beamSearch.search(steps, sources.size());
            }
        } catch (OrtException e) {
            throw new IllegalStateException("ONNX Runtime failed: " + e.getMessage(), e);
        } finally {
            running.unlock();
        }
    }

    SentencePieceTokenizer sourceTokenizer() {
        return sourceTokenizer;
    }

    MarianVocabulary vocabulary() {
        return vocabulary;
    }

    MarianOnnxModel model() {
        return model;
    }

    @Override
    public void close() {
        model.close();
    }
}
