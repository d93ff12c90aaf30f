package io.warta.translate.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.warta.translate.engine.morph.DerivedReadings;
import io.warta.translate.engine.morph.DerivedReadings.RootTranslation;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Readings of unseen derived words from their roots' translations (the option source is DerivedWordsTest). */
class DerivedReadingsTest {

    private static final Set<String> ENGLISH = Set.of("coordinate", "coordinated", "bomb", "bombing", "import",
            "imported", "countries", "country", "popular", "eaten", "eat", "house", "health", "dismantled", "worsen", "leaders");

    private static List<String> read(String word, Map<String, List<String>> roots) {
        Function<String, List<RootTranslation>> lookup = r -> roots.containsKey(r)
                ? roots.get(r).stream().map(e -> new RootTranslation(e.split(" "), new float[] {-1, -1, -1, -1, 0})).toList()
                : null;
        return DerivedReadings.readings(word, lookup, ENGLISH::contains).stream()
                .map(r -> String.join(" ", r.words())).toList();
    }

    @Test
    void passivesGetTheParticipleTheVocabularyKnows() {
        assertThat(read("dikoordinasikan", Map.of("koordinasi", List.of("coordinate", "coordination"))))
                .containsExactly("coordinated", "coordination");
        assertThat(read("diimpor", Map.of("impor", List.of("import")))).containsExactly("imported");
        assertThat(read("dimakan", Map.of("makan", List.of("eat")))).containsExactly("eaten");
    }

    @Test
    void aPassiveIsReadThroughItsActiveFormFirst() {
        // dibongkar: membongkar (b keeps the nasal mem-); diperparah: memperparah; dikirim: mengirim (k swallowed).
        assertThat(read("dibongkar", Map.of("membongkar", List.of("dismantle"), "bongkar", List.of("unload"))))
                .containsExactly("dismantled");
        assertThat(read("diperparah", Map.of("memperparah", List.of("worsen"), "parah", List.of("severe"))))
                .containsExactly("worsen");
        assertThat(read("dikirimkan", Map.of("mengirimkan", List.of("send")))).containsExactly("send");
    }

    @Test
    void anUnknownInflectionIsNotMadeUp() {
        // "populared" is no English word: the root's word alone.
        assertThat(read("terpopuler", Map.of("populer", List.of("popular")))).containsExactly("popular");
    }

    @Test
    void nounsOfAnActionAlsoGetTheIngForm() {
        assertThat(read("pengeboman", Map.of("bom", List.of("bomb")))).containsExactly("bombing", "bomb");
        assertThat(read("kesehatan", Map.of("sehat", List.of("health")))).containsExactly("health");
    }

    @Test
    void reduplicationIsAPluralAndCliticsAPossessive() {
        assertThat(read("negara-negara", Map.of("negara", List.of("country")))).containsExactly("countries");
        assertThat(read("rumahku", Map.of("rumah", List.of("house")))).containsExactly("my house");
    }

    @Test
    void atMostThreeOneWordTranslationsOfOneRoot() {
        // The longest root the model knows: pemuka-pemuka are leaders, not faces (muka).
        assertThat(read("pemuka-pemuka", Map.of("pemuka", List.of("leader"), "muka", List.of("face"))))
                .containsExactly("leaders");
        assertThat(read("dimakan", Map.of("makan", List.of("eat", "a meal", "dine", "feed", "consume"))))
                .containsExactly("eaten", "dine", "feed");
        assertThat(read("xyzabc", Map.of("rumah", List.of("house")))).isEmpty();
        assertThat(read("di" + "a".repeat(100), Map.of("a".repeat(100), List.of("house")))).isEmpty();
    }
}
