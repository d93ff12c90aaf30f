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

    @Test
    void unifiesEverySpaceRunButLeavesSingleSpacesAndJoinersAlone() {
        assertThat(TextNormalizer.normalize("a  b\u2003c \u00A0d\u200Be\u3000 f")).isEqualTo("a b c de f"); // a zero-width space is a format character: dropped
        assertThat(TextNormalizer.normalize("kata biasa saja")).isEqualTo("kata biasa saja");
        assertThat(TextNormalizer.normalize("\uFEFFteks\u200Dgabung\u0000")).isEqualTo("teks\u200Dgabung");
    }
}
