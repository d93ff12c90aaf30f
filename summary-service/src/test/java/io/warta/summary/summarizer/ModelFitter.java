package io.warta.summary.summarizer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Fits the ranking weights: an L2-regularized logistic regression (Newton/IRLS on standardized
 * features) predicting IndoSum's gold labels, then the MMR λ that gives the best ROUGE-1 of the
 * standard tier on the same training articles. Deterministic: no random initialisation.
 */
final class ModelFitter {

    static final double L2 = 1.0;
    static final double[] MMR_LAMBDAS = {0.0, 0.05, 0.1, 0.15, 0.2, 0.3, 0.4};

    /** An article with its graph and features computed once. */
    record Prepared(IndoSum.Article article, DocumentGraph graph, double[][] features, List<List<String>> sentenceTokens,
            Map<String, Integer> referenceUnigrams, int referenceLength) {

        static Prepared of(IndoSum.Article a) {
            DocumentGraph graph = new DocumentGraph(a.sentences(), a.title(), TextAnalyzer.forLanguage("id"));
            List<List<String>> tokens = new ArrayList<>();
            for (String s : a.sentences()) {
                tokens.add(Rouge.tokens(s));
            }
            List<String> ref = Rouge.tokens(a.reference());
            Map<String, Integer> counts = new HashMap<>();
            ref.forEach(t -> counts.merge(t, 1, Integer::sum));
            return new Prepared(a, graph, SentenceFeatures.compute(graph), tokens, counts, ref.size());
        }

        /** ROUGE-1 F1 of the first {@code k} sentences of a ranking (order does not matter for unigrams). */
        double rouge1OfTop(int[] order, int k) {
            Map<String, Integer> sys = new HashMap<>();
            int sysLength = 0;
            for (int r = 0; r < Math.min(k, order.length); r++) {
                for (String t : sentenceTokens.get(order[r])) {
                    sys.merge(t, 1, Integer::sum);
                    sysLength++;
                }
            }
            int match = 0;
            for (Map.Entry<String, Integer> e : sys.entrySet()) {
                match += Math.min(e.getValue(), referenceUnigrams.getOrDefault(e.getKey(), 0));
            }
            if (match == 0) {
                return 0;
            }
            double p = (double) match / sysLength;
            double r = (double) match / referenceLength;
            return 2 * p * r / (p + r);
        }
    }

    private ModelFitter() {
    }

    static RankingModel fit(List<Prepared> train) {
        int d = SentenceFeatures.NAMES.size();
        int m = 0;
        for (Prepared p : train) {
            m += p.features().length;
        }
        double[][] x = new double[m][];
        double[] y = new double[m];
        int row = 0;
        for (Prepared p : train) {
            for (int i = 0; i < p.features().length; i++) {
                x[row] = p.features()[i];
                y[row] = p.article().gold()[i] ? 1 : 0;
                row++;
            }
        }
        double[] mean = new double[d];
        double[] std = new double[d];
        for (double[] r : x) {
            for (int k = 0; k < d; k++) {
                mean[k] += r[k] / m;
            }
        }
        for (double[] r : x) {
            for (int k = 0; k < d; k++) {
                std[k] += (r[k] - mean[k]) * (r[k] - mean[k]) / m;
            }
        }
        for (int k = 0; k < d; k++) {
            std[k] = Math.sqrt(std[k]);
            if (std[k] < 1e-9) {
                std[k] = 1; // constant feature: weight stays ~0 under L2
            }
        }
        // Newton iterations on [intercept, standardized weights].
        double[] beta = new double[d + 1];
        double[] z = new double[d + 1];
        for (int iter = 0; iter < 25; iter++) {
            double[] grad = new double[d + 1];
            double[][] hess = new double[d + 1][d + 1];
            for (int i = 0; i < m; i++) {
                z[0] = 1;
                for (int k = 0; k < d; k++) {
                    z[k + 1] = (x[i][k] - mean[k]) / std[k];
                }
                double eta = 0;
                for (int k = 0; k <= d; k++) {
                    eta += beta[k] * z[k];
                }
                double p = 1 / (1 + Math.exp(-eta));
                double w = p * (1 - p);
                for (int a = 0; a <= d; a++) {
                    grad[a] += (y[i] - p) * z[a];
                    for (int b = a; b <= d; b++) {
                        hess[a][b] += w * z[a] * z[b];
                    }
                }
            }
            for (int a = 0; a <= d; a++) {
                for (int b = 0; b < a; b++) {
                    hess[a][b] = hess[b][a];
                }
                if (a > 0) {
                    grad[a] -= L2 * beta[a];
                    hess[a][a] += L2;
                }
            }
            double[] step = solve(hess, grad);
            double change = 0;
            for (int k = 0; k <= d; k++) {
                beta[k] += step[k];
                change = Math.max(change, Math.abs(step[k]));
            }
            if (change < 1e-8) {
                break;
            }
        }
        double[] weights = new double[d];
        double bias = beta[0];
        for (int k = 0; k < d; k++) {
            weights[k] = beta[k + 1] / std[k];
            bias -= beta[k + 1] * mean[k] / std[k];
        }
        double bestLambda = 0;
        double bestScore = -1;
        for (double lambda : MMR_LAMBDAS) {
            RankingModel candidate = new RankingModel(bias, weights, lambda);
            double score = meanStandardRouge1(candidate, train);
            if (score > bestScore + 1e-12) {
                bestScore = score;
                bestLambda = lambda;
            }
        }
        return new RankingModel(bias, weights, bestLambda);
    }

    static double meanStandardRouge1(RankingModel model, List<Prepared> docs) {
        SentenceRanker ranker = new SentenceRanker(model);
        double total = 0;
        for (Prepared p : docs) {
            int[] order = ranker.rank(p.graph(), p.features()).order();
            total += p.rouge1OfTop(order, TierLengths.DEFAULTS.standard().resolve(order.length));
        }
        return total / docs.size();
    }

    /** Gaussian elimination with partial pivoting. */
    private static double[] solve(double[][] a, double[] b) {
        int n = b.length;
        double[][] m = new double[n][];
        for (int i = 0; i < n; i++) {
            m[i] = Arrays.copyOf(a[i], n + 1);
            m[i][n] = b[i];
        }
        for (int c = 0; c < n; c++) {
            int pivot = c;
            for (int r = c + 1; r < n; r++) {
                if (Math.abs(m[r][c]) > Math.abs(m[pivot][c])) {
                    pivot = r;
                }
            }
            double[] tmp = m[c];
            m[c] = m[pivot];
            m[pivot] = tmp;
            for (int r = c + 1; r < n; r++) {
                double f = m[r][c] / m[c][c];
                for (int k = c; k <= n; k++) {
                    m[r][k] -= f * m[c][k];
                }
            }
        }
        double[] x = new double[n];
        for (int r = n - 1; r >= 0; r--) {
            double s = m[r][n];
            for (int k = r + 1; k < n; k++) {
                s -= m[r][k] * x[k];
            }
            x[r] = s / m[r][r];
        }
        return x;
    }
}
