package io.warta.summary.summarizer;

import java.util.List;

/**
 * Ranks a document's sentences once; every tier is a prefix of this ranking, which is what
 * makes the tiers nest. Each step picks the sentence with the best score minus its redundancy
 * with what is already picked (maximal marginal relevance); near-duplicates of a picked
 * sentence and page boilerplate come last; ties go to the earlier sentence.
 */
public final class SentenceRanker {

    /**
     * Cosine at which a sentence repeats one already picked (a pasted paragraph twice, a lead
     * restated): it goes after every sentence that adds something, whatever its score.
     */
    public static final double DUPLICATE_SIMILARITY = 0.8;

    private static final int BOILERPLATE = SentenceFeatures.NAMES.indexOf("boilerplate");

    private final RankingModel model;

    public SentenceRanker(RankingModel model) {
        this.model = model;
    }

    public RankingModel model() {
        return model;
    }

    /** The ranking of one document. */
    public Ranking rank(List<String> sentences, String title, String language) {
        DocumentGraph graph = new DocumentGraph(sentences, title, TextAnalyzer.forLanguage(language));
        return rank(graph, SentenceFeatures.compute(graph));
    }

    /** Ranks precomputed features (the fitting tool reuses them across models). */
    public Ranking rank(DocumentGraph graph, double[][] features) {
        int n = graph.size();
        double[] scores = new double[n];
        for (int i = 0; i < n; i++) {
            // Page furniture ("Baca juga", scraped script) ranks after every real sentence, even in first position.
            scores[i] = model.score(features[i]) - (features[i][BOILERPLATE] > 0 ? 2 : 0);
        }
        int[] order = new int[n];
        boolean[] picked = new boolean[n];
        double[] maxSimilarity = new double[n];
        for (int r = 0; r < n; r++) {
            int best = -1;
            double bestValue = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < n; i++) {
                if (picked[i]) {
                    continue;
                }
                double value = scores[i] - model.mmrLambda() * maxSimilarity[i]
                        - (maxSimilarity[i] >= DUPLICATE_SIMILARITY ? 2 : 0);
                if (value > bestValue) {
                    bestValue = value;
                    best = i;
                }
            }
            order[r] = best;
            picked[best] = true;
            for (int i = 0; i < n; i++) {
                maxSimilarity[i] = Math.max(maxSimilarity[i], graph.similarity[best][i]);
            }
        }
        return new Ranking(graph, scores, order);
    }

    /**
     * @param graph  the document
     * @param scores each sentence's score before redundancy control
     * @param order  sentence indices, best first
     */
    public record Ranking(DocumentGraph graph, double[] scores, int[] order) {
    }
}
