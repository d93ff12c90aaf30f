package io.warta.summary.summarizer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class SentenceCompressorTest {

    @Test
    void dropsDatelinesOfCommonShapes() {
        assertThat(SentenceCompressor.dropDateline("Bisnis.com, JAKARTA – Presiden Rusia menelepon Kim."))
                .isEqualTo("Presiden Rusia menelepon Kim.");
        assertThat(SentenceCompressor.dropDateline("Jakarta , CNN Indonesia - - Pemerintah menaikkan harga ."))
                .isEqualTo("Pemerintah menaikkan harga .");
        assertThat(SentenceCompressor.dropDateline("Jakarta ( ANTARA News ) - Menteri Keuangan hadir ."))
                .isEqualTo("Menteri Keuangan hadir .");
        assertThat(SentenceCompressor.dropDateline("WASHINGTON (Reuters) - The Senate voted on Tuesday."))
                .isEqualTo("The Senate voted on Tuesday.");
        assertThat(SentenceCompressor.dropDateline("Suara.com - Komisi Pemberantasan Korupsi memeriksa saksi ."))
                .isEqualTo("Komisi Pemberantasan Korupsi memeriksa saksi .");
    }

    @Test
    void keepsDashesThatAreNotDatelines() {
        String s = "Harga cabai naik - dan warga mengeluh - sejak pekan lalu.";
        assertThat(SentenceCompressor.dropDateline(s)).isEqualTo(s);
        String t = "Ia berkata bahwa pasar sudah tutup - kata pedagang.";
        assertThat(SentenceCompressor.dropDateline(t)).isEqualTo(t);
    }

    @Test
    void dropsIndonesianAttributionsAndParentheticals() {
        assertThat(SentenceCompressor.compress("Melansir Bloomberg, Rabu (13/8/2025), Korean Central News Agency (KCNA) "
                + "melaporkan komunikasi tersebut berlangsung hangat.", "id"))
                .isEqualTo("Korean Central News Agency melaporkan komunikasi tersebut berlangsung hangat.");
        assertThat(SentenceCompressor.compress("\"Kim Jong-un menyatakan keyakinannya bahwa Korea Utara akan selalu setia,\" "
                + "demikian ungkap KCNA.", "id"))
                .isEqualTo("Kim Jong-un menyatakan keyakinannya bahwa Korea Utara akan selalu setia.");
        assertThat(SentenceCompressor.compress("\" Tidak hanya tarif tapi apa saja harus diatur , \" ucap Zulkifli di Gedung DPR "
                + ", Senayan , Senin ( 27 / 3 ) .", "id"))
                .isEqualTo("Tidak hanya tarif tapi apa saja harus diatur.");
        assertThat(SentenceCompressor.compress("Sementara itu, harga beras turun di pasar induk.", "id"))
                .isEqualTo("Harga beras turun di pasar induk.");
    }

    @Test
    void dropsEnglishAttributions() {
        assertThat(SentenceCompressor.compress("\"We are ready for talks,\" the foreign minister said on Tuesday.", "en"))
                .isEqualTo("We are ready for talks.");
        assertThat(SentenceCompressor.compress("According to Reuters, the talks ended without a deal.", "en"))
                .isEqualTo("The talks ended without a deal.");
        assertThat(SentenceCompressor.compress("The talks ended without a deal, officials said.", "en"))
                .isEqualTo("The talks ended without a deal.");
        assertThat(SentenceCompressor.compress("LONDON (Reuters) - Prices (in dollars) rose sharply.", "en"))
                .isEqualTo("Prices rose sharply.");
    }

    @Test
    void headlineEndsAtAPhraseBoundary() {
        String sentence = "Bisnis.com, JAKARTA – Presiden Rusia Vladimir Putin menelepon Pemimpin Tertinggi Korea Utara "
                + "Kim Jong-un pada Selasa (12/8/2025) untuk menjelaskan perkembangan perang di Ukraina menjelang "
                + "pertemuannya dengan Presiden AS Donald Trump di Alaska.";
        Optional<String> headline = SentenceCompressor.headline(sentence, "id", 14);

        assertThat(headline).isPresent();
        assertThat(TextAnalyzer.wordCount(headline.get())).isLessThanOrEqualTo(14);
        assertThat(headline.get()).startsWith("Presiden Rusia Vladimir Putin menelepon").doesNotContain("(")
                .doesNotContain("Bisnis.com").doesNotEndWith(".");
        assertThat(sentence).contains(headline.get().replace(" pada Selasa", "")); // words kept in order, no rewriting
        String last = headline.get().substring(headline.get().lastIndexOf(' ') + 1);
        assertThat(last).isNotIn("untuk", "yang", "di", "dan", "dengan", "pada");
    }

    @Test
    void englishHeadlineEndsAtAPhraseBoundary() {
        Optional<String> headline = SentenceCompressor.headline("Russian President Vladimir Putin called North Korean "
                + "leader Kim Jong Un on Tuesday to brief him on the war in Ukraine ahead of his summit with Donald Trump "
                + "in Alaska.", "en", 14);
        // "on Tuesday" goes first; the cut then falls before "on the war", a prepositional phrase.
        assertThat(headline).hasValue("Russian President Vladimir Putin called North Korean leader Kim Jong Un to brief him");
    }

    @Test
    void givesUpRatherThanCuttingInsideAPhrase() {
        assertThat(SentenceCompressor.fit("Satu dua tiga empat lima enam tujuh delapan sembilan sepuluh sebelas "
                + "duabelas tigabelas empatbelas limabelas enambelas.", "id", 14)).isEmpty();
    }

    @Test
    void shortSentencesAreLeftAlone() {
        assertThat(SentenceCompressor.fit("Harga beras naik.", "id", 14)).hasValue("Harga beras naik.");
    }
}
