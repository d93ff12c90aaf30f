package io.warta.gateway.compat;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTextTest {

    @Test
    void oneLineIsEscapedTextWithoutAParagraph() {
        assertThat(HtmlText.fromLines("Prices rose 5% & stocks < 10 tons, \"officials\" said."))
                .isEqualTo("Prices rose 5% &amp; stocks &lt; 10 tons, &quot;officials&quot; said.");
    }

    @Test
    void severalLinesBecomeParagraphsAndBlankLinesDisappear() {
        assertThat(HtmlText.fromLines("North Korea fired a missile.\n\nResidents were told to stay <calm>."))
                .isEqualTo("<p>North Korea fired a missile.</p><p>Residents were told to stay &lt;calm&gt;.</p>");
    }

    @Test
    void markupInATranslationNeverSurvivesAsMarkup() {
        String html = HtmlText.fromLines("<script>alert('x')</script><img src=x onerror=alert(1)>");
        assertThat(html).doesNotContain("<script", "<img", "'").startsWith("&lt;script&gt;");
    }
}
