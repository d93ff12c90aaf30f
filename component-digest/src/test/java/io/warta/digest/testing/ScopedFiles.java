package io.warta.digest.testing;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The files a component digest should cover, found independently of it: those under the digest's scopes in a class
 * location, a classes directory (under {@code test}) or a jar (where the reactor resolves a module to its jar, under
 * {@code verify}). The digest tests of the engine and the summarizer list them and copy them to change a byte.
 */
public final class ScopedFiles {

    private ScopedFiles() {
    }

    /** Where a class was loaded from: its classes directory or its jar. */
    public static Path locationOf(Class<?> type) throws URISyntaxException {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    /** The paths (with '/') of the regular files under {@code scopes} in a classes directory or jar, sorted. */
    public static List<String> list(Path location, List<String> scopes) throws IOException {
        if (Files.isDirectory(location)) {
            return walk(location, scopes);
        }
        try (FileSystem jar = FileSystems.newFileSystem(location)) {
            return walk(jar.getPath("/"), scopes);
        }
    }

    /** Copies the files under {@code scopes} of a classes directory or jar into {@code target}, keeping their paths. */
    public static void copy(Path location, List<String> scopes, Path target) throws IOException {
        if (Files.isDirectory(location)) {
            copyFiles(location, walk(location, scopes), target);
            return;
        }
        try (FileSystem jar = FileSystems.newFileSystem(location)) {
            Path root = jar.getPath("/");
            copyFiles(root, walk(root, scopes), target);
        }
    }

    /** {@link #list(Path, List)} over several locations (a module's classes and those of the modules it uses). */
    public static List<String> list(List<Path> locations, List<String> scopes) throws IOException {
        List<String> paths = new ArrayList<>();
        for (Path location : locations) {
            paths.addAll(list(location, scopes));
        }
        return paths;
    }

    /** {@link #copy(Path, List, Path)} of several locations into one directory. */
    public static void copy(List<Path> locations, List<String> scopes, Path target) throws IOException {
        for (Path location : locations) {
            copy(location, scopes, target);
        }
    }

    /** Flips the lowest bit of a file's first byte. */
    public static void flipFirstByte(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        bytes[0] ^= 1;
        Files.write(file, bytes);
    }

    private static void copyFiles(Path root, List<String> paths, Path target) throws IOException {
        for (String path : paths) {
            Files.createDirectories(target.resolve(path).getParent());
            Files.copy(root.resolve(path), target.resolve(path));
        }
    }

    private static List<String> walk(Path root, List<String> scopes) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(path -> root.relativize(path).toString().replace('\\', '/'))
                    .filter(path -> scopes.stream().anyMatch(path::startsWith)).sorted().toList();
        }
    }
}
