package io.warta.cache;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContentKeyTest {

    @Test
    void isStableHexSha256() {
        assertThat(ContentKey.of("a", "b")).hasSize(64).matches("[0-9a-f]+").isEqualTo(ContentKey.of("a", "b"));
    }

    @Test
    void partBoundariesMatter() {
        assertThat(ContentKey.of("ab", "c")).isNotEqualTo(ContentKey.of("a", "bc"));
        assertThat(ContentKey.of("a", null)).isNotEqualTo(ContentKey.of("a", "null"));
    }

    @Test
    void rawBytesAreKeyedExactlyAndApartFromTheParts() {
        byte[] body = "{\"text\":\"Banjir\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(ContentKey.of(body, "json", "engine/1")).isEqualTo(ContentKey.of(body.clone(), "json", "engine/1"))
                .isNotEqualTo(ContentKey.of(body, "json", "engine/2"))
                .isNotEqualTo(ContentKey.of(body, "text", "engine/1"))
                .isNotEqualTo(ContentKey.of("{\"text\":\"Banjir\" }".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                        "json", "engine/1"));
        // The bytes are never read as one more part.
        assertThat(ContentKey.of(new byte[] { 'x' }, "a")).isNotEqualTo(ContentKey.of("a", "x"));
        assertThat(ContentKey.of((byte[]) null, "a", "b")).isEqualTo(ContentKey.of("a", "b"));
    }
}
