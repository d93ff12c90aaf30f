package io.warta.translate.engine.names;

import static org.assertj.core.api.Assertions.assertThat;

import io.warta.translate.engine.ModelFiles;
import io.warta.translate.engine.names.NameFinder.Entity;
import io.warta.translate.engine.names.NameFinder.Pair;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Names found on the source side, kept where the translation shows them, grouped by their English. */
class NameFinderTest {

    private static final NameFinder FINDER = NameFinder.load(new ModelFiles());

    @Test
    void gazetteerAliasesAreOneEntityCountedInEverySentence() {
        List<Entity> found = FINDER.find(List.of(
                new Pair("Pemimpin Korea Utara Kim Jong-un bertemu Vladimir Putin.",
                        "North Korean leader Kim Jong-un met Vladimir Putin."),
                new Pair("Korut menembakkan rudal lagi.", "North Korea fired a missile again."),
                new Pair("Pejabat Korea Utara membantah laporan itu.", "North Korea officials denied the report.")));
        assertThat(found.get(0)).isEqualTo(new Entity(List.of("Korea Utara", "Korut"), "North Korea", 3));
        assertThat(found).contains(new Entity(List.of("Kim Jong-un"), "Kim Jong-un", 1),
                new Entity(List.of("Vladimir Putin"), "Vladimir Putin", 1));
        assertThat(found).hasSize(3);
    }

    @Test
    void aNameTheTranslationDoesNotShowIsNotListed() {
        // The engine (or a remote one) rendered the name otherwise: its English is unknown, so it is left out.
        assertThat(FINDER.find(List.of(new Pair("Korea Utara menolak, kata Budi Santoso.",
                "The North refused, said Bud Santos.")))).isEmpty();
    }

    @Test
    void capitalsThatEveryWordGetsAreNotNames() {
        // A sentence's first word, days and months are capitalized without being names.
        assertThat(FINDER.find(List.of(new Pair("Data menunjukkan kenaikan pada Selasa.",
                "Data shows an increase on Tuesday."),
                new Pair("Pada Agustus, harga naik.", "In August, prices rose.")))).isEmpty();
    }

    @Test
    void rolesAndOfficesAreNotNames() {
        // The gazetteer translates them, but "President" or "Provincial Government" says which office, not whose.
        assertThat(FINDER.find(List.of(new Pair("Kata dia, Presiden dan Pemprov sudah setuju.",
                "He said, the President and the Provincial Government have agreed.")))).isEmpty();
    }

    @Test
    void theCopiedTailOfATitledNameIsTheName() {
        List<Entity> found = FINDER.find(List.of(new Pair("Hal itu disampaikan Presiden Joko Widodo di Jakarta.",
                "This was conveyed by President Joko Widodo in Jakarta.")));
        assertThat(found).containsExactly(new Entity(List.of("Joko Widodo"), "Joko Widodo", 1),
                new Entity(List.of("Jakarta"), "Jakarta", 1));
    }

    @Test
    void mostFrequentFirstAndWordBoundariesRespected() {
        List<Entity> found = FINDER.find(List.of(
                new Pair("Warga Bogor dan Depok protes.", "Residents of Bogor and Depok protested."),
                new Pair("Di Depok, hujan turun.", "In Depok, rain fell."),
                // "Iran" inside "Iranian" is the gazetteer's adjective, a real mention; "Bogor" inside "Bogorese" is not.
                new Pair("Pejabat Iran datang ke Bogor.", "Iranian officials came to Bogorese.")));
        assertThat(found.get(0)).isEqualTo(new Entity(List.of("Depok"), "Depok", 2));
        assertThat(found).contains(new Entity(List.of("Bogor"), "Bogor", 1), new Entity(List.of("Iran"), "Iran", 1));
    }

    @Test
    void aSentenceOfThousandsOfCapitalizedWordsIsSearchedABoundedNumberOfTimes() {
        // Hostile input: every word a different name candidate. The searches per sentence are bounded, so this stays
        // linear (unbounded, each of thousands of runs would search the whole translation) and at most that many
        // names are listed; the first ones are still found.
        StringBuilder source = new StringBuilder("kata");
        for (int i = 0; i < 20_000; i++) {
            source.append(" Nama").append((char) ('a' + i / 676 % 26)).append((char) ('a' + i / 26 % 26))
                    .append((char) ('a' + i % 26)).append(i % 7 == 6 ? " dan" : "");
        }
        String text = source.toString();
        long start = System.nanoTime();
        List<Entity> found = FINDER.find(List.of(new Pair(text, text)));
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(found).isNotEmpty().hasSizeLessThanOrEqualTo(NameFinder.MAX_SEARCHES_PER_SENTENCE);
        assertThat(found.get(0).source().get(0)).startsWith("Namaaaa Namaaab");
        assertThat(millis).as("milliseconds for 20,000 candidates").isLessThan(5_000);
    }

    @Test
    void wordBoundaries() {
        assertThat(NameFinder.containsWords("north korean leader", "north korea")).isFalse();
        assertThat(NameFinder.containsWords("in north korea.", "north korea")).isTrue();
        assertThat(NameFinder.containsWords("", "x")).isFalse();
    }
}
