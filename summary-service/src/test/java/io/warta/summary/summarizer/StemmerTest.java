package io.warta.summary.summarizer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StemmerTest {

    @Test
    void indonesianAffixedFormsMeetAtTheirRoot() {
        assertThat(IndonesianStemmer.stem("menelepon")).isEqualTo("telepon");
        assertThat(IndonesianStemmer.stem("teleponnya")).isEqualTo("telepon");
        assertThat(IndonesianStemmer.stem("pertemuan")).isEqualTo(IndonesianStemmer.stem("bertemu")).isEqualTo("temu");
        assertThat(IndonesianStemmer.stem("menyampaikan")).isEqualTo(IndonesianStemmer.stem("disampaikan")).isEqualTo("sampai");
        assertThat(IndonesianStemmer.stem("pembicaraan")).isEqualTo(IndonesianStemmer.stem("berbicara")).isEqualTo("bicara");
        assertThat(IndonesianStemmer.stem("kepemimpinan")).isEqualTo(IndonesianStemmer.stem("memimpin")).isEqualTo("pimpin");
        assertThat(IndonesianStemmer.stem("menulis")).isEqualTo("tulis");
        assertThat(IndonesianStemmer.stem("memukul")).isEqualTo("pukul");
    }

    @Test
    void indonesianShortWordsRootsAndNumbersStayAsTheyAre() {
        assertThat(IndonesianStemmer.stem("rusia")).isEqualTo("rusia");
        assertThat(IndonesianStemmer.stem("makan")).isEqualTo("makan");
        assertThat(IndonesianStemmer.stem("tinggi")).isEqualTo("tinggi");
        assertThat(IndonesianStemmer.stem("2025")).isEqualTo("2025");
        assertThat(IndonesianStemmer.stem("jong-un")).isEqualTo("jong-un");
    }

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
