package io.warta.digest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * The digest of everything that decides one component's output: the bytes of every class and resource under its
 * scopes (path prefixes such as {@code io/warta/engine/} or {@code model/}). The build writes it next to the classes
 * ({@link WriteComponentDigest}, phase {@code process-classes}); at run time {@link #load(String)} reads it back, so
 * a version made from it changes whenever a class or a model file changes, with nobody bumping a number, and it
 * works in a native image, where class files cannot be read but this resource can.
 *
 * @param component the name, e.g. {@code phrase-engine}
 * @param digest SHA-256 (hex) over the {@code files} lines
 * @param files every file hashed, in path order
 */
public record ComponentDigest(String component, String digest, List<FileDigest> files) {

    /** Where the digests live on the classpath (to be included in native images). */
    public static final String DIRECTORY = "META-INF/warta/";
    /** Hex digits of {@link #shortDigest()}: 48 bits, ample to tell builds apart in a version string. */
    public static final int SHORT_LENGTH = 12;

    /** One hashed file: its path relative to its classpath root and the SHA-256 of its bytes. */
    public record FileDigest(String path, String sha256) {
        String line() {
            return sha256 + " " + path + "\n";
        }
    }

    public ComponentDigest {
        files = List.copyOf(files);
    }

    /** The digest's first {@value #SHORT_LENGTH} hex digits, the form versions carry. */
    public String shortDigest() {
        return digest.substring(0, SHORT_LENGTH);
    }

    /** The resource name the build writes this component's digest to. */
    public static String resourceName(String component) {
        return DIRECTORY + component + ".digest";
    }

    /** The digest the build wrote for this component; fails loudly when there is none (a build without it). */
    public static ComponentDigest load(String component) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        return load(component, loader != null ? loader : ComponentDigest.class.getClassLoader());
    }

    public static ComponentDigest load(String component, ClassLoader loader) {
        String name = resourceName(component);
        try (InputStream in = loader.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the classpath: the build writes it in the "
                        + "process-classes phase (exec-maven-plugin, io.warta.digest.WriteComponentDigest)");
            }
            return parse(component, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Hashes every file whose path (relative to its root, with {@code /}) starts with one of the scopes, in each
     * root: a directory of classes or a jar. Files are taken in path order, so the result does not depend on the
     * file system, and a class reads the same from a directory as from a jar.
     */
    public static ComponentDigest compute(String component, List<Path> roots, List<String> scopes) {
        List<FileDigest> files = new ArrayList<>();
        for (Path root : roots) {
            if (Files.isDirectory(root)) {
                collect(root, scopes, files);
            } else if (Files.isRegularFile(root)) {
                try (FileSystem jar = FileSystems.newFileSystem(root)) {
                    collect(jar.getPath("/"), scopes, files);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read " + root, e);
                }
            }
        }
        files.sort(Comparator.comparing(FileDigest::path).thenComparing(FileDigest::sha256));
        MessageDigest total = sha256();
        files.forEach(file -> total.update(file.line().getBytes(StandardCharsets.UTF_8)));
        return new ComponentDigest(component, HexFormat.of().formatHex(total.digest()), files);
    }

    /**
     * The classpath roots (directories or jars) of this loader that hold something under the scopes: for a scope
     * {@code a/b/} or {@code a/b/C.class}, every root with a directory {@code a/b}.
     */
    public static List<Path> roots(ClassLoader loader, List<String> scopes) {
        List<Path> roots = new ArrayList<>();
        for (String scope : scopes) {
            String directory = scope.substring(0, Math.max(0, scope.lastIndexOf('/')));
            try {
                var urls = loader.getResources(directory);
                while (urls.hasMoreElements()) {
                    Path root = rootOf(urls.nextElement().toURI(), directory);
                    if (root != null && !roots.contains(root)) {
                        roots.add(root);
                    }
                }
            } catch (IOException | java.net.URISyntaxException e) {
                throw new IllegalStateException("cannot list the classpath for " + scope, e);
            }
        }
        roots.sort(Comparator.naturalOrder());
        return roots;
    }

    /** What the build writes: the total digest, then one line per file. */
    public String text() {
        StringBuilder text = new StringBuilder("digest ").append(digest).append('\n');
        files.forEach(file -> text.append(file.line()));
        return text.toString();
    }

    static ComponentDigest parse(String component, String text) {
        List<FileDigest> files = new ArrayList<>();
        String digest = null;
        for (String line : text.split("\n")) {
            int space = line.indexOf(' ');
            if (space <= 0) {
                continue;
            }
            if (digest == null && line.startsWith("digest ")) {
                digest = line.substring(space + 1);
            } else {
                files.add(new FileDigest(line.substring(space + 1), line.substring(0, space)));
            }
        }
        if (digest == null || digest.length() < SHORT_LENGTH) {
            throw new IllegalStateException("no digest in " + resourceName(component));
        }
        return new ComponentDigest(component, digest, files);
    }

    private static void collect(Path root, List<String> scopes, List<FileDigest> files) {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : (Iterable<Path>) walk.filter(Files::isRegularFile).sorted()::iterator) {
                String path = relativePath(root, file);
                if (scopes.stream().anyMatch(path::startsWith)) {
                    files.add(new FileDigest(path, HexFormat.of().formatHex(sha256().digest(Files.readAllBytes(file)))));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + root, e);
        }
    }

    private static String relativePath(Path root, Path file) {
        StringBuilder path = new StringBuilder();
        for (Path part : root.relativize(file)) {
            if (path.length() > 0) {
                path.append('/');
            }
            path.append(part.toString());
        }
        return path.toString();
    }

    private static Path rootOf(URI uri, String directory) {
        String text = uri.toString();
        if (text.startsWith("jar:")) {
            int separator = text.indexOf("!/");
            return separator < 0 ? null : Path.of(URI.create(text.substring(4, separator)));
        }
        if (!"file".equals(uri.getScheme())) {
            return null;
        }
        Path path = Path.of(uri);
        for (int depth = directory.isEmpty() ? 0 : directory.split("/").length; depth > 0; depth--) {
            path = path.getParent();
        }
        return path;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
