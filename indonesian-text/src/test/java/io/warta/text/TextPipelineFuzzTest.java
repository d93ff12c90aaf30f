package io.warta.text;

import static io.warta.text.testing.HostileInputs.bounded;
import static io.warta.text.testing.HostileInputs.describe;
import static org.assertj.core.api.Assertions.assertThat;

import io.warta.text.testing.HostileInputs;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Every pass of the text pipeline over generated hostile input ({@link HostileInputs}): each input within a time
 * bound proportional to its length, no {@code Throwable}, and outputs that still mean what they say.
 */
class TextPipelineFuzzTest {

    @Test
    void normalizeAndReduceMarkup() {
        Random random = HostileInputs.random("normalize");
        for (int i = 0; i < HostileInputs.tries(); i++) {
            String input = HostileInputs.next(random, HostileInputs.maxLength());
            String what = describe("normalize", i, input);
            String normalized = bounded(what, input, () -> TextNormalizer.normalize(input));
            assertThat(normalized).as(what).isEqualTo(normalized.strip()).doesNotContain("\r", "\n\n\n", "\u0000", "\u200B");
            String text = bounded(what, input, () -> MarkupText.toText(input));
            if (input.indexOf('<') < 0) {
                assertThat(text).as(what).isEqualTo(input); // text without tags is never touched
            }
        }
    }

    @Test
    void splitParseAndDetect() {
        Random random = HostileInputs.random("parse");
        for (int i = 0; i < HostileInputs.tries(); i++) {
            String input = HostileInputs.next(random, HostileInputs.maxLength());
            String what = describe("parse", i, input);
            List<String> sentences = bounded(what, input, () -> SentenceSplitter.split(input));
            assertThat(sentences).as(what).allSatisfy(s -> assertThat(s).isNotBlank().isEqualTo(s.strip()).doesNotContain("\n"));
            Article article = bounded(what, input, () -> ArticleParser.parse(input));
            List<String> body = bounded(what, input, article::bodySentences);
            assertThat(body).as(what).allSatisfy(s -> assertThat(s).isNotBlank());
            LanguageDetector.Detection detection = bounded(what, input, () -> LanguageDetector.detect(input));
            assertThat(detection.confidence()).as(what).isBetween(0.0, 1.0);
        }
    }
}
