package io.warta.translate.engine.opus;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

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
 * {@code warta.engines.opus-mt.model-dir}: it loads in the background at startup, translates, and — first in
 * {@code warta.engines.order} — answers {@code /v1/translations}.
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
        awaitLoaded();
        assertThat(engine.state()).isEqualTo("ready");
        assertThat(engine.isReady()).isTrue();
        assertThat(engine.version()).startsWith(
                "opus-mt-" + io.warta.digest.ComponentDigest.load("opus-mt").shortDigest() + "-b4-");
        List<String> translations = engine.translateAll(List.of("saya makan nasi.", "nasi saya"));
        assertThat(translations).hasSize(2).allSatisfy(t -> assertThat(t).isNotBlank());
        assertThat(engines.stream().map(TranslationEngine::id)).contains("opus-mt");
    }

    @Test
    void answersTranslationRequestsFirstInTheOrder() throws InterruptedException {
        awaitLoaded();
        String expected = engine.translate("nasi saya makan.");
        String descriptor = "opus-mt/" + engine.version();

        given().get("/v1/engines").then().statusCode(200)
                .body("active", equalTo(descriptor))
                .body("engines[0].id", equalTo("opus-mt"))
                .body("engines[0].state", equalTo("ready"));
        given().contentType("application/json")
                .body("{\"text\":\"nasi saya makan.\",\"source\":\"id\"}")
                .post("/v1/translations").then().statusCode(200)
                .body("engine", equalTo(descriptor))
                .body("segments[0].engine", startsWith("opus-mt/"))
                .body("translation", equalTo(expected));
    }

    private void awaitLoaded() throws InterruptedException {
        for (int i = 0; i < 300 && "loading".equals(engine.state()); i++) {
            Thread.sleep(100);
        }
    }
}
