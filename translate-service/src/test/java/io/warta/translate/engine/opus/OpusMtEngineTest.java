package io.warta.translate.engine.opus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.warta.translate.config.EnginesConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The engine's lifecycle and states: not configured, failed, native image, ready, versioned by its model files. */
class OpusMtEngineTest {

    @TempDir
    Path temp;

    record Settings(Optional<Path> modelDir, int beamSize, boolean quantized, int maxBatchSize, int intraOpThreads,
                    Optional<Integer> maxLength) implements EnginesConfig.OpusMt {
        static Settings of(Path modelDir) {
            return new Settings(Optional.ofNullable(modelDir), 4, true, 8, 1, Optional.empty());
        }
    }

    @Test
    void withoutModelDirectoryItIsNotConfiguredAndNeverLoads() {
        OpusMtEngine engine = new OpusMtEngine(Settings.of(null), false);
        engine.load();
        assertThat(engine.id()).isEqualTo("opus-mt");
        assertThat(engine.state()).isEqualTo("not configured");
        assertThat(engine.isReady()).isFalse();
        assertThatThrownBy(() -> engine.translate("saya makan nasi."))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("not configured");
        engine.close();
    }

    @Test
    void aMissingDirectoryOrFileIsAFailedStateNotACrash() throws Exception {
        OpusMtEngine missing = new OpusMtEngine(Settings.of(temp.resolve("nowhere")), false);
        assertThat(missing.state()).isEqualTo("loading");
        missing.load();
        assertThat(missing.state()).startsWith("failed: ").contains("does not exist");
        assertThat(missing.isReady()).isFalse();

        Path directory = MarianFixture.learned(1).write(temp.resolve("no-vocab"), true);
        Files.delete(directory.resolve("vocab.json"));
        OpusMtEngine noVocabulary = new OpusMtEngine(Settings.of(directory), false);
        noVocabulary.load();
        assertThat(noVocabulary.state()).startsWith("failed: ").contains("vocab.json");
        assertThatThrownBy(() -> noVocabulary.translateAll(List.of("saya")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("failed");
    }

    @Test
    void aCorruptOnnxFileIsAFailedState() throws Exception {
        Path directory = MarianFixture.learned(1).write(temp.resolve("corrupt"), true);
        Files.write(directory.resolve("onnx/decoder_model_merged_quantized.onnx"), new byte[] {1, 2, 3, 4, 5});
        OpusMtEngine engine = new OpusMtEngine(Settings.of(directory), false);
        engine.load();
        assertThat(engine.state()).startsWith("failed: ");
        assertThat(engine.isReady()).isFalse();
    }

    @Test
    void impossibleSettingsAreAFailedState() throws Exception {
        Path directory = MarianFixture.learned(1).write(temp.resolve("settings"), true);
        OpusMtEngine engine = new OpusMtEngine(new Settings(Optional.of(directory), 0, true, 8, 1, Optional.empty()), false);
        engine.load();
        assertThat(engine.state()).startsWith("failed: ").contains("beam-size");
        assertThat(engine.isReady()).isFalse();
    }

    @Test
    void theNativeExecutableReportsThatOnnxRuntimeNeedsTheJvmImage() throws Exception {
        Path directory = MarianFixture.learned(1).write(temp.resolve("native"), true);
        OpusMtEngine engine = new OpusMtEngine(Settings.of(directory), true);
        engine.load();
        assertThat(engine.state()).isEqualTo("failed: " + OpusMtEngine.NATIVE_UNSUPPORTED);
        assertThat(engine.isReady()).isFalse();
    }

    @Test
    void withTheFixtureModelItIsReadyAndTranslatesInBatches() throws Exception {
        Path directory = MarianFixture.learned(4).write(temp.resolve("ready"), true);
        OpusMtEngine engine = new OpusMtEngine(Settings.of(directory), false);
        engine.load();
        try {
            assertThat(engine.state()).isEqualTo("ready");
            assertThat(engine.isReady()).isTrue();
            List<String> sentences = List.of("saya makan nasi.", "nasi saya", "makan");
            List<String> translations = engine.translateAll(sentences);
            assertThat(translations).hasSize(3).allSatisfy(t -> assertThat(t).isNotBlank());
            assertThat(engine.translate("nasi saya")).isEqualTo(translations.get(1));
        } finally {
            engine.close();
        }
        assertThat(engine.isReady()).isFalse();
        assertThatThrownBy(() -> engine.translate("saya")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void fullPrecisionFilesAreUsedWhenThereAreNoQuantizedOnes() throws Exception {
        Path directory = MarianFixture.learned(4).write(temp.resolve("full"), false);
        OpusMtEngine engine = new OpusMtEngine(Settings.of(directory), false);
        engine.load();
        assertThat(engine.state()).isEqualTo("ready");
        engine.close();
    }

    @Test
    void theVersionChangesWithTheModelFilesAndTheDecodingSettings() throws Exception {
        Path directory = MarianFixture.learned(4).write(temp.resolve("versioned"), true);
        String before = new OpusMtEngine(Settings.of(directory), false).version();
        assertThat(before).startsWith("opus-mt-").isEqualTo(new OpusMtEngine(Settings.of(directory), false).version());

        Settings beamTwo = new Settings(Optional.of(directory), 2, true, 8, 1, Optional.empty());
        assertThat(new OpusMtEngine(beamTwo, false).version()).isNotEqualTo(before);

        Files.writeString(directory.resolve("generation_config.json"),
                Files.readString(directory.resolve("generation_config.json")).replace("\"max_length\": 12", "\"max_length\": 20"));
        assertThat(new OpusMtEngine(Settings.of(directory), false).version()).isNotEqualTo(before);

        assertThat(new OpusMtEngine(Settings.of(null), false).version()).isNotEqualTo(before);
    }
}
