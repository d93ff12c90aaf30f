package io.warta.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkupTextTest {

    @Test
    void htmlIsReducedToItsVisibleText() {
        String html = "<div><h1>Banjir &amp; Longsor</h1><script>alert('x')</script>"
                + "<p>Warga <b>mengungsi</b>.<br>Air&nbsp;surut.</p><!-- iklan --></div>";
        assertThat(TextNormalizer.normalize(html)).isEqualTo("Banjir & Longsor\n\nWarga mengungsi.\nAir surut.");
    }

    @Test
    void textWithoutTagsIsUntouched() {
        assertThat(MarkupText.toText("Jika a < b dan b > c, maka &amp; tetap.")).isEqualTo("Jika a < b dan b > c, maka &amp; tetap.");
        assertThat(MarkupText.looksLikeMarkup("Harga naik 5 < 10 persen")).isFalse();
    }

    @Test
    void numericReferencesAreDecodedButNeverIntoControlCharacters() {
        assertThat(MarkupText.toText("<p>Caf&#233; &#x41;&#0;</p>")).isEqualTo("\nCafé A&#0;\n");
    }

    @Test
    void escapedMarkupInsideHtmlIsNotDecodedIntoLiveTags() {
        String html = "<p>Warga &lt;script&gt;alert(1)&lt;/script&gt;mengungsi &amp;lt;b&amp;gt;hari ini.</p>";
        String text = MarkupText.toText(html);
        assertThat(text).doesNotContain("<script", "<b>", "alert").contains("Warga", "mengungsi", "hari ini.");
        assertThat(MarkupText.looksLikeMarkup(text)).isFalse();
    }
}
