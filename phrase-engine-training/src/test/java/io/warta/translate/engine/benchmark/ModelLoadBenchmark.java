package io.warta.translate.engine.benchmark;

import io.warta.translate.engine.ModelFiles;
import io.warta.translate.engine.phrase.PhraseModel;
import io.warta.translate.engine.phrase.PhraseTranslator;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Model load time of the phrase engine (all of /model read from the classpath, decoded, indexed).
 * Each fork is a fresh JVM: the first (cold) load is what a starting service pays.
 */
@Fork(value = 3, jvmArgs = {"-Xmx512m"})
@Warmup(iterations = 0)
@Measurement(iterations = 3)
public class ModelLoadBenchmark {

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public PhraseTranslator phraseModelLoad() {
        return PhraseModel.load(new ModelFiles());
    }
}
