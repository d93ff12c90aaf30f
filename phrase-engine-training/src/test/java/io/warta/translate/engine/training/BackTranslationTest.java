package io.warta.translate.engine.training;

import static org.assertj.core.api.Assertions.assertThat;

import io.warta.translate.engine.phrase.LanguageModel;
import io.warta.translate.engine.phrase.PhraseTable;
import io.warta.translate.engine.phrase.Weights;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackTranslationTest {

    private static PhraseTable.Option option(String english, float phiEF, float phiFE, float dictionary) {
        return new PhraseTable.Option(english.split(" "), new float[] {phiEF, phiFE, -1f, -2f, dictionary});
    }

    private static final PhraseTable FORWARD = new PhraseTable(Map.of(
            "rumah", new PhraseTable.Option[] {option("house", -0.1f, -0.2f, 0), option("home", -1f, -0.5f, 0)},
            "kediaman", new PhraseTable.Option[] {option("house", -2f, -3f, 0)},
            "besar", new PhraseTable.Option[] {option("big", -0.1f, -0.1f, 0), option("great", -2f, -0.3f, 1)}));

    @Test
    void theReverseTableSwapsTheRolesAndDropsDictionarySenses() {
        PhraseTable reverse = ReversePhraseTable.invert(FORWARD, 8);

        PhraseTable.Option[] house = reverse.get("house");
        assertThat(house).extracting(o -> String.join(" ", o.words())).containsExactly("rumah", "kediaman");
        // p(id | en) is the forward p(f | e), and the lexical weights swap likewise.
        assertThat(house[0].scores()).containsExactly(-0.2f, -0.1f, -2f, -1f, 0f);
        assertThat(reverse.get("great")).as("a dictionary-only sense carries no probabilities to read back").isNull();
        assertThat(ReversePhraseTable.invert(FORWARD, 1).get("house")).hasSize(1);
    }

    @Test
    void englishComesBackAsIndonesianInTheLanguageModelsOrderWithNamesCopied(@TempDir Path dir) throws Exception {
        KneserNeyBuilder builder = new KneserNeyBuilder(4, 1000, new int[] {1, 1, 1, 1});
        for (int i = 0; i < 5; i++) {
            builder.add(List.of("rumah", "besar", "di", "jakarta"));
        }
        builder.add(List.of("di", "sana"));
        Path lmFile = dir.resolve("lm.bin.gz");
        builder.build(lmFile);
        LanguageModel lm;
        try (InputStream in = Files.newInputStream(lmFile)) {
            lm = LanguageModel.read(in);
        }
        PhraseTable forward = new PhraseTable(Map.of(
                "rumah", new PhraseTable.Option[] {option("house", -0.1f, -0.2f, 0)},
                "besar", new PhraseTable.Option[] {option("big", -0.1f, -0.1f, 0)},
                "di", new PhraseTable.Option[] {option("in", -0.1f, -0.1f, 0)}));
        BackTranslation bt = new BackTranslation(ReversePhraseTable.invert(forward, 8), lm, Weights.defaults());

        // English puts the adjective first; the Indonesian LM asks for the head first.
        assertThat(bt.translate(List.of("big", "house", "in", "Jakarta"))).containsExactly("rumah", "besar", "di", "Jakarta");
    }
}
