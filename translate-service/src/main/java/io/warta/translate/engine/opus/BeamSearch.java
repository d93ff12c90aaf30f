package io.warta.translate.engine.opus;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Beam search as transformers does it for MarianMT: every step keeps the {@code beams} best continuations per
 * sentence out of the top {@code 2 × beams} candidates; a candidate ending in EOS among the top {@code beams}
 * becomes a finished hypothesis scored by its summed log probability divided by {@code length ^ lengthPenalty};
 * a sentence is done when it has {@code beams} hypotheses and no live beam can beat the worst of them. Ties
 * break towards the lower beam and token, so the same input always gives the same output.
 */
final class BeamSearch {

    private static final float BANNED = Float.NEGATIVE_INFINITY;
    /** Start: only the first beam of each sentence is live, so the first step does not pick the same token K times. */
    private static final float DORMANT = -1e9f;

    private final MarianConfig config;
    private final int beams;
    private final int maxLength;

    /**
     * @param maxLength the longest output counting the decoder start token (transformers' max_length)
     */
    BeamSearch(MarianConfig config, int beams, int maxLength) {
        if (beams < 1) {
            throw new IllegalArgumentException("beam size must be at least 1");
        }
        if (maxLength < 2) {
            throw new IllegalArgumentException("max length must be at least 2");
        }
        this.config = config;
        this.beams = beams;
        this.maxLength = maxLength;
    }

    /** The best token sequence of each sentence, without the start token and without EOS. */
    int[][] search(DecoderSteps steps, int sentences) {
        int rows = sentences * beams;
        int vocabulary = steps.vocabularySize();
        float[] beamScores = new float[rows];
        for (int row = 0; row < rows; row++) {
            beamScores[row] = row % beams == 0 ? 0 : DORMANT;
        }
        int[][] generated = new int[rows][0];
        long[] tokens = new long[rows];
        Arrays.fill(tokens, config.decoderStartTokenId());
        int[] parents = new int[rows];
        Arrays.setAll(parents, row -> row);
        Hypotheses[] finished = new Hypotheses[sentences];
        Arrays.setAll(finished, s -> new Hypotheses(beams));
        boolean[] done = new boolean[sentences];
        int maxNewTokens = maxLength - 1;

        for (int step = 0; step < maxNewTokens; step++) {
            float[] logits = steps.step(tokens, parents);
            boolean lastStep = step == maxNewTokens - 1;
            float[] nextScores = new float[rows];
            int[][] nextGenerated = new int[rows][];
            long[] nextTokens = new long[rows];
            int[] nextParents = new int[rows];
            boolean allDone = true;
            for (int sentence = 0; sentence < sentences; sentence++) {
                int first = sentence * beams;
                if (done[sentence]) {
                    for (int beam = 0; beam < beams; beam++) {
                        nextParents[first + beam] = first + beam;
                        nextTokens[first + beam] = config.padTokenId();
                        nextGenerated[first + beam] = generated[first + beam];
                    }
                    continue;
                }
                // A row's top 2×beams tokens hold every one of its tokens that can make the sentence's top 2×beams.
                int perRow = Math.min(2 * beams, vocabulary);
                float[] candidateScores = new float[beams * perRow];
                int[] candidateIds = new int[beams * perRow];
                Arrays.fill(candidateScores, BANNED);
                for (int beam = 0; beam < beams; beam++) {
                    int row = first + beam;
                    RowTop best = rowTop(logits, row, vocabulary, generated[row], lastStep, perRow);
                    for (int i = 0; i < best.tokens().length; i++) {
                        candidateScores[beam * perRow + i] = beamScores[row] + best.logProbs()[i];
                        candidateIds[beam * perRow + i] = beam * vocabulary + best.tokens()[i];
                    }
                }
                // Rows are in beam order and each row's list is best first, so ties still go to the lower beam, token.
                int[] candidates = topIndices(candidateScores, 2 * beams);
                int filled = 0;
                for (int rank = 0; rank < candidates.length && filled < beams; rank++) {
                    int beam = candidateIds[candidates[rank]] / vocabulary;
                    int token = candidateIds[candidates[rank]] % vocabulary;
                    int row = first + beam;
                    float score = candidateScores[candidates[rank]];
                    if (token == config.eosTokenId()) {
                        if (rank < beams && score > DORMANT) {
                            finished[sentence].add(generated[row], normalized(score, generated[row].length + 1));
                        }
                        continue;
                    }
                    int slot = first + filled++;
                    nextParents[slot] = row;
                    nextTokens[slot] = token;
                    nextScores[slot] = score;
                    nextGenerated[slot] = Arrays.copyOf(generated[row], generated[row].length + 1);
                    nextGenerated[slot][generated[row].length] = token;
                }
                for (; filled < beams; filled++) {
                    // Fewer live continuations than beams (tiny vocabulary): pad with dead beams.
                    int slot = first + filled;
                    nextParents[slot] = first;
                    nextTokens[slot] = config.padTokenId();
                    nextScores[slot] = BANNED;
                    nextGenerated[slot] = generated[first];
                }
                // As transformers: the best candidate of this step (EOS or not) bounds what any live beam can reach.
                float bestCandidate = candidateScores[candidates[0]];
                done[sentence] = finished[sentence].isDone(
                        bestCandidate == BANNED ? BANNED : normalized(bestCandidate, step + 1));
                allDone &= done[sentence];
            }
            beamScores = nextScores;
            generated = nextGenerated;
            tokens = nextTokens;
            parents = nextParents;
            if (allDone) {
                break;
            }
        }

        int[][] best = new int[sentences][];
        for (int sentence = 0; sentence < sentences; sentence++) {
            if (!done[sentence]) {
                // Max length reached without enough EOS endings: the live beams compete as they are.
                for (int beam = 0; beam < beams; beam++) {
                    int row = sentence * beams + beam;
                    if (beamScores[row] > DORMANT) {
                        finished[sentence].add(generated[row], normalized(beamScores[row], generated[row].length));
                    }
                }
            }
            best[sentence] = finished[sentence].best();
        }
        return best;
    }

    /** A row's best tokens, best first, with their log probabilities. */
    record RowTop(int[] tokens, float[] logProbs) {
    }

    /**
     * The {@code count} most likely allowed tokens of one row, the same as the top of {@link #logProbabilities}
     * but in two passes over the logits without copying them (one exp per token): this runs for every beam of
     * every step over the whole vocabulary.
     */
    RowTop rowTop(float[] logits, int row, int vocabulary, int[] history, boolean lastStep, int count) {
        if (lastStep && config.forcedEosTokenId() >= 0) {
            return new RowTop(new int[] {config.forcedEosTokenId()}, new float[] {0});
        }
        int offset = row * vocabulary;
        int[] banned = bannedTokens(history, vocabulary);
        int[] top = new int[Math.min(count, vocabulary - banned.length)];
        int size = 0;
        float max = BANNED;
        int from = 0;
        for (int b = 0; b <= banned.length; b++) {
            int to = b < banned.length ? banned[b] : vocabulary;
            for (int token = from; token < to; token++) {
                float logit = logits[offset + token];
                max = Math.max(max, logit);
                if (top.length == 0 || (size == top.length && !(logit > logits[offset + top[size - 1]]))) {
                    continue;
                }
                int at = size < top.length ? size++ : top.length - 1;
                while (at > 0 && logit > logits[offset + top[at - 1]]) {
                    top[at] = top[at - 1];
                    at--;
                }
                top[at] = token;
            }
            from = to + 1;
        }
        double sum = 0;
        if (config.renormalizeLogits()) {
            from = 0;
            for (int b = 0; b <= banned.length; b++) {
                int to = b < banned.length ? banned[b] : vocabulary;
                for (int token = from; token < to; token++) {
                    sum += Math.exp(logits[offset + token] - max);
                }
                from = to + 1;
            }
        } else {
            // transformers without renormalize_logits: log-softmax over every token, then the bans.
            float all = max;
            for (int b : banned) {
                all = Math.max(all, logits[offset + b]);
            }
            for (int token = 0; token < vocabulary; token++) {
                sum += Math.exp(logits[offset + token] - all);
            }
            max = all;
        }
        float logSum = (float) (max + Math.log(sum));
        float[] logProbs = new float[size];
        for (int i = 0; i < size; i++) {
            logProbs[i] = logits[offset + top[i]] - logSum;
        }
        return new RowTop(Arrays.copyOf(top, size), logProbs);
    }

    /** Sorted, distinct: pad, and the last token of each bad-words sequence whose prefix the history ends with. */
    private int[] bannedTokens(int[] history, int vocabulary) {
        java.util.TreeSet<Integer> banned = new java.util.TreeSet<>();
        banned.add(config.padTokenId());
        for (int[] sequence : config.badWordsIds()) {
            if (bans(sequence, history) && sequence[sequence.length - 1] >= 0 && sequence[sequence.length - 1] < vocabulary) {
                banned.add(sequence[sequence.length - 1]);
            }
        }
        return banned.stream().mapToInt(Integer::intValue).toArray();
    }

    private static boolean bans(int[] sequence, int[] history) {
        if (sequence.length == 0 || sequence.length - 1 > history.length) {
            return false;
        }
        for (int i = 0; i < sequence.length - 1; i++) {
            if (history[history.length - sequence.length + 1 + i] != sequence[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * Log-softmax of one row's logits with the banned tokens removed (and EOS forced at the last position): the
     * plain reference for {@link #rowTop}, used by tests that score every output.
     */
    float[] logProbabilities(float[] logits, int row, int vocabulary, int[] history, boolean lastStep) {
        float[] scores = Arrays.copyOfRange(logits, row * vocabulary, (row + 1) * vocabulary);
        if (config.renormalizeLogits()) {
            ban(scores, history, lastStep);
            logSoftmax(scores);
        } else {
            logSoftmax(scores);
            ban(scores, history, lastStep);
        }
        return scores;
    }

    private void ban(float[] scores, int[] history, boolean lastStep) {
        for (int[] sequence : config.badWordsIds()) {
            int token = sequence.length == 0 ? -1 : sequence[sequence.length - 1];
            if (bans(sequence, history) && token >= 0 && token < scores.length) {
                scores[token] = BANNED;
            }
        }
        // Marian can never emit pad: it is the decoder start token, not an output.
        scores[config.padTokenId()] = BANNED;
        if (lastStep && config.forcedEosTokenId() >= 0) {
            // transformers' ForcedEOSTokenLogitsProcessor: EOS gets log probability 0, everything else -inf.
            Arrays.fill(scores, BANNED);
            scores[config.forcedEosTokenId()] = 0;
        }
    }

    static void logSoftmax(float[] scores) {
        float max = BANNED;
        for (float s : scores) {
            max = Math.max(max, s);
        }
        if (max == BANNED) {
            return;
        }
        double sum = 0;
        for (float s : scores) {
            sum += Math.exp(s - max);
        }
        float logSum = (float) (max + Math.log(sum));
        for (int i = 0; i < scores.length; i++) {
            scores[i] -= logSum;
        }
    }

    /** Indices of the {@code count} highest scores, best first; ties go to the lower index. */
    static int[] topIndices(float[] scores, int count) {
        int k = Math.min(count, scores.length);
        int[] top = new int[k];
        int size = 0;
        for (int i = 0; i < scores.length; i++) {
            float s = scores[i];
            if (size == k && !(s > scores[top[k - 1]])) {
                continue;
            }
            int at = size < k ? size++ : k - 1;
            while (at > 0 && s > scores[top[at - 1]]) {
                top[at] = top[at - 1];
                at--;
            }
            top[at] = i;
        }
        return top;
    }

    private float normalized(float score, int length) {
        return (float) (score / Math.pow(Math.max(length, 1), config.lengthPenalty()));
    }

    /** The best finished hypotheses of one sentence, at most {@code beams}. */
    private static final class Hypotheses {
        private final int capacity;
        private final List<int[]> tokens = new ArrayList<>();
        private final List<Float> scores = new ArrayList<>();

        Hypotheses(int capacity) {
            this.capacity = capacity;
        }

        void add(int[] sequence, float normalizedScore) {
            if (tokens.size() == capacity && normalizedScore <= worst()) {
                return;
            }
            int at = 0;
            while (at < scores.size() && scores.get(at) >= normalizedScore) {
                at++;
            }
            tokens.add(at, sequence);
            scores.add(at, normalizedScore);
            if (tokens.size() > capacity) {
                tokens.remove(capacity);
                scores.remove(capacity);
            }
        }

        float worst() {
            return scores.get(scores.size() - 1);
        }

        /** Full, and the best continuation (length-normalized now) cannot beat the worst kept hypothesis. */
        boolean isDone(float bestNormalized) {
            return tokens.size() >= capacity && worst() >= bestNormalized;
        }

        int[] best() {
            return tokens.isEmpty() ? new int[0] : tokens.get(0);
        }
    }
}
