package io.warta.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    @Test
    void keepsDatesNumbersAndAbbreviationsInsideSentences() {
        assertThat(SentenceSplitter.split(
                "Putin menelepon Kim pada Selasa (12/8/2025) pukul 10.30 WIB. Harga naik 2.5% menjadi Rp. 15.000. "
                        + "Dr. Andi dan Prof. Budi hadir."))
                .containsExactly(
                        "Putin menelepon Kim pada Selasa (12/8/2025) pukul 10.30 WIB.",
                        "Harga naik 2.5% menjadi Rp. 15.000.",
                        "Dr. Andi dan Prof. Budi hadir.");
    }

    @Test
    void sentenceEndsInsideClosingQuote() {
        assertThat(SentenceSplitter.split("\"Kami siap,\" katanya. \"Semua aman.\" Lalu ia pergi."))
                .containsExactly("\"Kami siap,\" katanya.", "\"Semua aman.\"", "Lalu ia pergi.");
    }

    @Test
    void lineBreaksEndSentences() {
        assertThat(SentenceSplitter.split("Judul tanpa titik\nKalimat pertama. Kalimat kedua!"))
                .containsExactly("Judul tanpa titik", "Kalimat pertama.", "Kalimat kedua!");
    }

    @Test
    void lowercaseAfterPeriodIsNotABoundary() {
        assertThat(SentenceSplitter.split("Ia tinggal di Jl. sudirman no. 5 bersama keluarganya."))
                .hasSize(1);
    }
}
