package io.warta.translate.engine.benchmark;

import io.warta.translate.engine.lexicon.LexiconModel;
import io.warta.translate.engine.ModelFiles;
import io.warta.translate.engine.phrase.PhraseModel;
import io.warta.translate.engine.lexicon.LexiconTranslator;
import io.warta.translate.engine.phrase.PhraseTranslator;
import io.warta.translate.engine.text.Tokenizer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Single-threaded translation throughput over the first 200 news-dev sentences (or the example
 * article's lines when ../shared is absent), and model load time. Words/second = source words per
 * op (printed at setup) x ops/s. Run: ./mvnw -B -pl phrase-engine-training -am -Pbench process-test-classes
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgs = {"-Xmx512m", "-Xms512m"})
@Threads(1)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 10)
public class EngineBenchmark {

    private List<String> sentences;
    private PhraseTranslator phrase;
    private LexiconTranslator lexicon;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        Path dev = null;
        for (String c : new String[] {"../shared", "../../shared"}) {
            Path p = Path.of(c, "data/parallel/dev/news-dev.id");
            if (Files.exists(p)) {
                dev = p;
            }
        }
        List<String> all = dev != null ? Files.readAllLines(dev, StandardCharsets.UTF_8)
                : Files.readAllLines(Path.of("../examples/putin-kim-trump.id.txt"), StandardCharsets.UTF_8);
        sentences = new ArrayList<>();
        for (String s : all) {
            if (!s.isBlank() && sentences.size() < 200) {
                sentences.add(s);
            }
        }
        int words = 0;
        for (String s : sentences) {
            words += Tokenizer.tokenizeIndonesian(s).size();
        }
        System.out.println("\nsource tokens per op: " + words + " in " + sentences.size() + " sentences");
        phrase = PhraseModel.load(new ModelFiles());
        lexicon = LexiconModel.load(new ModelFiles());
        System.gc();
        Runtime rt = Runtime.getRuntime();
        System.out.printf("heap used after loading both engines and GC: %d MiB%n", (rt.totalMemory() - rt.freeMemory()) >> 20);
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public void phraseTranslate200Sentences(Blackhole bh) {
        for (String s : sentences) {
            bh.consume(phrase.translate(s));
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public void lexiconTranslate200Sentences(Blackhole bh) {
        for (String s : sentences) {
            bh.consume(lexicon.translate(s));
        }
    }
}
