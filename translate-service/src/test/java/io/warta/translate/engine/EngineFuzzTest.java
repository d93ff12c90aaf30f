package io.warta.translate.engine;

import static io.warta.text.testing.HostileInputs.bounded;
import static io.warta.text.testing.HostileInputs.describe;
import static org.assertj.core.api.Assertions.assertThat;

import io.warta.text.TextNormalizer;
import io.warta.text.testing.HostileInputs;
import io.warta.translate.engine.text.Tokenizer;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The tokenizer and the built-in engines over generated hostile input ({@link HostileInputs}), normalized as the
 * service normalizes every text first: a time bound per input, no {@code Throwable}, and nothing of the input lost.
 */
class EngineFuzzTest {

    /** A sentence the engine sees, not a whole article: the service splits articles first. */
    private static final int SENTENCE_LENGTH = 2_000;

    @Test
    void tokenizingLosesNothing() {
        Random random = HostileInputs.random("tokenize");
        for (int i = 0; i < HostileInputs.tries(); i++) {
            String input = TextNormalizer.normalizeLine(HostileInputs.next(random, HostileInputs.maxLength()));
            String what = describe("tokenize", i, input);
            List<String> tokens = bounded(what, input, () -> Tokenizer.tokenizeIndonesian(input));
            // Every character but white space is in exactly one token, in order.
            assertThat(String.join("", tokens)).as(what).isEqualTo(Tokenizer.clean(input).replaceAll("[ \\t\\n\\x0B\\f\\r]", ""));
        }
    }

    @Test
    void theBuiltinEnginesTranslateAnySentence() {
        PhraseEngine phrase = new PhraseEngine();
        LexiconEngine lexicon = new LexiconEngine();
        assertThat(phrase.isReady() && lexicon.isReady()).isTrue(); // the models load outside the bounds
        Random random = HostileInputs.random("translate");
        for (int i = 0; i < Math.max(1, HostileInputs.tries() / 4); i++) {
            String input = TextNormalizer.normalizeLine(HostileInputs.next(random, SENTENCE_LENGTH));
            String what = describe("translate", i, input);
            // The phrase engine spends about a millisecond on each token of a sentence of punctuation: generous bound.
            Duration bound = Duration.ofMillis(5_000 + 5L * input.length());
            String english = bounded(what, bound, () -> phrase.translate(input));
            assertThat(english).as(what).isNotNull();
            assertThat(bounded(what, bound, () -> lexicon.translate(input))).as(what).isNotNull();
            if (input.isBlank()) {
                assertThat(english).as(what).isBlank();
            }
        }
    }
}
