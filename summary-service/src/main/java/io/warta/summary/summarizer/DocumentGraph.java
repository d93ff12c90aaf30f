package io.warta.summary.summarizer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One document as the ranking sees it: a TF-IDF vector per sentence (IDF over the document's own
 * sentences, so it needs no corpus statistics and works the same for any language), the cosine
 * similarity of every pair, and LexRank centrality over that graph.
 */
public final class DocumentGraph {

    private static final double DAMPING = 0.85;
    private static final int POWER_ITERATIONS = 40;

    final List<String> sentences;
    final int[][] termIds;
    final double[][] termWeights; // L2-normalized TF-IDF, aligned with termIds (ascending ids)
    final int[] wordCounts;
    final double[][] similarity;
    final double[] lexRank;
    final double[] centroidSimilarity;
    final double[] titleOverlap;
    private final Map<String, Integer> vocabulary;

    public DocumentGraph(List<String> sentences, String title, TextAnalyzer analyzer) {
        this.sentences = List.copyOf(sentences);
        int n = sentences.size();
        this.vocabulary = new HashMap<>();
        List<List<String>> terms = new ArrayList<>(n);
        wordCounts = new int[n];
        for (int i = 0; i < n; i++) {
            String s = sentences.get(i);
            terms.add(analyzer.terms(s));
            wordCounts[i] = TextAnalyzer.wordCount(s);
        }
        termIds = new int[n][];
        int[][] counts = new int[n][];
        for (int i = 0; i < n; i++) {
            Map<Integer, Integer> tf = new HashMap<>();
            for (String t : terms.get(i)) {
                tf.merge(vocabulary.computeIfAbsent(t, k -> vocabulary.size()), 1, Integer::sum);
            }
            int[] ids = tf.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
            termIds[i] = ids;
            counts[i] = Arrays.stream(ids).map(tf::get).toArray();
        }
        int[] df = new int[vocabulary.size()];
        for (int[] ids : termIds) {
            for (int id : ids) {
                df[id]++;
            }
        }
        termWeights = new double[n][];
        double[] centroid = new double[vocabulary.size()];
        for (int i = 0; i < n; i++) {
            int[] ids = termIds[i];
            double[] w = new double[ids.length];
            double norm = 0;
            for (int k = 0; k < ids.length; k++) {
                w[k] = (1 + Math.log(counts[i][k])) * Math.log(1.0 + (double) n / df[ids[k]]);
                norm += w[k] * w[k];
            }
            norm = Math.sqrt(norm);
            for (int k = 0; k < ids.length; k++) {
                w[k] = norm == 0 ? 0 : w[k] / norm;
                centroid[ids[k]] += w[k];
            }
            termWeights[i] = w;
        }
        similarity = new double[n][n];
        io.warta.text.Deadline deadline = io.warta.text.Deadline.current(); // the request's, once per row of pairs
        for (int i = 0; i < n; i++) {
            deadline.check();
            similarity[i][i] = 1;
            for (int j = i + 1; j < n; j++) {
                double s = dot(termIds[i], termWeights[i], termIds[j], termWeights[j]);
                similarity[i][j] = s;
                similarity[j][i] = s;
            }
        }
        lexRank = lexRank(similarity);
        double centroidNorm = Math.sqrt(Arrays.stream(centroid).map(x -> x * x).sum());
        centroidSimilarity = new double[n];
        for (int i = 0; i < n; i++) {
            double s = 0;
            for (int k = 0; k < termIds[i].length; k++) {
                s += termWeights[i][k] * centroid[termIds[i][k]];
            }
            centroidSimilarity[i] = centroidNorm == 0 ? 0 : s / centroidNorm;
        }
        titleOverlap = new double[n];
        if (title != null && !title.isBlank()) {
            Set<Integer> titleTerms = new HashSet<>();
            for (String t : analyzer.terms(title)) {
                Integer id = vocabulary.get(t);
                titleTerms.add(id == null ? -1 - titleTerms.size() : id); // unseen title terms still count in the denominator
            }
            for (int i = 0; i < n && !titleTerms.isEmpty(); i++) {
                int hits = 0;
                for (int id : termIds[i]) {
                    if (titleTerms.contains(id)) {
                        hits++;
                    }
                }
                titleOverlap[i] = (double) hits / titleTerms.size();
            }
        }
    }

    public int size() {
        return sentences.size();
    }

    public double similarity(int i, int j) {
        return similarity[i][j];
    }

    /** Content-term cosine between any text and sentence {@code i} (for near-duplicate checks). */
    static double dot(int[] aIds, double[] aW, int[] bIds, double[] bW) {
        double s = 0;
        int x = 0;
        int y = 0;
        while (x < aIds.length && y < bIds.length) {
            if (aIds[x] == bIds[y]) {
                s += aW[x++] * bW[y++];
            } else if (aIds[x] < bIds[y]) {
                x++;
            } else {
                y++;
            }
        }
        return s;
    }

    /** Continuous LexRank (Erkan & Radev 2004): PageRank over the row-normalized similarity graph, scaled so the mean is 1. */
    private static double[] lexRank(double[][] sim) {
        int n = sim.length;
        double[] rank = new double[n];
        if (n == 0) {
            return rank;
        }
        double[][] transition = new double[n][n];
        for (int i = 0; i < n; i++) {
            double rowSum = 0;
            for (int j = 0; j < n; j++) {
                if (i != j) {
                    rowSum += sim[i][j];
                }
            }
            for (int j = 0; j < n; j++) {
                transition[i][j] = rowSum == 0 ? 1.0 / n : (i == j ? 0 : sim[i][j] / rowSum);
            }
        }
        Arrays.fill(rank, 1.0 / n);
        double[] next = new double[n];
        for (int it = 0; it < POWER_ITERATIONS; it++) {
            Arrays.fill(next, (1 - DAMPING) / n);
            for (int i = 0; i < n; i++) {
                double r = DAMPING * rank[i];
                for (int j = 0; j < n; j++) {
                    next[j] += r * transition[i][j];
                }
            }
            double delta = 0;
            for (int j = 0; j < n; j++) {
                delta += Math.abs(next[j] - rank[j]);
                rank[j] = next[j];
            }
            if (delta < 1e-9) {
                break;
            }
        }
        for (int j = 0; j < n; j++) {
            rank[j] *= n;
        }
        return rank;
    }
}
