package io.warta.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextNormalizerTest {

    @Test
    void composesUnicodeAndDropsControlCharacters() {
        String decomposed = "Cafe\u0301\u0007 \u00A0 di\tJakarta\r\n\r\n\r\n\r\nBaris";
        assertThat(TextNormalizer.normalize(decomposed)).isEqualTo("Café di Jakarta\n\nBaris");
    }

    @Test
    void normalizeLineJoinsLines() {
        assertThat(TextNormalizer.normalizeLine("  satu\n dua  ")).isEqualTo("satu dua");
    }
}
