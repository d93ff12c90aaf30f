package io.warta.translate.engine.phrase;

import static org.assertj.core.api.Assertions.assertThat;

import io.warta.translate.engine.phrase.features.Distortion;
import io.warta.translate.engine.phrase.features.Extension;
import io.warta.translate.engine.phrase.features.ExtensionFeature;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The search alone: it adds exactly the features it is given to the options' static scores. */
class DecoderTest {

    private static Decoder.Option option(int start, int end, double score, String english) {
        return new Decoder.Option(start, end, new int[] {LanguageModel.UNK}, score, PhraseTable.DEFAULT_REORDER,
                new Rendering(new String[] {english}, false));
    }

    private static String best(Decoder decoder, int n, List<Decoder.Option> options) {
        return String.join(" ", decoder.decode(n, options).stream().map(o -> o.rendering().words()[0]).toList());
    }

    /** A feature that pays {@code reward} for putting a phrase before the one it follows in the source. */
    private static ExtensionFeature swapReward(double reward) {
        return new ExtensionFeature() {
            @Override
            public String name() {
                return "swapReward";
            }

            @Override
            public double extend(double score, Extension e) {
                return e.orientation() == PhraseTable.SWAP ? score + reward : score;
            }
        };
    }

    @Test
    void withoutFeaturesTheBestStaticScoresWinInSourceOrder() {
        List<Decoder.Option> options = List.of(option(0, 1, -1, "a"), option(0, 1, -0.5, "A"), option(1, 2, -1, "b"));
        assertThat(best(new Decoder(List.of(), 20, 4), 2, options)).isEqualTo("A b");
    }

    @Test
    void theGivenFeaturesDecideTheOrder() {
        List<Decoder.Option> options = List.of(option(0, 1, -1, "a"), option(1, 2, -1, "b"));
        Weights w = Weights.defaults().with("distortion", -1.0);
        assertThat(best(new Decoder(List.of(new Distortion(w)), 20, 4), 2, options)).isEqualTo("a b");
        // Swapped, the distortion costs 1 + 2 = 3 (from 0 to 1, then from 2 back to 0); a reward of 5 pays for it.
        assertThat(best(new Decoder(List.of(new Distortion(w), swapReward(5)), 20, 4), 2, options)).isEqualTo("b a");
        assertThat(best(new Decoder(List.of(new Distortion(w), swapReward(2)), 20, 4), 2, options)).isEqualTo("a b");
        // A distortion limit of 0 forbids the swap whatever the features say.
        assertThat(best(new Decoder(List.of(swapReward(5)), 20, 0), 2, options)).isEqualTo("a b");
    }

    @Test
    void finishIsAddedOnceWhenTheSentenceIsCovered() {
        int[] calls = new int[1];
        ExtensionFeature endOnly = new ExtensionFeature() {
            @Override
            public String name() {
                return "end";
            }

            @Override
            public double extend(double score, Extension e) {
                return score;
            }

            @Override
            public double finish(double score, Extension e) {
                calls[0]++;
                // Ending on "b2" is worth more than the static scores' difference.
                return e.option().rendering().words()[0].equals("b2") ? score + 10 : score;
            }
        };
        List<Decoder.Option> options = List.of(option(0, 1, -1, "a"), option(1, 2, -1, "b"), option(1, 2, -3, "b2"));
        assertThat(best(new Decoder(List.of(endOnly), 20, 0), 2, options)).isEqualTo("a b2");
        assertThat(calls[0]).isEqualTo(2);
    }
}
