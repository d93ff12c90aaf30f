package io.warta.digest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ComponentDigestTest {

    private static final List<String> SCOPES = List.of("io/example/engine/", "model/");

    @TempDir
    Path temp;

    @Test
    void coversEveryFileUnderTheScopesAndNothingElse() throws IOException {
        Path classes = classes(temp.resolve("classes"));
        ComponentDigest digest = ComponentDigest.compute("engine", List.of(classes), SCOPES);
        assertThat(digest.files()).extracting(ComponentDigest.FileDigest::path).containsExactly(
                "io/example/engine/Decoder.class", "io/example/engine/rules/Rule.class", "model/weights.properties");
        assertThat(digest.digest()).hasSize(64);
        assertThat(digest.shortDigest()).isEqualTo(digest.digest().substring(0, 12));
    }

    @Test
    void oneChangedByteInAClassOrTheModelChangesTheDigest() throws IOException {
        Path classes = classes(temp.resolve("classes"));
        String before = ComponentDigest.compute("engine", List.of(classes), SCOPES).digest();
        Path rule = classes.resolve("io/example/engine/rules/Rule.class");
        byte[] bytes = Files.readAllBytes(rule);
        bytes[0] ^= 1;
        Files.write(rule, bytes);
        String afterClass = ComponentDigest.compute("engine", List.of(classes), SCOPES).digest();
        Files.writeString(classes.resolve("model/weights.properties"), "lm=1.01\n");
        String afterModel = ComponentDigest.compute("engine", List.of(classes), SCOPES).digest();
        assertThat(List.of(before, afterClass, afterModel)).doesNotHaveDuplicates();
        // A file renamed is a change too, even with the same bytes.
        Files.move(rule, rule.resolveSibling("Rule2.class"));
        assertThat(ComponentDigest.compute("engine", List.of(classes), SCOPES).digest()).isNotEqualTo(afterModel);
    }

    @Test
    void aJarDigestsLikeTheDirectoryItWasMadeFrom() throws IOException {
        Path classes = classes(temp.resolve("classes"));
        Path jar = jar(classes, temp.resolve("engine.jar"));
        assertThat(ComponentDigest.compute("engine", List.of(jar), SCOPES))
                .isEqualTo(ComponentDigest.compute("engine", List.of(classes), SCOPES));
    }

    @Test
    void rootsAreFoundThroughTheClassLoaderAndTheWrittenDigestReadsBack() throws IOException {
        Path classes = classes(temp.resolve("classes"));
        Path out = Files.createDirectories(temp.resolve("out"));
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL(), out.toUri().toURL()}, null)) {
            assertThat(ComponentDigest.roots(loader, SCOPES)).containsExactly(classes);
            ClassLoader previous = Thread.currentThread().getContextClassLoader();
            Thread.currentThread().setContextClassLoader(loader);
            try {
                WriteComponentDigest.main(new String[] {out.toString(), "engine=io/example/engine/,model/ other=model/"});
            } finally {
                Thread.currentThread().setContextClassLoader(previous);
            }
            assertThat(ComponentDigest.load("engine", loader))
                    .isEqualTo(ComponentDigest.compute("engine", List.of(classes), SCOPES));
            assertThat(ComponentDigest.load("other", loader).files()).hasSize(1);
        }
    }

    @Test
    void aScopeWithNothingInItIsABuildError() throws IOException {
        Path classes = classes(temp.resolve("classes"));
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, null)) {
            ClassLoader previous = Thread.currentThread().getContextClassLoader();
            Thread.currentThread().setContextClassLoader(loader);
            try {
                assertThatThrownBy(() -> WriteComponentDigest.main(
                        new String[] {temp.toString(), "engine=io/example/engine/,modle/"}))
                        .hasMessageContaining("modle/");
            } finally {
                Thread.currentThread().setContextClassLoader(previous);
            }
        }
    }

    @Test
    void aMissingDigestFailsLoudly() {
        assertThatThrownBy(() -> ComponentDigest.load("no-such-component"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("no-such-component.digest");
    }

    private static Path classes(Path root) throws IOException {
        write(root.resolve("io/example/engine/Decoder.class"), "decoder bytes");
        write(root.resolve("io/example/engine/rules/Rule.class"), "rule bytes");
        write(root.resolve("io/example/service/Resource.class"), "not the engine's");
        write(root.resolve("model/weights.properties"), "lm=1.0\n");
        write(root.resolve("application.properties"), "not the engine's either");
        return root;
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static Path jar(Path classes, Path jar) throws IOException {
        try (OutputStream out = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(out);
                var walk = Files.walk(classes)) {
            for (Path path : (Iterable<Path>) walk.sorted()::iterator) {
                String name = classes.relativize(path).toString().replace('\\', '/');
                if (name.isEmpty()) {
                    continue;
                }
                if (Files.isDirectory(path)) {
                    zip.putNextEntry(new ZipEntry(name + "/"));
                } else {
                    zip.putNextEntry(new ZipEntry(name));
                    zip.write(Files.readAllBytes(path));
                }
                zip.closeEntry();
            }
        }
        return jar;
    }
}
