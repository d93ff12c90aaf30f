package io.warta.cache;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A content-addressed cache key: the SHA-256 (hex) of every part that changes a result — the
 * normalized input, the engine id and version, the options — each part length-prefixed so that
 * ("ab", "c") and ("a", "bc") never collide.
 */
public final class ContentKey {

    private ContentKey() {
    }

    public static String of(String... parts) {
        return of((byte[]) null, parts);
    }

    /**
     * The key of raw bytes (a request body exactly as received) and the parts that decide what they mean;
     * no part can be mistaken for the bytes, which come last with their own length.
     */
    public static String of(byte[] raw, String... parts) {
        MessageDigest sha256 = sha256();
        for (String part : parts) {
            update(sha256, (part == null ? "\u0000null" : part).getBytes(StandardCharsets.UTF_8));
        }
        if (raw != null) {
            sha256.update("raw".getBytes(StandardCharsets.US_ASCII));
            update(sha256, raw);
        }
        return HexFormat.of().formatHex(sha256.digest());
    }

    private static void update(MessageDigest sha256, byte[] bytes) {
        sha256.update((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
        sha256.update(bytes);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
