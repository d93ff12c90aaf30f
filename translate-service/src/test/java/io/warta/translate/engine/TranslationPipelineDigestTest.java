package io.warta.translate.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.warta.digest.ComponentDigest;
import io.warta.digest.testing.ScopedFiles;
import io.warta.translate.engine.phrase.PhraseModel;
import io.warta.translate.service.ArticleNameConsistency;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built-in engines' version cannot lie about this service's own pipeline: the sentences' handling here (the
 * article name pass, the number checks) changes translations as much as the engine does, so the version is made
 * from a digest ({@value ModelBackedEngine#COMPONENT}) of phrase-engine's digest file and of the pipeline's classes,
 * found here independently by walking the class locations; one changed byte in either changes the version.
 */
class TranslationPipelineDigestTest {

    /** As translate-service's POM lists them in {@code component.digests}. */
    private static final List<String> SCOPES = List.of("META-INF/warta/phrase-engine.digest",
            "io/warta/translate/engine/TranslationEngine.class", "io/warta/translate/engine/ModelBackedEngine.class",
            "io/warta/translate/engine/PhraseEngine.class", "io/warta/translate/engine/LexiconEngine.class",
            "io/warta/translate/service/");

    @TempDir
    Path temp;

    @Test
    void theDigestCoversThePhraseEngineAndThisServicesPipelineAsBuilt() throws Exception {
        ComponentDigest built = ComponentDigest.load(ModelBackedEngine.COMPONENT);
        List<String> onDisk = ScopedFiles.list(roots(), SCOPES);
        assertThat(onDisk).contains("META-INF/warta/phrase-engine.digest",
                "io/warta/translate/service/ArticleNameConsistency.class", "io/warta/translate/service/NumberFallback.class",
                "io/warta/translate/engine/PhraseEngine.class");
        assertThat(built.files()).extracting(ComponentDigest.FileDigest::path).containsExactlyInAnyOrderElementsOf(onDisk);
        assertThat(ComponentDigest.compute(built.component(), roots(), SCOPES)).isEqualTo(built);
    }

    @Test
    void oneChangedByteInThePipelineOrInThePhraseEngineChangesTheVersion() throws Exception {
        Path copy = temp.resolve("classes");
        ScopedFiles.copy(roots(), SCOPES, copy);
        ComponentDigest reported = ComponentDigest.load(ModelBackedEngine.COMPONENT);
        assertThat(ComponentDigest.compute(ModelBackedEngine.COMPONENT, List.of(copy), SCOPES)).isEqualTo(reported);
        String version = ModelBackedEngine.version("phrase", reported);
        assertThat(new PhraseEngine().version()).isEqualTo(version);

        ScopedFiles.flipFirstByte(copy.resolve("io/warta/translate/service/ArticleNameConsistency.class"));
        ComponentDigest pipelineChanged = ComponentDigest.compute(ModelBackedEngine.COMPONENT, List.of(copy), SCOPES);
        assertThat(ModelBackedEngine.version("phrase", pipelineChanged)).isNotEqualTo(version);

        ScopedFiles.flipFirstByte(copy.resolve("io/warta/translate/service/ArticleNameConsistency.class")); // back
        ScopedFiles.flipFirstByte(copy.resolve("META-INF/warta/phrase-engine.digest")); // a new model or engine class
        ComponentDigest engineChanged = ComponentDigest.compute(ModelBackedEngine.COMPONENT, List.of(copy), SCOPES);
        assertThat(ModelBackedEngine.version("phrase", engineChanged)).isNotEqualTo(version)
                .isNotEqualTo(ModelBackedEngine.version("phrase", pipelineChanged));
    }

    /** translate-service's main classes and phrase-engine's (a directory under test, its jar under verify). */
    private static List<Path> roots() throws URISyntaxException {
        return List.of(ScopedFiles.locationOf(ArticleNameConsistency.class), ScopedFiles.locationOf(PhraseModel.class));
    }
}
