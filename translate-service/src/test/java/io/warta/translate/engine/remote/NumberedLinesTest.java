package io.warta.translate.engine.remote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.warta.translate.client.RemoteAnswerException;
import java.util.List;
import org.junit.jupiter.api.Test;

class NumberedLinesTest {

    @Test
    void numbersOneSentencePerLine() {
        assertThat(NumberedLines.number(List.of("Harga beras naik.", "Stok aman.")))
                .isEqualTo("1. Harga beras naik.\n2. Stok aman.");
    }

    @Test
    void acceptsAnAlignedAnswerWithBlankLinesAndEitherNumberStyle() {
        assertThat(NumberedLines.parse("1. Rice prices rise.\n\n2) Stocks are safe.  \n", 2))
                .containsExactly("Rice prices rise.", "Stocks are safe.");
    }

    @Test
    void rejectsAnswersThatBreakTheAlignment() {
        assertThatThrownBy(() -> NumberedLines.parse("1. Rice prices rise and stocks are safe.", 2))
                .isInstanceOf(RemoteAnswerException.class).hasMessageContaining("1 lines for 2");
        assertThatThrownBy(() -> NumberedLines.parse("1. Rice.\n2. Prices.\n3. Rise.", 2))
                .isInstanceOf(RemoteAnswerException.class).hasMessageContaining("3 lines for 2");
        assertThatThrownBy(() -> NumberedLines.parse("2. Stocks are safe.\n1. Rice prices rise.", 2))
                .isInstanceOf(RemoteAnswerException.class).hasMessageContaining("line 2 where line 1");
        assertThatThrownBy(() -> NumberedLines.parse("Sure! Here you go:\n1. Rice prices rise.\n2. Stocks are safe.", 2))
                .isInstanceOf(RemoteAnswerException.class).hasMessageContaining("not numbered");
        assertThatThrownBy(() -> NumberedLines.parse("1. Rice prices rise.\n2.", 2))
                .isInstanceOf(RemoteAnswerException.class);
        assertThatThrownBy(() -> NumberedLines.parse("", 1)).isInstanceOf(RemoteAnswerException.class);
    }
}
