package io.warta.translate.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.warta.digest.ComponentDigest;
import io.warta.digest.testing.ScopedFiles;
import io.warta.translate.engine.phrase.PhraseModel;
import io.warta.translate.engine.phrase.PhraseTranslator;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The phrase engine's version cannot lie: translate-service makes it from this build-time digest alone
 * ({@code phrase-<digest>}, checked there by PhraseEngineTest and on /v1/engines by EngineFallbackTest); here, the
 * digest covers every class of the engine's packages, of the glossary matching and morphology it uses from
 * indonesian-text, and every model file (found independently, by walking the class locations), is not stale, and one
 * changed byte in any of them changes it.
 */
class EngineDigestTest {

    private static final List<String> SCOPES = List.of("io/warta/translate/engine/", "io/warta/text/glossary/",
            "io/warta/text/morph/", "model/");

    @TempDir
    Path temp;

    @Test
    void theDigestCoversEveryEngineClassAndModelFileAsBuilt() throws Exception {
        ComponentDigest built = ComponentDigest.load(PhraseModel.COMPONENT);
        List<Path> roots = List.of(classesDirectory(), textClasses());
        List<String> onDisk = ScopedFiles.list(roots, SCOPES);
        assertThat(onDisk).anyMatch(path -> path.endsWith("PhraseTranslator.class"))
                .anyMatch(path -> path.equals("model/phrase-table.bin.gz"))
                .anyMatch(path -> path.endsWith("glossary/TermIndex.class"))
                .anyMatch(path -> path.equals("io/warta/text/morph/IndonesianMorphology.class"))
                .anyMatch(path -> path.equals("io/warta/text/morph/CliticSplitter.class"));
        assertThat(built.files()).extracting(ComponentDigest.FileDigest::path).containsAll(onDisk);
        // The same bytes as now on disk: the digest is not stale.
        assertThat(ComponentDigest.compute(built.component(), roots, SCOPES)).isEqualTo(built);
    }

    @Test
    void oneChangedByteInAClassOrAModelFileChangesTheDigest() throws Exception {
        Path copy = temp.resolve("classes");
        ScopedFiles.copy(List.of(classesDirectory(), textClasses()), SCOPES, copy);
        String reported = ComponentDigest.load(PhraseModel.COMPONENT).digest();
        assertThat(digestOf(copy)).isEqualTo(reported);

        ScopedFiles.flipFirstByte(copy.resolve("io/warta/translate/engine/phrase/Decoder.class"));
        String afterClass = digestOf(copy);
        ScopedFiles.flipFirstByte(copy.resolve("model/weights.properties"));
        String afterModel = digestOf(copy);
        ScopedFiles.flipFirstByte(copy.resolve("io/warta/text/glossary/TermIndex.class"));
        String afterGlossary = digestOf(copy);
        ScopedFiles.flipFirstByte(copy.resolve("io/warta/text/morph/IndonesianMorphology.class"));
        String afterMorphology = digestOf(copy);
        assertThat(List.of(reported, afterClass, afterModel, afterGlossary, afterMorphology)).doesNotHaveDuplicates();
    }

    private static String digestOf(Path classes) {
        return ComponentDigest.compute(PhraseModel.COMPONENT, List.of(classes), SCOPES).digest();
    }

    /** The main classes (not the test classes, which share the packages). */
    private static Path classesDirectory() throws URISyntaxException {
        return ScopedFiles.locationOf(PhraseTranslator.class);
    }

    /**
     * indonesian-text's classes: the glossary matching that GlossaryTerms uses and the morphology (clitic splitting,
     * readings of unknown words) decide output too.
     */
    private static Path textClasses() throws URISyntaxException {
        return ScopedFiles.locationOf(io.warta.text.glossary.TermIndex.class);
    }
}
