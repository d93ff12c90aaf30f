package io.warta.translate.engine;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Model files on the classpath under {@code /model/} (registered for native images with
 * {@code quarkus.native.resources.includes=model/**}). Every file read is folded into a digest, so
 * an engine's version changes exactly when its model files do.
 */
public final class ModelFiles {

    private final MessageDigest digest;

    public ModelFiles() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The whole file as a stream; its bytes enter the version digest. */
    public InputStream open(String name) {
        String path = "/model/" + name;
        try (InputStream in = ModelFiles.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("model file missing from the classpath: " + path);
            }
            byte[] bytes = in.readAllBytes();
            digest.update(name.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            digest.update(bytes);
            return new ByteArrayInputStream(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static boolean exists(String name) {
        return ModelFiles.class.getResource("/model/" + name) != null;
    }

    /** Short hex digest of everything opened so far. */
    public String fingerprint() {
        try {
            MessageDigest copy = (MessageDigest) digest.clone();
            return HexFormat.of().formatHex(copy.digest()).substring(0, 12);
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException(e);
        }
    }
}
