package io.warta.translate.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.warta.digest.ComponentDigest;
import io.warta.translate.engine.phrase.PhraseModel;
import io.warta.translate.engine.phrase.PhraseTranslator;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
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
        Path classes = classesDirectory();
        List<String> onDisk = new java.util.ArrayList<>(files(classes));
        onDisk.addAll(files(textClasses()));
        assertThat(onDisk).anyMatch(path -> path.endsWith("PhraseTranslator.class"))
                .anyMatch(path -> path.equals("model/phrase-table.bin.gz"))
                .anyMatch(path -> path.endsWith("glossary/TermIndex.class"))
                .anyMatch(path -> path.equals("io/warta/text/morph/IndonesianMorphology.class"))
                .anyMatch(path -> path.equals("io/warta/text/morph/CliticSplitter.class"));
        assertThat(built.files()).extracting(ComponentDigest.FileDigest::path).containsAll(onDisk);
        // The same bytes as now on disk: the digest is not stale.
        assertThat(ComponentDigest.compute(built.component(), List.of(classes, textClasses()), SCOPES))
                .isEqualTo(built);
    }

    @Test
    void oneChangedByteInAClassOrAModelFileChangesTheDigest() throws Exception {
        Path copy = temp.resolve("classes");
        for (Path classes : List.of(classesDirectory(), textClasses())) {
            copyScopes(classes, copy);
        }
        String reported = ComponentDigest.load(PhraseModel.COMPONENT).digest();
        assertThat(digestOf(copy)).isEqualTo(reported);

        flipFirstByte(copy.resolve("io/warta/translate/engine/phrase/Decoder.class"));
        String afterClass = digestOf(copy);
        flipFirstByte(copy.resolve("model/weights.properties"));
        String afterModel = digestOf(copy);
        flipFirstByte(copy.resolve("io/warta/text/glossary/TermIndex.class"));
        String afterGlossary = digestOf(copy);
        flipFirstByte(copy.resolve("io/warta/text/morph/IndonesianMorphology.class"));
        String afterMorphology = digestOf(copy);
        assertThat(List.of(reported, afterClass, afterModel, afterGlossary, afterMorphology)).doesNotHaveDuplicates();
    }

    private static String digestOf(Path classes) {
        return ComponentDigest.compute(PhraseModel.COMPONENT, List.of(classes), SCOPES).digest();
    }

    private static void flipFirstByte(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        bytes[0] ^= 1;
        Files.write(file, bytes);
    }

    /** The main classes (not the test classes, which share the packages). */
    private static Path classesDirectory() throws URISyntaxException {
        return Path.of(PhraseTranslator.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    /**
     * indonesian-text's classes: the glossary matching that GlossaryTerms uses and the morphology (clitic splitting,
     * readings of unknown words) decide output too.
     */
    private static Path textClasses() throws URISyntaxException {
        return Path.of(io.warta.text.glossary.TermIndex.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    /**
     * The files under the scopes of a classes directory or, where the reactor resolves indonesian-text to its jar
     * (verify, not test), of that jar.
     */
    private static List<String> files(Path location) throws IOException {
        if (Files.isDirectory(location)) {
            return walk(location);
        }
        try (FileSystem jar = FileSystems.newFileSystem(location)) {
            return walk(jar.getPath("/"));
        }
    }

    private static void copyScopes(Path location, Path target) throws IOException {
        if (Files.isDirectory(location)) {
            copyScopes(location, walk(location), target);
            return;
        }
        try (FileSystem jar = FileSystems.newFileSystem(location)) {
            Path root = jar.getPath("/");
            copyScopes(root, walk(root), target);
        }
    }

    private static void copyScopes(Path root, List<String> paths, Path target) throws IOException {
        for (String path : paths) {
            Files.createDirectories(target.resolve(path).getParent());
            Files.copy(root.resolve(path), target.resolve(path));
        }
    }

    private static List<String> walk(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(path -> root.relativize(path).toString().replace('\\', '/'))
                    .filter(path -> SCOPES.stream().anyMatch(path::startsWith)).sorted().toList();
        }
    }
}
