package io.warta.translate.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.warta.translate.engine.text.Detokenizer;
import io.warta.translate.engine.text.Tokenizer;
import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerTest {

    @Test
    void keepsNumbersDatesUrlsAndReduplicationWhole() {
        assertThat(Tokenizer.tokenizeIndonesian("Selasa (12/8/2025), negara-negara membayar Rp1.000,5 atau 5% lewat https://bisnis.com/a?b=1."))
                .containsExactly("Selasa", "(", "12/8/2025", ")", ",", "negara-negara", "membayar", "Rp", "1.000,5",
                        "atau", "5%", "lewat", "https://bisnis.com/a?b=1", ".");
    }

    @Test
    void keepsDomainNamesWholeButNotSentenceEnds() {
        assertThat(Tokenizer.tokenizeIndonesian("Bisnis.com, JAKARTA - Kata kompas.co.id."))
                .containsExactly("Bisnis.com", ",", "JAKARTA", "-", "Kata", "kompas.co.id", ".");
        assertThat(Tokenizer.tokenizeIndonesian("Ia pulang.Kemudian tidur.")).containsExactly("Ia", "pulang", ".", "Kemudian",
                "tidur", ".");
        assertThat(Tokenizer.isWebAddress("Bisnis.com")).isTrue();
        assertThat(Tokenizer.isWebAddress("1.000,5")).isFalse();
    }

    @Test
    void splitsEnglishCliticsPennStyle() {
        assertThat(Tokenizer.tokenizeEnglish("It's the U.N.'s job, isn't it?"))
                .contains("It", "'s", "is", "n't", "?");
        assertThat(Tokenizer.tokenizeEnglish("Write to a.b@example.org now")).contains("a.b@example.org");
    }

    @Test
    void convertsIndonesianNumberNotation() {
        assertThat(Tokenizer.englishNumber("1.000.000")).isEqualTo("1,000,000");
        assertThat(Tokenizer.englishNumber("2,5")).isEqualTo("2.5");
        assertThat(Tokenizer.englishNumber("12/8/2025")).isEqualTo("12/8/2025");
        assertThat(Tokenizer.englishNumber("2025")).isEqualTo("2025");
    }

    @Test
    void detokenizesPunctuationQuotesAndClitics() {
        assertThat(Detokenizer.detokenize(List.of("\"", "We", "do", "n't", "know", ",", "\"", "he", "said", "(", "AFP", ")", ".")))
                .isEqualTo("\"We don't know,\" he said (AFP).");
        assertThat(Detokenizer.detokenize(List.of("Putin", "'s", "visit", "cost", "$", "5", "million", "(", "5%", ")")))
                .isEqualTo("Putin's visit cost $5 million (5%)");
    }

    @Test
    void writesADayMonthDateMonthFirst() {
        assertThat(Tokenizer.monthFirstDate("13/12")).isEqualTo("12/13");
        assertThat(Tokenizer.monthFirstDate("12/8/2025")).isEqualTo("8/12/2025");
        assertThat(Tokenizer.monthFirstDate("11/02")).isEqualTo("02/11");
        // Not a day/month: left as it is.
        assertThat(Tokenizer.monthFirstDate("8/13")).isEqualTo("8/13");
        assertThat(Tokenizer.monthFirstDate("2.5")).isEqualTo("2.5");
    }
}
