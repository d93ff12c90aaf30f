package io.warta.summary.summarizer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** English stems and the analyzer; the Indonesian stem is tested with the morphology (indonesian-text). */
class StemmerTest {

    @Test
    void englishInflectionsMeet() {
        assertThat(EnglishStemmer.stem("talks")).isEqualTo(EnglishStemmer.stem("talked")).isEqualTo(EnglishStemmer.stem("talking"))
                .isEqualTo("talk");
        assertThat(EnglishStemmer.stem("negotiations")).isEqualTo(EnglishStemmer.stem("negotiating"))
                .isEqualTo(EnglishStemmer.stem("negotiate"));
        assertThat(EnglishStemmer.stem("countries")).isEqualTo(EnglishStemmer.stem("country"));
        assertThat(EnglishStemmer.stem("stopped")).isEqualTo("stop");
        assertThat(EnglishStemmer.stem("news")).isEqualTo("news");
    }

    @Test
    void analyzerDropsStopwordsAndStems() {
        assertThat(TextAnalyzer.forLanguage("id").terms("Putin menelepon Kim Jong-un pada Selasa untuk pertemuan itu."))
                .containsExactly("putin", "telepon", "kim", "jong-un", "temu");
        assertThat(TextAnalyzer.forLanguage("en").terms("Putin called Kim on Tuesday before the talks."))
                .containsExactly("putin", "call", "kim", "talk");
    }
}
