package io.warta.text.fidelity;

import static org.assertj.core.api.Assertions.assertThat;

import io.warta.text.glossary.Glossary;
import io.warta.text.glossary.GlossaryEntry;
import java.util.List;
import org.junit.jupiter.api.Test;

class GlossaryCheckTest {

    private static final Glossary GLOSSARY = Glossary.of(List.of(new GlossaryEntry("Korea Utara", "the DPRK"),
            new GlossaryEntry("KPK", "the Corruption Eradication Commission")), Glossary.Limits.DEFAULT);

    @Test
    void aTermWhoseEnglishIsMissingIsAMiss() {
        List<FidelityWarning> warnings = GlossaryCheck.check("Pemimpin Korea Utara bertemu penyidik KPK.",
                "The North Korean leader met the Corruption Eradication Commission's investigators.", GLOSSARY);
        assertThat(warnings).singleElement().satisfies(w -> {
            assertThat(w.type()).isEqualTo(FidelityWarning.GLOSSARY_MISS);
            assertThat(w.detail()).isEqualTo("glossary term not kept: Korea Utara → the DPRK");
        });
    }

    @Test
    void keptTermsInAnyCaseAndTermsWithCliticsPass() {
        assertThat(GlossaryCheck.check("Korea Utara menolak. Penyidik KPK-nya datang.",
                "The DPRK refused. The Corruption Eradication Commission investigators came.", GLOSSARY)).isEmpty();
        assertThat(GlossaryCheck.check("Harga beras naik.", "Rice prices rose.", GLOSSARY)).isEmpty();
        assertThat(GlossaryCheck.check("Korea Utara menolak.", "North Korea refused.", Glossary.EMPTY)).isEmpty();
    }

    @Test
    void theEnglishMustBeWholeWords() {
        assertThat(GlossaryCheck.check("Korea Utara menolak.", "The DPRKs refused.", GLOSSARY))
                .extracting(FidelityWarning::type).containsExactly(FidelityWarning.GLOSSARY_MISS);
    }
}
