package io.warta.summary.summarizer;

import static org.assertj.core.api.Assertions.assertThat;

import io.warta.digest.ComponentDigest;
import io.warta.text.morph.IndonesianMorphology;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The summarizer's version cannot lie: it is made from the build-time digest ({@link ExtractiveSummarizer#version}),
 * and the digest covers every class of the summarizer, the shared text classes it runs (the Indonesian morphology
 * that stems its terms among them) and its resources, found here independently by walking the class locations; one
 * changed byte in the morphology changes the digest and so the version (a summary cached under the old one misses).
 */
class SummarizerDigestTest {

    /** As summary-service's POM lists them in {@code component.digests}. */
    private static final List<String> SCOPES = List.of("io/warta/summary/", "io/warta/text/", "summarizer/");

    @TempDir
    Path temp;

    @Test
    void theDigestCoversTheSummarizerAndTheMorphologyAsBuilt() throws Exception {
        ComponentDigest built = ComponentDigest.load(ExtractiveSummarizer.COMPONENT);
        List<String> onDisk = new ArrayList<>();
        for (Path root : roots()) {
            onDisk.addAll(files(root));
        }
        assertThat(onDisk).anyMatch(path -> path.equals("io/warta/text/morph/IndonesianMorphology.class"))
                .anyMatch(path -> path.equals("io/warta/summary/summarizer/TextAnalyzer.class"))
                .anyMatch(path -> path.equals("summarizer/ranking-model.properties"));
        assertThat(built.files()).extracting(ComponentDigest.FileDigest::path).containsAll(onDisk);
        assertThat(ComponentDigest.compute(built.component(), roots(), SCOPES)).isEqualTo(built);
    }

    @Test
    void oneChangedByteInTheMorphologyChangesTheVersion() throws Exception {
        Path copy = temp.resolve("classes");
        for (Path root : roots()) {
            copyScopes(root, copy);
        }
        ComponentDigest reported = ComponentDigest.load(ExtractiveSummarizer.COMPONENT);
        ComponentDigest same = ComponentDigest.compute(ExtractiveSummarizer.COMPONENT, List.of(copy), SCOPES);
        assertThat(same.digest()).isEqualTo(reported.digest());

        byte[] bytes = Files.readAllBytes(copy.resolve("io/warta/text/morph/IndonesianMorphology.class"));
        bytes[0] ^= 1;
        Files.write(copy.resolve("io/warta/text/morph/IndonesianMorphology.class"), bytes);
        ComponentDigest changed = ComponentDigest.compute(ExtractiveSummarizer.COMPONENT, List.of(copy), SCOPES);
        assertThat(changed.digest()).isNotEqualTo(reported.digest());
        RankingModel model = RankingModel.load();
        assertThat(ExtractiveSummarizer.version(changed, model)).isNotEqualTo(ExtractiveSummarizer.version(reported, model));
    }

    /** summary-service's main classes and indonesian-text's (a directory under test, its jar under verify). */
    private static List<Path> roots() throws URISyntaxException {
        return List.of(location(ExtractiveSummarizer.class), location(IndonesianMorphology.class));
    }

    private static Path location(Class<?> type) throws URISyntaxException {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

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
            copy(location, walk(location), target);
            return;
        }
        try (FileSystem jar = FileSystems.newFileSystem(location)) {
            Path root = jar.getPath("/");
            copy(root, walk(root), target);
        }
    }

    private static void copy(Path root, List<String> paths, Path target) throws IOException {
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
