package io.warta.translate.engine.protect;

import static org.assertj.core.api.Assertions.assertThat;

import io.warta.text.glossary.Glossary;
import io.warta.text.glossary.GlossaryEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class GlossaryPlaceholdersTest {

    private static final Glossary GLOSSARY = Glossary.of(List.of(new GlossaryEntry("Korea Utara", "the DPRK"),
            new GlossaryEntry("KPK", "KPK")), Glossary.Limits.DEFAULT);

    @Test
    void termsBecomeNumberedPlaceholdersAndComeBackAsTheirEnglish() {
        GlossaryPlaceholders.Protected p = GlossaryPlaceholders.protect("Pemimpin korea utara bertemu penyidik KPK-nya.",
                GLOSSARY);
        assertThat(p.text()).isEqualTo("Pemimpin [G1] bertemu penyidik [G2].");
        assertThat(p.english()).containsExactly("the DPRK", "KPK");
        assertThat(GlossaryPlaceholders.restore("The leader of [G1] met [ g2 ] investigators.", p.english()))
                .isEqualTo("The leader of the DPRK met KPK investigators.");
        // lost, unknown or broken placeholders: no restoration
        assertThat(GlossaryPlaceholders.restore("The leader of North Korea met [G2] investigators.", p.english())).isNull();
        assertThat(GlossaryPlaceholders.restore("[G1] [G2] [G3]", p.english())).isNull();
        assertThat(GlossaryPlaceholders.restore("[G1] [G 2", p.english())).isNull();
    }

    @Test
    void anAnswerThatLostAPlaceholderIsTranslatedAgainWithoutThem() {
        List<List<String>> calls = new ArrayList<>();
        UnaryOperator<List<String>> garbling = batch -> {
            calls.add(batch);
            // loses the placeholder of the first sentence only, and translates the unprotected one its own way
            return batch.stream().map(s -> s.replace("[G1] menolak", "North Korea menolak")
                    .replace("Korea Utara", "North Korea")).toList();
        };
        List<String> out = GlossaryPlaceholders.translate(List.of("Korea Utara menolak.", "Harga naik.", "KPK datang."),
                GLOSSARY, garbling);
        assertThat(out).containsExactly("North Korea menolak.", "Harga naik.", "KPK datang.");
        assertThat(calls).containsExactly(List.of("[G1] menolak.", "Harga naik.", "[G1] datang."),
                List.of("Korea Utara menolak."));
    }

    @Test
    void withoutAGlossaryTheSentencesGoAsTheyAre() {
        assertThat(GlossaryPlaceholders.translate(List.of("Korea Utara menolak."), Glossary.EMPTY, b -> b))
                .containsExactly("Korea Utara menolak.");
    }
}
