package io.warta.translate.engine.benchmark;

import io.warta.translate.engine.ModelFiles;
import io.warta.translate.engine.phrase.PhraseModel;
import io.warta.translate.engine.phrase.PhraseTranslator;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Translation speed in CPU time of the translating thread, for a machine too loaded for JMH's wall clock (other
 * processes stretch the wall clock many times, the thread's CPU time much less): translates the first WARMUP lines of
 * FILE to warm up, then the rest, one line a sentence, and prints source words per CPU-second and CPU milliseconds
 * per 1,000 characters. Compare two models by running it on each alternately (docs/benchmarks/translation.md).
 *
 * <p>usage: CpuTimeSpeed FILE [WARMUP (200)]
 */
public final class CpuTimeSpeed {

    private CpuTimeSpeed() {
    }

    public static void main(String[] args) throws Exception {
        List<String> lines = Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8);
        int warmup = Math.min(args.length > 1 ? Integer.parseInt(args[1]) : 200, lines.size() - 1);
        PhraseTranslator engine = PhraseModel.load(new ModelFiles());
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (String line : lines.subList(0, warmup)) {
            engine.translate(line);
        }
        long words = 0;
        long characters = 0;
        long start = threads.getCurrentThreadCpuTime();
        for (String line : lines.subList(warmup, lines.size())) {
            engine.translate(line);
            words += line.isBlank() ? 0 : line.trim().split("\\s+").length;
            characters += line.length();
        }
        double seconds = (threads.getCurrentThreadCpuTime() - start) / 1e9;
        System.out.printf("%d lines, %d words, %d characters: %.2f s CPU, %.0f words per CPU-second, "
                + "%.1f CPU ms per 1,000 characters%n", lines.size() - warmup, words, characters, seconds, words / seconds,
                1000 * seconds / (characters / 1000.0));
    }
}
