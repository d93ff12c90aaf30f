package io.warta.summary.summarizer;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Cross-validated evaluation on IndoSum dev, and refitting of the committed weights.
 *
 * <p>For each of k folds the weights are fitted on the other folds and every held-out article is
 * summarized with them; so every system line comes from weights that never saw that article. It
 * writes one file per tier (and LEAD-1, LEAD-3, the reference) under the output folder, one
 * document a line, for {@code ../shared/tools/rouge.py SYSTEM REFERENCE}, and prints its own
 * ROUGE (same definition) as a check. With {@code --write-model FILE} it then fits on all articles
 * and writes the weights resource.
 *
 * <pre>
 * ./mvnw -B -o -q -pl summary-service -am -Psummarizer-eval process-test-classes \
 *     -Dsummarizer.eval.args="--folds 5 --out target/summarizer-eval --write-model src/main/resources/summarizer/ranking-model.properties"
 * </pre>
 */
public final class SummarizerEvaluation {

    private SummarizerEvaluation() {
    }

    public static void main(String[] args) throws IOException {
        Path data = IndoSum.devPath();
        int folds = 5;
        Path out = Path.of("target", "summarizer-eval");
        Path modelOut = null;
        int limit = Integer.MAX_VALUE;
        boolean withTitles = true;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--data" -> data = Path.of(args[++i]);
                case "--folds" -> folds = Integer.parseInt(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                case "--write-model" -> modelOut = Path.of(args[++i]);
                case "--limit" -> limit = Integer.parseInt(args[++i]);
                case "--no-title" -> withTitles = false;
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        if (data == null) {
            throw new IllegalStateException("IndoSum dev set not found; pass --data PATH");
        }
        long start = System.nanoTime();
        List<IndoSum.Article> articles = IndoSum.read(data, limit);
        if (!withTitles) {
            articles = articles.stream()
                    .map(a -> new IndoSum.Article(a.id(), null, a.sentences(), a.gold(), a.reference())).toList();
        }
        List<ModelFitter.Prepared> prepared = articles.stream().map(ModelFitter.Prepared::of).toList();
        System.out.printf(Locale.ROOT, "%d articles from %s prepared in %.1f s%n", articles.size(), data,
                (System.nanoTime() - start) / 1e9);

        Map<String, String[]> lines = new LinkedHashMap<>();
        for (String name : List.of("headline", "short", "standard", "detailed", "keypoints", "lead1", "lead3", "oracle",
                "reference")) {
            lines.put(name, new String[articles.size()]);
        }
        for (int fold = 0; fold < folds; fold++) {
            List<ModelFitter.Prepared> train = new ArrayList<>();
            List<Integer> test = new ArrayList<>();
            for (int i = 0; i < prepared.size(); i++) {
                if (i % folds == fold) {
                    test.add(i);
                } else {
                    train.add(prepared.get(i));
                }
            }
            RankingModel model = ModelFitter.fit(train);
            System.out.printf(Locale.ROOT, "fold %d: %d train, %d held out, λ=%.2f%n", fold, train.size(), test.size(),
                    model.mmrLambda());
            SentenceRanker ranker = new SentenceRanker(model);
            for (int i : test) {
                ModelFitter.Prepared p = prepared.get(i);
                List<String> s = p.article().sentences();
                Summary summary = ExtractiveSummarizer.tiers(s, "id", ranker.rank(p.graph(), p.features()),
                        TierLengths.DEFAULTS);
                lines.get("headline")[i] = summary.headline().text();
                lines.get("short")[i] = summary.shortSummary().text();
                lines.get("standard")[i] = summary.standard().text();
                lines.get("detailed")[i] = summary.detailed().text();
                lines.get("keypoints")[i] = String.join(" ", summary.keyPoints().items());
                lines.get("lead1")[i] = String.join(" ", s.subList(0, Math.min(1, s.size())));
                lines.get("lead3")[i] = String.join(" ", s.subList(0, Math.min(3, s.size())));
                List<String> gold = new ArrayList<>();
                for (int k = 0; k < s.size(); k++) {
                    if (p.article().gold()[k]) {
                        gold.add(s.get(k));
                    }
                }
                lines.get("oracle")[i] = String.join(" ", gold);
                lines.get("reference")[i] = p.article().reference();
            }
        }
        Files.createDirectories(out);
        for (Map.Entry<String, String[]> e : lines.entrySet()) {
            Files.write(out.resolve(e.getKey() + ".txt"), List.of(e.getValue()), StandardCharsets.UTF_8);
        }
        String[] reference = lines.get("reference");
        System.out.printf("%-10s %8s %8s %8s%n", "system", "ROUGE-1", "ROUGE-2", "ROUGE-L");
        for (Map.Entry<String, String[]> e : lines.entrySet()) {
            if (e.getKey().equals("reference")) {
                continue;
            }
            double[] total = new double[3];
            for (int i = 0; i < reference.length; i++) {
                double[] sc = Rouge.scores(e.getValue()[i], reference[i]);
                for (int k = 0; k < 3; k++) {
                    total[k] += sc[k];
                }
            }
            System.out.printf(Locale.ROOT, "%-10s %8.2f %8.2f %8.2f%n", e.getKey(), 100 * total[0] / reference.length,
                    100 * total[1] / reference.length, 100 * total[2] / reference.length);
        }
        System.out.println("system files in " + out.toAbsolutePath() + " (score with ../shared/tools/rouge.py)");

        if (modelOut != null) {
            RankingModel model = ModelFitter.fit(prepared);
            Files.createDirectories(modelOut.toAbsolutePath().getParent());
            try (Writer w = Files.newBufferedWriter(modelOut, StandardCharsets.UTF_8)) {
                model.write(w, """
                        Sentence ranking weights for io.warta.summary.summarizer (logistic model on raw features, MMR λ).
                        Fitted on all %d articles of IndoSum dev (indosum-dev.jsonl, CC-BY-SA-4.0) gold_labels;
                        scores are reported only %d-fold cross-validated (docs/evaluation/summaries.md). Refit with:
                        ./mvnw -B -o -q -pl summary-service -am -Psummarizer-eval process-test-classes \\
                          -Dsummarizer.eval.args="--folds %d --out target/summarizer-eval --write-model src/main/resources/summarizer/ranking-model.properties\""""
                        .formatted(articles.size(), folds, folds));
            }
            System.out.println("model fitted on all articles written to " + modelOut + ": " + model);
        }
    }
}
