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
}
