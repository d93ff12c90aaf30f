package io.warta.translate.engine.opus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.warta.translate.engine.opus.SentencePieceModel.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The SentencePiece reader and unigram tokenizer, and Marian's vocabulary mapping, on the fixture's models. */
class OpusSentencePieceTest {

    private final SentencePieceModel model = SentencePieceModel.parse(
            MarianFixture.sentencePiece(MarianFixture.SOURCE_PIECES, false));
    private final SentencePieceTokenizer tokenizer = new SentencePieceTokenizer(model);

    @Test
    void readsPiecesAndSpecsFromTheModelProto() {
        assertThat(model.pieces()).hasSize(MarianFixture.SOURCE_PIECES.length);
        assertThat(model.pieces().get(3)).isEqualTo(new SentencePieceModel.Piece("▁saya", -2.0f, Type.NORMAL));
        assertThat(model.pieces().get(0).type()).isEqualTo(Type.UNKNOWN);
        assertThat(model.pieces().get(2).type()).isEqualTo(Type.CONTROL);
        assertThat(model.unigram()).isTrue();
        assertThat(model.unknownId()).isZero();
        assertThat(model.byteFallback()).isFalse();
        assertThat(model.normalizerName()).isEqualTo("nmt_nfkc");
        assertThat(model.addDummyPrefix()).isTrue();
    }

    @Test
    void viterbiTakesTheBestTotalScoreNotTheLongestMatch() {
        // ▁mas (-6.0) + ak (-2.0) = -8.0 would be the longest-match split; ▁ma (-2.5) + sak (-2.0) = -4.5 wins.
        assertThat(tokenizer.encode("masak")).containsExactly("▁ma", "sak");
        // ▁makan + a + n = -3.0 - 3.0 - 3.5 = -9.5 beats ▁ma + kan + a + n = -11.5.
        assertThat(tokenizer.encode("makanan")).containsExactly("▁makan", "a", "n");
        assertThat(tokenizer.encode("saya makan nasi.")).containsExactly("▁saya", "▁makan", "▁nasi", ".");
    }

    @Test
    void controlPiecesAreNeverMatchedInText() {
        assertThat(tokenizer.encode("</s>")).doesNotContain("</s>");
    }

    @Test
    void piecesJoinBackIntoTheNormalizedText() {
        for (String text : List.of("saya makan nasi.", "nasi saya", "masak makanan", "kan.saya", "a")) {
            assertThat(SentencePieceTokenizer.decode(tokenizer.encode(text))).isEqualTo(text);
        }
    }

    @Test
    void whitespaceIsCollapsedAndNfkcFoldsCompatibilityCharacters() {
        assertThat(tokenizer.normalize("  saya \t  makan\n")).isEqualTo("▁saya▁makan");
        assertThat(tokenizer.encode("\u00a0ｓａｙａ\u3000makan ")).containsExactly("▁saya", "▁makan");
        assertThat(tokenizer.encode("")).isEmpty();
        assertThat(tokenizer.encode(" \t ")).isEmpty();
    }

    @Test
    void aRunOfUnknownCharactersIsOneUnknownPiece() {
        assertThat(tokenizer.encode("saya pot")).containsExactly("▁saya", "▁", "<unk>");
        assertThat(tokenizer.encode("saya po ma")).containsExactly("▁saya", "▁", "<unk>", "▁ma");
    }

    @Test
    void byteFallbackSpellsUnknownCharactersInUtf8Bytes() {
        List<Object[]> pieces = new ArrayList<>(Arrays.asList(MarianFixture.SOURCE_PIECES));
        for (int b = 0; b < 256; b++) {
            pieces.add(new Object[] {String.format("<0x%02X>", b), 0f, 6});
        }
        SentencePieceTokenizer withBytes = new SentencePieceTokenizer(SentencePieceModel.parse(
                MarianFixture.sentencePiece(pieces.toArray(Object[][]::new), true)));
        List<String> encoded = withBytes.encode("saya é");
        assertThat(encoded).containsExactly("▁saya", "▁", "<0xC3>", "<0xA9>");
        assertThat(SentencePieceTokenizer.decode(encoded)).isEqualTo("saya é");
    }

    @Test
    void rejectsWhatIsNotASentencePieceModel() {
        assertThatThrownBy(() -> SentencePieceModel.parse(new byte[] {0x0a, 0x7f, 0x01}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SentencePieceModel.parse("{\"json\": true}".getBytes()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void marianMapsPiecesThroughVocabJsonAndEndsSourcesWithEos() {
        Map<String, Integer> ids = new java.util.HashMap<>();
        for (int id = 0; id < MarianFixture.V; id++) {
            ids.put(MarianFixture.VOCABULARY.get(id), id);
        }
        MarianVocabulary vocabulary = new MarianVocabulary(ids);
        // "sak" is a source piece but not in vocab.json: Marian reads it as <unk>.
        assertThat(vocabulary.sourceIds(tokenizer.encode("masak nasi")))
                .containsExactly(MarianFixture.VOCABULARY.indexOf("▁ma"), MarianFixture.UNK,
                        MarianFixture.VOCABULARY.indexOf("▁nasi"), MarianFixture.EOS);
        List<String> target = vocabulary.targetPieces(new int[] {MarianFixture.I, MarianFixture.PAD, MarianFixture.EAT,
                MarianFixture.UNK, MarianFixture.RICE, MarianFixture.DOT, MarianFixture.EOS});
        assertThat(target).containsExactly("▁I", "▁eat", "▁rice", ".");
        assertThat(SentencePieceTokenizer.decode(target)).isEqualTo("I eat rice.");
        assertThat(vocabulary.eosId()).isEqualTo(MarianFixture.EOS);
        assertThat(vocabulary.padId()).isEqualTo(MarianFixture.PAD);
    }
}
