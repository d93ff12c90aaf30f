package io.warta.translate.engine.training;

import static org.assertj.core.api.Assertions.assertThat;

import io.warta.translate.engine.phrase.PhraseTable;
import io.warta.translate.engine.phrase.PhraseTranslator;
import io.warta.translate.engine.text.Tokenizer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticPairsTest {

    @Test
    void readsTheSentencesOfIndoSumsParagraphs() {
        String json = "{\"category\": \"x\", \"paragraphs\": [[[\"Ketua\", \"MPR\", \".\"], [\"\\\"\", \"Ya\", \"\\u00e9\"]],"
                + " [[\"Dua\"]]], \"summary\": [[\"no\"]]}";

        assertThat(IndoSum.sentencesOf(json))
                .containsExactly(List.of("Ketua", "MPR", "."), List.of("\"", "Ya", "é"), List.of("Dua"));
    }

    @Test
    void joinsTokensAsRunningTextTheEngineTokenizesBack() {
        List<String> tokens = List.of("\"", "Tidak", "hanya", ",", "kata", "\"", "ucap", "Zulkifli", "(", "27", "/", "3",
                ")", ".");

        String text = SyntheticPairs.sourceText(tokens);

        assertThat(text).isEqualTo("\"Tidak hanya, kata\" ucap Zulkifli (27/3).");
        // The slash joined: the engine reads a date as one token, as in a request.
        assertThat(Tokenizer.tokenizeIndonesian(text)).contains("27/3");
        // A quote after a comma closes one opened in an earlier sentence; a line break inside a token is a space.
        assertThat(SyntheticPairs.sourceText(List.of("bisa", ",", "\"", "ucap", "dia", "dunia \r\n", ".")))
                .isEqualTo("bisa,\" ucap dia dunia.");
    }

    @Test
    void decodesOnlyNewKnownSentencesOfUsefulLength() {
        Set<String> known = Set.of("pemerintah", "membangun", "jalan", "baru", "di", "rumah");
        List<List<String>> sentences = List.of(
                List.of("Pemerintah", "membangun", "jalan", "baru", "."),
                List.of("Pemerintah", "membangun", "jalan", "baru", "."), // duplicate
                List.of("pemerintah", "membangun", "jalan", "!"), // a dev line after normalization
                List.of("Jalan", "baru", "."), // 3 tokens: kept
                List.of("baru", "."), // too short
                List.of("Budi", "membangun", "rumah", "di", "Bogor", "."), // unknown names are fine
                List.of("Budi", "membangun", "gedung", "."), // an unknown lower-case word: skipped
                List.of("rumahnya", "baru", ".")); // the clitic splits off onto a known root

        List<String> out = SyntheticPairs.candidates(sentences, Set.of("pemerintah membangun jalan"),
                w -> known.contains(w) || w.equals("-nya"));

        assertThat(out).containsExactly("Pemerintah membangun jalan baru.", "Jalan baru.", "Budi membangun rumah di Bogor.",
                "rumahnya baru.");
    }

    @Test
    void anOutputOfCopiedWordsIsMostlyCopied() {
        assertThat(SyntheticPairs.mostlyCopied("Joko Widodo dan Ma'ruf Amin.", "Joko Widodo and Ma'ruf Amin.")).isTrue();
        assertThat(SyntheticPairs.mostlyCopied("Joko Widodo membangun jalan baru.", "Joko Widodo builds a new road."))
                .isFalse();
    }

    @Test
    void decodingInParallelKeepsTheOrderOfTheSources() throws Exception {
        List<String> sources = IntStream.range(0, 1000).mapToObj(i -> "kalimat " + i).toList();

        PhraseTranslator.Scored[] out = SyntheticPairs.decode(sources,
                s -> new PhraseTranslator.Scored(s.toUpperCase(), -s.length(), 2, 2), 3, System.nanoTime());

        assertThat(Arrays.stream(out).map(PhraseTranslator.Scored::text).toList())
                .isEqualTo(sources.stream().map(String::toUpperCase).toList());
    }

    @Test
    void sentencesLeftOutOfTheCountsAreAlignedByTheOthers() {
        List<int[]> from = List.of(new int[] {1, 2}, new int[] {1, 3}, new int[] {2, 3});
        List<int[]> to = List.of(new int[] {10, 20}, new int[] {10, 30}, new int[] {20, 30});
        List<int[]> moreFrom = new ArrayList<>(from);
        List<int[]> moreTo = new ArrayList<>(to);
        moreFrom.add(new int[] {1, 2, 3});
        moreTo.add(new int[] {30, 20, 10});
        BitSet synthetic = new BitSet();
        synthetic.set(3);

        WordAligner alone = new WordAligner(from, to, 4.0, 0.08);
        alone.train(5, 1);
        WordAligner withUncounted = new WordAligner(moreFrom, moreTo, 4.0, 0.08);
        withUncounted.excludeFromCounts(synthetic);
        withUncounted.train(5, 1);

        List<int[]> a = alone.viterbi();
        List<int[]> b = withUncounted.viterbi();
        for (int s = 0; s < from.size(); s++) {
            assertThat(b.get(s)).containsExactly(a.get(s));
        }
        assertThat(b).hasSize(4); // the left-out sentence is still aligned
    }

    @Test
    void fillUpAddsOnlyNewMultiWordPhrases() {
        Function<String, List<PhraseTable.Option>> o = w -> List.of(new PhraseTable.Option(new String[] {w}, new float[5]));
        SortedMap<String, List<PhraseTable.Option>> corpora = new TreeMap<>();
        corpora.put("a", o.apply("x"));
        corpora.put("a b", o.apply("xy"));
        SortedMap<String, List<PhraseTable.Option>> synthetic = new TreeMap<>();
        synthetic.put("a", o.apply("z"));
        synthetic.put("a b", o.apply("zz"));
        synthetic.put("b c", o.apply("yw"));
        synthetic.put("c", o.apply("w"));

        var filled = PhraseModelTrainer.filledUp(corpora, synthetic);

        assertThat(filled.keySet()).containsExactly("a", "a b", "b c");
        assertThat(filled.get("a b").get(0).words()).containsExactly("xy");
        assertThat(filled.get("b c").get(0).words()).containsExactly("yw");
    }

    @Test
    void readsTheBestScoredShareInCorpusOrder(@TempDir Path dir) throws Exception {
        Files.write(dir.resolve(SyntheticPairs.SOURCE_FILE), List.of("satu dua", "tiga empat", "lima enam", "tujuh"),
                StandardCharsets.UTF_8);
        Files.write(dir.resolve(SyntheticPairs.TARGET_FILE), List.of("one two", "three four", "five six", "seven"),
                StandardCharsets.UTF_8);
        Files.write(dir.resolve(SyntheticPairs.SCORE_FILE), List.of("-2.5", "-0.5", "-1.0", "-3.0"),
                StandardCharsets.UTF_8);

        List<Corpora.Pair> half = SyntheticPairs.read(dir, 0.5, 80);
        List<Corpora.Pair> all = SyntheticPairs.read(dir, 1, 80);

        assertThat(half).extracting(p -> String.join(" ", p.target())).containsExactly("three four", "five six");
        assertThat(all).hasSize(4);
    }
}
