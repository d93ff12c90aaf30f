package io.warta.translate.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.warta.translate.engine.phrase.PhraseTable;
import io.warta.translate.engine.training.PhraseExtractor;
import io.warta.translate.engine.training.PhraseModelTrainer;
import io.warta.translate.engine.training.Symmetrizer;
import io.warta.translate.engine.training.Vocabulary;
import io.warta.translate.engine.training.WordAligner;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AlignerTest {

    private static final String[][] TOY = {
        {"rumah besar", "big house"},
        {"rumah kecil", "small house"},
        {"mobil besar", "big car"},
        {"mobil kecil itu", "that small car"},
        {"rumah itu besar", "that house is big"},
        {"saya melihat mobil", "i see a car"},
        {"saya melihat rumah itu", "i see that house"},
    };

    @Test
    void learnsWordCorrespondencesInBothDirectionsAndSymmetrizes() {
        Vocabulary sv = new Vocabulary();
        Vocabulary tv = new Vocabulary();
        List<int[]> src = new ArrayList<>();
        List<int[]> tgt = new ArrayList<>();
        for (String[] p : TOY) {
            src.add(ids(sv, p[0]));
            tgt.add(ids(tv, p[1]));
        }
        // A weak diagonal prior: the toy corpus is too small to outweigh fast_align's default tension of 4.
        WordAligner forward = new WordAligner(src, tgt, 1.0, 0.08);
        forward.train(8, 3);
        WordAligner backward = new WordAligner(tgt, src, 1.0, 0.08);
        backward.train(8, 3);
        List<int[]> s2t = forward.viterbi();
        List<int[]> t2s = backward.viterbi();
        // "rumah besar" -> "big house": rumah-house, besar-big (crossing links).
        assertThat(s2t.get(0)).containsExactly(1, 0);
        boolean[][] links = Symmetrizer.growDiagFinalAnd(s2t.get(0), t2s.get(0));
        assertThat(links[0][1]).isTrue();
        assertThat(links[1][0]).isTrue();
        assertThat(links[0][0]).isFalse();
        // "mobil kecil itu" -> "that small car": itu-that.
        assertThat(s2t.get(3)[2]).isEqualTo(0);
    }

    @Test
    void hmmRefinementKeepsTheWordCorrespondencesAndLearnsMonotoneJumps() {
        Vocabulary sv = new Vocabulary();
        Vocabulary tv = new Vocabulary();
        List<int[]> src = new ArrayList<>();
        List<int[]> tgt = new ArrayList<>();
        for (String[] p : TOY) {
            src.add(ids(sv, p[0]));
            tgt.add(ids(tv, p[1]));
        }
        WordAligner forward = new WordAligner(src, tgt, 1.0, 0.08);
        forward.train(8, 3);
        forward.trainHmm(5);
        List<int[]> s2t = forward.hmmAlign();
        // "rumah besar" -> "big house": rumah-house, besar-big, despite the backward jump.
        assertThat(s2t.get(0)).containsExactly(1, 0);
        // "saya melihat rumah itu" -> "i see that house": saya-i, melihat-see, rumah-house, itu-that.
        assertThat(s2t.get(6)).containsExactly(0, 1, 3, 2);
        // "mobil kecil itu" -> "that small car": kecil-small, itu-that.
        assertThat(s2t.get(3)[1]).isEqualTo(1);
        assertThat(s2t.get(3)[2]).isEqualTo(0);
    }

    @Test
    void extractsPhrasesConsistentWithTheAlignment() {
        // rumah-house, besar-big in "rumah besar" / "big house".
        boolean[][] links = {{false, true}, {true, false}};
        List<String> spans = new ArrayList<>();
        PhraseExtractor.extract(links, 2, 2, 4, 4, (s1, s2, t1, t2) -> spans.add(s1 + "-" + s2 + ":" + t1 + "-" + t2));
        assertThat(spans).containsExactlyInAnyOrder("0-1:1-2", "0-2:0-2", "1-2:0-1");
    }

    @Test
    void classifiesPhraseOrientationsForTheLexicalizedReorderingModel() {
        // "rumah besar" / "big house": the two one-word phrases swap.
        boolean[][] links = {{false, true}, {true, false}};
        assertThat(PhraseModelTrainer.previousOrientation(links, 2, 0, 1, 1)).isEqualTo(PhraseTable.SWAP);
        assertThat(PhraseModelTrainer.nextOrientation(links, 2, 2, 1, 2, 1)).isEqualTo(PhraseTable.SWAP);
        assertThat(PhraseModelTrainer.previousOrientation(links, 2, 1, 2, 0)).isEqualTo(PhraseTable.DISCONTINUOUS);
        // "saya melihat" / "i see": monotone, including the sentence edges.
        boolean[][] straight = {{true, false}, {false, true}};
        assertThat(PhraseModelTrainer.previousOrientation(straight, 2, 0, 1, 0)).isEqualTo(PhraseTable.MONOTONE);
        assertThat(PhraseModelTrainer.previousOrientation(straight, 2, 1, 2, 1)).isEqualTo(PhraseTable.MONOTONE);
        assertThat(PhraseModelTrainer.nextOrientation(straight, 2, 2, 0, 1, 1)).isEqualTo(PhraseTable.MONOTONE);
        assertThat(PhraseModelTrainer.nextOrientation(straight, 2, 2, 1, 2, 2)).isEqualTo(PhraseTable.MONOTONE);
    }

    @Test
    void phraseTableKeepsReorderingScoresThroughItsFileFormat() throws Exception {
        java.util.TreeMap<String, List<PhraseTable.Option>> m = new java.util.TreeMap<>();
        float[] reorder = {-0.1f, -2.5f, -1.0f, -0.2f, -3.0f, -1.5f};
        m.put("rumah besar", List.of(new PhraseTable.Option(new String[] {"big", "house"}, new float[] {-0.5f, -1f, -2f, -3f, 0},
                reorder)));
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        PhraseTable.write(out, m);
        PhraseTable.Option read = PhraseTable.read(new java.io.ByteArrayInputStream(out.toByteArray())).get("rumah besar")[0];
        assertThat(read.words()).containsExactly("big", "house");
        for (int i = 0; i < reorder.length; i++) {
            assertThat(read.reorder()[i]).isCloseTo(reorder[i], org.assertj.core.data.Offset.offset(0.05f));
        }
    }

    @Test
    void extractsUnalignedTargetWordsAtPhraseEdges() {
        // "saya melihat mobil" / "i see a car": "a" is unaligned.
        boolean[][] links = {{true, false, false, false}, {false, true, false, false}, {false, false, false, true}};
        List<String> spans = new ArrayList<>();
        PhraseExtractor.extract(links, 3, 4, 4, 4, (s1, s2, t1, t2) -> spans.add(s1 + "-" + s2 + ":" + t1 + "-" + t2));
        assertThat(spans).contains("2-3:3-4", "2-3:2-4", "1-2:1-2", "1-2:1-3").doesNotContain("0-1:0-2");
    }

    @Test
    void rareDerivedWordsAreAlignedAsTheirRootsAndTheRestStaysAsWritten() {
        Vocabulary sv = new Vocabulary();
        List<int[]> src = List.of(ids(sv, "rumah itu dikoordinasikan"), ids(sv, "koordinasi rumah itu"),
                ids(sv, "mereka berkoordinasi"), ids(sv, "itu -nya"));
        // koordinasi is seen 5 times, rumah 9: rare derived forms of it take its id; a frequent word, a word without
        // a known root (mereka) and a clitic token keep their own.
        Map<String, Integer> counts = Map.of("rumah", 9, "itu", 20, "koordinasi", 5, "dikoordinasikan", 1,
                "berkoordinasi", 2, "mereka", 1);
        List<int[]> aligned = PhraseModelTrainer.alignedOnRoots(src, sv, counts, 5, 5, System.nanoTime());
        int koordinasi = sv.id("koordinasi");
        assertThat(aligned.get(0)).containsExactly(sv.id("rumah"), sv.id("itu"), koordinasi);
        assertThat(aligned.get(1)).isEqualTo(src.get(1));
        assertThat(aligned.get(2)).containsExactly(sv.id("mereka"), koordinasi);
        assertThat(aligned.get(3)).isEqualTo(src.get(3));
        // A root seen less often than the word itself is no help: nothing changes.
        assertThat(PhraseModelTrainer.alignedOnRoots(src, sv, Map.of("koordinasi", 5, "dikoordinasikan", 6), 10, 5,
                System.nanoTime()).get(0)).isEqualTo(src.get(0));
    }

    private static int[] ids(Vocabulary v, String s) {
        String[] w = s.split(" ");
        int[] out = new int[w.length];
        for (int i = 0; i < w.length; i++) {
            out[i] = v.id(w[i]);
        }
        return out;
    }
}
