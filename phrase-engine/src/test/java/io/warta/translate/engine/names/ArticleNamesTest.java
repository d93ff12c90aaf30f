package io.warta.translate.engine.names;

import static org.assertj.core.api.Assertions.assertThat;

import io.warta.text.glossary.Glossary;
import io.warta.text.glossary.GlossaryEntry;
import io.warta.translate.engine.ModelFiles;
import io.warta.translate.engine.lexicon.Gazetteer;
import io.warta.translate.engine.names.NameFinder.Pair;
import io.warta.translate.engine.phrase.PhraseModel;
import io.warta.translate.engine.phrase.PhraseTranslator;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The article pass: which sentences are translated again with which copied names fixed as themselves. */
class ArticleNamesTest {

    private static ArticleNames pass;

    @BeforeAll
    static void load() {
        pass = ArticleNames.load(new ModelFiles());
    }

    /**
     * News-dev sentences (counting from 1): alone, the engine copies Jakarta in line 57 and loses it in at least one
     * of the others (turning it into "Here", or dropping it); which ones changes with the model, so the test takes the
     * first that loses it. As one article with line 57, that sentence is translated again with Jakarta fixed, and both
     * show it.
     */
    @Test
    void aNameCopiedInOneSentenceAndLostInAnotherIsCopiedInBoth() {
        PhraseTranslator engine = PhraseModel.load(new ModelFiles());
        String copied = "Dalam rencana revitalisasi transportasi umum di Jakarta, Pemprov DKI tidak hanya mengagendakan adanya "
                + "peremajaan angkutan umum, tapi juga akan mensertifikasi sopir angkutan umum tersebut dalam "
                + "rangka pendisiplinan dan terciptanya rasa keamanan terhadap penumpang transportasi umum.";
        List<String> losers = List.of( // lines 1370, 1231, 274, 945, 1869
                "Dengan majunya dunia pariwisata Jakarta, ditambahkan Sukesti, investor juga pasti mau menanamkan modalnya.",
                "\"Kalau kelihatan untungnya pasti pemilik lain akan beralih, dan Jakarta tidak ada lagi bus jelek,\" tuturnya.",
                "Kawasan wisata sejarah Monumen Nasional (Monas) masih menjadi primadona bagi warga Jakarta dan sekitarnya "
                        + "untuk mengisi waktu liburan.",
                "Kawasan wisata Monumen Nasional (Monas) sepertinya masih menjadi objek wisata pilihan bagi warga Jakarta "
                        + "dan sekitarnya untuk mengisi waktu lbur.",
                "Bahkan, diperkirakan hingga akhir Desember masih ada hutang sebesar Rp 355 miliar untuk biaya kesehatan "
                        + "warga Jakarta yang telah memiliki Kartu Jakarta Sehat (KJS).");
        Pair first = new Pair(copied, engine.translate(copied));
        assertThat(NameFinder.containsWords(first.translation(), "Jakarta")).as("%s", first).isTrue();
        Pair lost = losers.stream().map(s -> new Pair(s, engine.translate(s)))
                .filter(p -> !NameFinder.containsWords(p.translation(), "Jakarta")).findFirst()
                .orElseThrow(() -> new AssertionError("the engine keeps Jakarta in every candidate: add one it loses"));

        List<List<String>> pins = pass.pins(List.of(first, lost));
        assertThat(pins).containsExactly(List.of(), List.of("Jakarta"));

        String again = engine.translate(lost.source(), glossaryOf(pins.get(1)));
        assertThat(NameFinder.containsWords(again, "Jakarta")).as(again).isTrue();
    }

    @Test
    void aNameTheEngineAdaptedIsLeftAlone() {
        List<List<String>> pins = pass.pins(List.of(
                new Pair("Para pemimpin reformis Burma bertemu.", "The Burmese reformist leaders met."),
                new Pair("Dia tiba di Burma kemarin.", "He arrived in Burma yesterday."),
                new Pair("Hakim mengatakan Nyonya Tymoshenko berbicara.", "The judge said Madam Tymoshenko spoke."),
                new Pair("Hakim menemui Nyonya Tymoshenko.", "The judge met Nyonya Tymoshenko.")));
        assertThat(pins).allMatch(List::isEmpty);
    }

    @Test
    void theMajorityDecidesAndATieIsACopy() {
        List<Pair> copiedOnce = List.of(
                new Pair("Dia tiba di Kuningan kemarin.", "He arrived in Kuningan yesterday."),
                new Pair("Lampu lalu lintas Kuningan rusak.", "The Yellow traffic light is broken."));
        assertThat(pass.pins(copiedOnce)).containsExactly(List.of(), List.of("Kuningan"));

        List<Pair> lostTwice = List.of(copiedOnce.get(0), copiedOnce.get(1),
                new Pair("Jalan di Kuningan macet.", "The street in Yellow is jammed."));
        assertThat(pass.pins(lostTwice)).allMatch(List::isEmpty);
    }

    @Test
    void aNameIsNeverFixedInsideALongerRun() {
        List<List<String>> pins = pass.pins(List.of(
                new Pair("Dia bertemu Agung kemarin.", "He met Agung yesterday."),
                new Pair("Hakim Mahkamah Agung menemui Agung.", "The Supreme Court judge met the great.")));
        assertThat(pins).allMatch(List::isEmpty);
    }

    @Test
    void oneSentenceIsNoArticleAndTheCapBounds() throws Exception {
        Pair both = new Pair("Agung bertemu Agung.", "Agung met great.");
        assertThat(pass.pins(List.of(both))).allMatch(List::isEmpty);

        List<Pair> article = List.of(new Pair("Dia tiba di Kuningan kemarin.", "He arrived in Kuningan yesterday."),
                new Pair("Lampu lalu lintas Kuningan rusak.", "The Yellow traffic light is broken."));
        assertThat(pass.pins(article)).anyMatch(pins -> !pins.isEmpty()); // the cap, not the article, stops it below
        ArticleNames capped = new ArticleNames(Gazetteer.read(new ModelFiles().open("gazetteer.tsv")), 0);
        assertThat(capped.pins(article)).allMatch(List::isEmpty);
    }

    private static Glossary glossaryOf(List<String> names) {
        return Glossary.of(names.stream().map(n -> new GlossaryEntry(n, n)).toList(), Glossary.Limits.DEFAULT);
    }
}
