package io.warta.translate.engine;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Model files on the classpath under {@code /model/} (registered for native images with
 * {@code quarkus.native.resources.includes=model/**}). They enter the engines' versions through the build-time
 * digest of {@code model/} (see {@link ModelBackedEngine#COMPONENT}), not here.
 */
public final class ModelFiles {

    /** The whole file as a stream. */
    public InputStream open(String name) {
        String path = "/model/" + name;
        try (InputStream in = ModelFiles.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("model file missing from the classpath: " + path);
            }
            return new ByteArrayInputStream(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static boolean exists(String name) {
        return ModelFiles.class.getResource("/model/" + name) != null;
    }
}
