package io.warta.translate.engine;

import io.warta.translate.engine.eval.MtMetrics;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;

/**
 * Translates a dev set of {@code ../shared/data/parallel/dev} (news-dev unless told otherwise) with an engine core and
 * prints chrF/BLEU (same numbers as mt_score.py) plus ten examples drawn with a fixed seed.
 * Usage: {@code EvaluateEngine SHARED_DIR [phrase|lexicon] [HYP_OUT] [news-dev|general-dev]}.
 */
public final class EvaluateEngine {

    private EvaluateEngine() {
    }

    public static void main(String[] args) throws Exception {
        Path shared = Path.of(args.length > 0 ? args[0] : "../../shared");
        String engine = args.length > 1 ? args[1] : "phrase";
        long t0 = System.nanoTime();
        long loadCpu0 = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        UnaryOperator<String> translator = engine.equals("lexicon")
                ? io.warta.translate.engine.lexicon.LexiconModel.load(new ModelFiles())::translate
                : io.warta.translate.engine.phrase.PhraseModel.load(new ModelFiles())::translate;
        System.out.printf("model load %.2fs (%.2fs CPU on the loading thread)%n", (System.nanoTime() - t0) / 1e9,
                (java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - loadCpu0) / 1e9);
        Path dev = shared.resolve("data/parallel/dev");
        String set = args.length > 3 ? args[3] : "news-dev";
        List<String> src = Files.readAllLines(dev.resolve(set + ".id"), StandardCharsets.UTF_8);
        List<String> ref = Files.readAllLines(dev.resolve(set + ".en"), StandardCharsets.UTF_8);
        long t1 = System.nanoTime();
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpu0 = threads.getCurrentThreadCpuTime();
        List<String> hyp = new ArrayList<>();
        long tokens = 0;
        for (String s : src) {
            hyp.add(translator.apply(s));
        }
        double cpuSecs = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
        double secs = (System.nanoTime() - t1) / 1e9;
        for (String s : src) {
            tokens += io.warta.translate.engine.text.Tokenizer.tokenizeIndonesian(s).size();
        }
        // CPU time of this one thread: a fair single-core figure even on a busy shared machine.
        System.out.printf("%d source tokens, %.1f s CPU on one thread = %.0f tokens per CPU-second%n", tokens, cpuSecs,
                tokens / cpuSecs);
        if (args.length > 2) {
            Files.write(Path.of(args[2]), hyp, StandardCharsets.UTF_8);
        }
        System.out.printf("%s %s: chrF %.2f  BLEU %.2f  (%d segments, %.1fs)%n", engine, set,
                MtMetrics.chrf(hyp, ref), MtMetrics.bleu(hyp, ref), src.size(), secs);
        Random random = new Random(20250813L);
        for (int k = 0; k < 10; k++) {
            int i = random.nextInt(src.size());
            System.out.printf("#%d%n  SRC %s%n  REF %s%n  OUT %s%n", i + 1, src.get(i), ref.get(i), hyp.get(i));
        }
        // Optional: also translate another file line by line (e.g. the example article) to read the output.
        String extra = System.getProperty("eval.extra", "");
        if (!extra.isEmpty()) {
            for (String line : Files.readAllLines(Path.of(extra), StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    System.out.printf("  SRC %s%n  OUT %s%n", line, translator.apply(line));
                }
            }
        }
    }
}
