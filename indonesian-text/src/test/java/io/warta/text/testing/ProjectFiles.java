package io.warta.text.testing;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Finds the repository root (from the module or the root directory) and the shared data beside it
 * ({@code ../shared}), never by an absolute path. A missing data folder skips a test on a developer machine and
 * fails it in CI ({@code CI=true}), so a missing folder can never turn a quality check green.
 */
public final class ProjectFiles {

    public static final String RECORDED = "docs/evaluation/recorded-quality.properties";

    private ProjectFiles() {
    }

    public static Path repoRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve(RECORDED))) {
                return dir;
            }
        }
        throw new IllegalStateException(RECORDED + " not found above " + Path.of("").toAbsolutePath());
    }

    /** A file or folder under {@code ../shared}; skips the test (fails it under CI=true) when absent. */
    public static Path requireShared(String relative) {
        Path path = repoRoot().resolveSibling("shared").resolve(relative).normalize();
        if (!Files.exists(path)) {
            String message = "../shared/" + relative + " (the project's shared data beside the repository) is absent";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                Assertions.fail(message);
            }
            Assumptions.abort(message);
        }
        return path;
    }

    /** The recorded quality values, which docs/evaluation/*.md quote. */
    public static Properties recorded() {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(repoRoot().resolve(RECORDED), StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return p;
    }

    public static double recorded(String key) {
        String value = recorded().getProperty(key);
        if (value == null) {
            throw new IllegalStateException(key + " missing from " + RECORDED);
        }
        return Double.parseDouble(value.strip());
    }
}
