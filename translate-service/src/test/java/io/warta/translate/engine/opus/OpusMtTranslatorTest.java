package io.warta.translate.engine.opus;

import static io.warta.translate.engine.opus.MarianFixture.DOT;
import static io.warta.translate.engine.opus.MarianFixture.EOS;
import static io.warta.translate.engine.opus.MarianFixture.I;
import static io.warta.translate.engine.opus.MarianFixture.PAD;
import static io.warta.translate.engine.opus.MarianFixture.RICE;
import static io.warta.translate.engine.opus.MarianFixture.THE;
import static io.warta.translate.engine.opus.MarianFixture.V;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The translator end to end on the fixture model: real ONNX Runtime sessions over the generated encoder and
 * merged decoder, the real tokenizer, vocabulary, beam search and KV cache handling.
 */
class OpusMtTranslatorTest {

    private static final List<String> SENTENCES = List.of("saya makan nasi.", "makan", "nasi saya",
            "makan makan makan nasi", "saya", "masak makanan saya.");

    @TempDir
    Path temp;

    private int directories;

    private OpusMtTranslator load(MarianFixture fixture, int beams, int maxBatchSize, int maxLength, boolean useCache)
            throws Exception {
        Path directory = fixture.write(temp.resolve("model-" + (++directories)), true);
        return OpusMtTranslator.load(OpusMtModelFiles.locate(directory, true),
                new OpusMtTranslator.Settings(beams, maxBatchSize, maxLength, useCache), 1);
    }

    private static long[] source(OpusMtTranslator translator, String sentence) {
        return translator.vocabulary().sourceIds(translator.sourceTokenizer().encode(sentence));
    }

    private static List<long[]> sources(OpusMtTranslator translator, List<String> sentences) {
        return sentences.stream().map(s -> source(translator, s)).toList();
    }

    @Test
    void keyValueCacheGivesTheSameLogitsAsRecomputingTheWholePrefix() throws Exception {
        try (OpusMtTranslator translator = load(MarianFixture.learned(4), 2, 8, 0, true)) {
            MarianOnnxModel.Encoded encoded = translator.model().encode(sources(translator, List.of("saya makan nasi.")));
            // Two rows; the third step swaps them, so the cache must be reordered like beam search does.
            long[][] tokens = {{PAD, PAD}, {I, THE}, {RICE, DOT}, {EOS, I}};
            int[][] parents = {{0, 1}, {0, 1}, {1, 0}, {0, 0}};
            try (DecoderSteps cached = translator.model().decode(encoded, 2, true);
                 DecoderSteps recomputed = translator.model().decode(encoded, 2, false)) {
                for (int step = 0; step < tokens.length; step++) {
                    float[] withCache = cached.step(tokens[step], parents[step]);
                    float[] without = recomputed.step(tokens[step], parents[step]);
                    assertThat(withCache).hasSize(2 * V);
                    for (int i = 0; i < withCache.length; i++) {
                        assertThat(withCache[i]).as("step %d logit %d", step, i).isCloseTo(without[i], within(1e-3f));
                    }
                    if (step > 0) {
                        assertThat(withCache).as("the two rows differ").isNotEqualTo(
                                Arrays.copyOfRange(withCache, V, 2 * V));
                    }
                }
            }
        }
    }

    @Test
    void keyValueCacheGivesTheSameTranslationsAsRecomputing() throws Exception {
        for (long seed = 1; seed <= 4; seed++) {
            List<int[]> cached;
            List<int[]> recomputed;
            try (OpusMtTranslator translator = load(MarianFixture.learned(seed), 4, 8, 0, true)) {
                cached = Arrays.asList(translator.generate(sources(translator, SENTENCES)));
            }
            try (OpusMtTranslator translator = load(MarianFixture.learned(seed), 4, 8, 0, false)) {
                recomputed = Arrays.asList(translator.generate(sources(translator, SENTENCES)));
            }
            assertThat(cached).as("seed %d", seed).containsExactlyElementsOf(recomputed);
        }
    }

    @Test
    void batchingGivesTheSameTranslationsAsOneByOne() throws Exception {
        for (long seed = 1; seed <= 3; seed++) {
            try (OpusMtTranslator batched = load(MarianFixture.learned(seed), 4, 8, 0, true);
                 OpusMtTranslator single = load(MarianFixture.learned(seed), 4, 1, 0, true)) {
                List<String> together = batched.translateAll(SENTENCES);
                List<String> oneByOne = SENTENCES.stream().map(single::translate).toList();
                assertThat(together).as("seed %d", seed).containsExactlyElementsOf(oneByOne);
            }
        }
    }

    @Test
    void concurrentCallersGetTheSameTranslationsAsOneCaller() throws Exception {
        try (OpusMtTranslator translator = load(MarianFixture.learned(2), 4, 3, 0, true)) {
            List<String> expected = translator.translateAll(SENTENCES);
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
            try {
                List<java.util.concurrent.Future<List<String>>> results = new ArrayList<>();
                for (int i = 0; i < 8; i++) {
                    results.add(pool.submit(() -> translator.translateAll(SENTENCES)));
                }
                for (java.util.concurrent.Future<List<String>> result : results) {
                    assertThat(result.get()).containsExactlyElementsOf(expected);
                }
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @Test
    void translationsDependOnTheSourceAndEmptyInputGivesEmptyOutput() throws Exception {
        try (OpusMtTranslator translator = load(MarianFixture.learned(4), 4, 8, 0, true)) {
            List<String> out = translator.translateAll(SENTENCES);
            assertThat(new HashSet<>(out)).as(out.toString()).hasSizeGreaterThanOrEqualTo(3);
            assertThat(out).allSatisfy(text -> assertThat(text).isNotBlank().doesNotContain("<pad>", "</s>", "▁"));
            assertThat(translator.translateAll(List.of("", "saya", " "))).containsExactly("", out.get(4), "");
        }
    }

    /**
     * Bigram logits built so the first token alone points to "I" (greedy's choice), while "the rice" and EOS are
     * far more likely as a whole.
     */
    private static MarianFixture gardenPath(int beams) {
        float[][] bigram = MarianFixture.zeroBigram();
        for (float[] row : bigram) {
            row[EOS] = 3;
        }
        bigram[PAD][EOS] = 0;
        bigram[PAD][I] = 2.5f;
        bigram[PAD][THE] = 2.0f;
        bigram[I][EOS] = 1;
        for (int token : new int[] {MarianFixture.EAT, RICE, DOT, MarianFixture.GOOD}) {
            bigram[I][token] = 1;
        }
        bigram[THE][RICE] = 5;
        bigram[RICE][EOS] = 6;
        return new MarianFixture(3, 0.05f, bigram, 5, beams, 1.0, false, false);
    }

    @Test
    void beamSearchFindsTheMostLikelySequenceWhereGreedyDoesNot() throws Exception {
        int[] beam;
        int[] greedy;
        int[] exhaustive;
        try (OpusMtTranslator translator = load(gardenPath(4), 4, 8, 0, true)) {
            List<long[]> source = List.of(source(translator, "saya makan nasi."));
            beam = translator.generate(source)[0];
            exhaustive = mostLikelyByExhaustiveSearch(translator, source);
        }
        try (OpusMtTranslator translator = load(gardenPath(1), 1, 8, 0, true)) {
            greedy = translator.generate(List.of(source(translator, "saya makan nasi.")))[0];
        }
        assertThat(exhaustive).containsExactly(THE, RICE);
        assertThat(beam).containsExactly(exhaustive);
        assertThat(greedy).startsWith(I).isNotEqualTo(exhaustive);
    }

    /**
     * Scores every output up to max length by running the decoder without cache on every prefix, with the
     * same length normalization as beam search (log probability / tokens including EOS).
     */
    private static int[] mostLikelyByExhaustiveSearch(OpusMtTranslator translator, List<long[]> source) throws Exception {
        MarianConfig config = translator.model().config();
        BeamSearch scorer = new BeamSearch(config, 1, config.maxLength());
        MarianOnnxModel.Encoded encoded = translator.model().encode(source);
        int maxNewTokens = config.maxLength() - 1;
        List<int[]> frontier = List.of(new int[0]);
        List<Double> sums = List.of(0.0);
        double bestScore = Double.NEGATIVE_INFINITY;
        int[] best = null;
        for (int depth = 0; depth < maxNewTokens && !frontier.isEmpty(); depth++) {
            int rows = frontier.size();
            float[] logits = null;
            try (DecoderSteps steps = translator.model().decode(encoded, rows, false)) {
                int[] identity = new int[rows];
                Arrays.setAll(identity, r -> r);
                for (int position = 0; position <= depth; position++) {
                    long[] tokens = new long[rows];
                    for (int row = 0; row < rows; row++) {
                        tokens[row] = position == 0 ? config.decoderStartTokenId() : frontier.get(row)[position - 1];
                    }
                    logits = steps.step(tokens, identity);
                }
            }
            List<int[]> next = new ArrayList<>();
            List<Double> nextSums = new ArrayList<>();
            for (int row = 0; row < rows; row++) {
                int[] prefix = frontier.get(row);
                float[] logProbs = scorer.logProbabilities(logits, row, V, prefix, depth == maxNewTokens - 1);
                for (int token = 0; token < V; token++) {
                    if (logProbs[token] == Float.NEGATIVE_INFINITY) {
                        continue;
                    }
                    double sum = sums.get(row) + logProbs[token];
                    boolean complete = token == EOS || depth == maxNewTokens - 1;
                    if (complete) {
                        double score = sum / Math.pow(prefix.length + 1, config.lengthPenalty());
                        if (score > bestScore) {
                            bestScore = score;
                            best = token == EOS ? prefix : append(prefix, token);
                        }
                    } else {
                        next.add(append(prefix, token));
                        nextSums.add(sum);
                    }
                }
            }
            frontier = next;
            sums = nextSums;
        }
        return best;
    }

    private static int[] append(int[] prefix, int token) {
        int[] out = Arrays.copyOf(prefix, prefix.length + 1);
        out[prefix.length] = token;
        return out;
    }

    @Test
    void endOfSentenceStopsDecodingLongBeforeMaxLength() throws Exception {
        float[][] bigram = MarianFixture.zeroBigram();
        bigram[PAD][THE] = 12;
        bigram[THE][RICE] = 12;
        bigram[RICE][EOS] = 12;
        try (OpusMtTranslator translator = load(new MarianFixture(2, 0.05f, bigram, 40, 4, 1.0, false, false),
                4, 8, 0, true)) {
            assertThat(List.of(translator.generate(sources(translator, SENTENCES)))).allSatisfy(ids ->
                    assertThat(ids).containsExactly(THE, RICE));
            assertThat(translator.translate("saya makan nasi.")).isEqualTo("the rice");
        }
    }

    @Test
    void maxLengthStopsDecodingWhenEosNeverComes() throws Exception {
        float[][] bigram = MarianFixture.zeroBigram();
        for (float[] row : bigram) {
            row[EOS] = -30;
        }
        // generation_config max_length 6 counts the decoder start token: 5 new tokens.
        try (OpusMtTranslator translator = load(new MarianFixture(5, 0.3f, bigram, 6, 4, 1.0, false, false),
                4, 8, 0, true)) {
            assertThat(List.of(translator.generate(sources(translator, SENTENCES)))).allSatisfy(ids ->
                    assertThat(ids).hasSize(5).doesNotContain(EOS, PAD));
        }
        // The configured limit (warta.engines.opus-mt.max-length) wins when lower.
        try (OpusMtTranslator translator = load(new MarianFixture(5, 0.3f, bigram, 6, 4, 1.0, false, false),
                4, 8, 3, true)) {
            assertThat(List.of(translator.generate(sources(translator, SENTENCES)))).allSatisfy(ids -> assertThat(ids).hasSize(2));
        }
        // forced_eos_token_id: the last position is EOS, so one token fewer is text.
        try (OpusMtTranslator translator = load(new MarianFixture(5, 0.3f, bigram, 6, 4, 1.0, true, false),
                4, 8, 0, true)) {
            assertThat(List.of(translator.generate(sources(translator, SENTENCES)))).allSatisfy(ids -> assertThat(ids).hasSize(4));
        }
    }

    @Test
    void padIsNeverGeneratedEvenWhenTheModelPrefersIt() throws Exception {
        float[][] bigram = MarianFixture.zeroBigram();
        for (float[] row : bigram) {
            row[PAD] = 20;
        }
        bigram[DOT][EOS] = 25;
        for (boolean renormalize : new boolean[] {false, true}) {
            try (OpusMtTranslator translator = load(new MarianFixture(6, 0.3f, bigram, 10, 4, 1.0, false, renormalize),
                    4, 8, 0, true)) {
                int[][] outputs = translator.generate(sources(translator, SENTENCES));
                assertThat(List.of(outputs)).allSatisfy(ids -> assertThat(ids).isNotEmpty().doesNotContain(PAD));
            }
        }
    }

    /**
     * A source longer than the model reads (511 tokens) was cut and its translation stored as the whole sentence's;
     * now the engine refuses it, so the chain hands the sentence to the next engine.
     */
    @Test
    void aSourceLongerThanTheModelReadsIsRefusedNotCut() throws Exception {
        try (OpusMtTranslator translator = load(MarianFixture.learned(4), 1, 8, 0, true)) {
            String longSentence = "saya makan nasi ".repeat(200).strip() + ".";
            assertThat(translator.sourceTokenizer().encode(longSentence)).hasSizeGreaterThan(511);
            assertThatThrownBy(() -> translator.translateAll(List.of("saya makan nasi.", longSentence)))
                    .isInstanceOf(io.warta.translate.engine.EngineRefusal.class).hasMessageContaining("511");
            assertThat(translator.translate("saya makan nasi.")).isNotBlank(); // a normal sentence still translates
        }
    }
}
