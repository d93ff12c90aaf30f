package io.warta.translate.engine.phrase.options;

import static io.warta.translate.engine.phrase.options.ToyModel.RESOURCES;
import static io.warta.translate.engine.phrase.options.ToyModel.options;
import static io.warta.translate.engine.phrase.options.ToyModel.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.warta.text.glossary.Glossary;
import io.warta.text.glossary.GlossaryEntry;
import io.warta.translate.engine.phrase.ChunkContext;
import java.util.List;
import org.junit.jupiter.api.Test;

class GlossaryTermsTest {

    private final GlossaryTerms glossary = new GlossaryTerms(Glossary.of(List.of(
            new GlossaryEntry("Korea Utara", "the DPRK"), new GlossaryEntry("KPK", "KPK"),
            new GlossaryEntry("rumah besar", "the Big House")), Glossary.Limits.DEFAULT));

    @Test
    void termsAreTheOnlyReadingOfTheirWordsInAnyCase() {
        ChunkContext chunk = run("militer KOREA utara dan kpk", false, glossary, new FixedSpans(RESOURCES.gazetteer()),
                new TableOptions(RESOURCES));
        // The gazetteer's North Korea and the table's readings never reach the glossary's words.
        assertThat(options(chunk)).containsExactly("1-3:the DPRK", "4-5:KPK", "0-1:military", "3-4:and");
        assertThat(chunk.fixed(1)).isTrue();
        assertThat(chunk.fixed(2)).isTrue();
        assertThat(chunk.fixed(4)).isTrue();
        assertThat(chunk.fixed(0)).isFalse();
    }

    @Test
    void aTermWithACliticIsMatchedAndTheCliticTranslated() {
        assertThat(options(run("penyidik KPK-nya", false, glossary))).containsExactly("1-2:KPK");
        assertThat(options(run("rumah besarku", false, glossary))).containsExactly("0-2:my Big House");
        assertThat(options(run("Korea Utaramu", false, glossary))).containsExactly("0-2:your DPRK");
    }

    @Test
    void onlyWholeTokensMatch() {
        assertThat(options(run("KPKX Korean Utara rumahbesar", false, glossary))).isEmpty();
        assertThat(options(run("Korea , Utara", false, glossary))).isEmpty();
    }
}
