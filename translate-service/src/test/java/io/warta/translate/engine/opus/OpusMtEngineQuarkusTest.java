package io.warta.translate.engine.opus;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.warta.translate.engine.TranslationEngine;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The opus-mt bean in the running service, configured with the fixture model through
 * {@code warta.engines.opus-mt.model-dir}: it loads in the background at startup and translates.
 */
@QuarkusTest
@TestProfile(OpusMtEngineQuarkusTest.WithFixtureModel.class)
class OpusMtEngineQuarkusTest {

    public static class WithFixtureModel implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            try {
                Path directory = MarianFixture.learned(4).write(Files.createTempDirectory("opus-mt-fixture"), true);
                return Map.of("warta.engines.opus-mt.model-dir", directory.toString(),
                        "warta.engines.opus-mt.intra-op-threads", "1",
                        "warta.engines.order", "opus-mt,builtin");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Inject
    OpusMtEngine engine;

    @Inject
    @Any
    Instance<TranslationEngine> engines;

    @Test
    void loadsAtStartupAndTranslates() throws InterruptedException {
        for (int i = 0; i < 300 && "loading".equals(engine.state()); i++) {
            Thread.sleep(100);
        }
        assertThat(engine.state()).isEqualTo("ready");
        assertThat(engine.isReady()).isTrue();
        assertThat(engine.version()).startsWith("opus-mt-1-b4-");
        List<String> translations = engine.translateAll(List.of("saya makan nasi.", "nasi saya"));
        assertThat(translations).hasSize(2).allSatisfy(t -> assertThat(t).isNotBlank());
        assertThat(engines.stream().map(TranslationEngine::id)).contains("opus-mt");
    }
}
