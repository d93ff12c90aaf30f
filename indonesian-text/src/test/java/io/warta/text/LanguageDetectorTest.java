package io.warta.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class LanguageDetectorTest {

    @Test
    void indonesianNewsIsIndonesianWithHighConfidence() {
        LanguageDetector.Detection d = LanguageDetector.detect("Presiden Rusia Vladimir Putin menelepon Pemimpin Tertinggi "
                + "Korea Utara Kim Jong-un pada Selasa untuk menjelaskan perkembangan perang di Ukraina menjelang "
                + "pertemuannya dengan Presiden AS Donald Trump di Alaska.");
        assertThat(d.language()).isEqualTo("id");
        assertThat(d.confidence()).isGreaterThan(0.7);
        assertThat(d.isClearlyNot("id")).isFalse();
        assertThat(d.isClearlyNot("en")).isTrue();
    }

    @Test
    void englishIsEnglish() {
        LanguageDetector.Detection d = LanguageDetector.detect("Russian President Vladimir Putin called North Korean leader "
                + "Kim Jong Un on Tuesday to brief him on the war in Ukraine ahead of his meeting with Donald Trump.");
        assertThat(d.language()).isEqualTo("en");
        assertThat(d.confidence()).isGreaterThan(0.7);
        assertThat(d.isClearlyNot("id")).isTrue();
    }

    @Test
    void otherLanguagesAreNamedAndRejected() {
        assertThat(LanguageDetector.detect("Der Präsident hat am Dienstag mit dem Vorsitzenden gesprochen, und die "
                + "Gespräche werden nach dem Treffen fortgesetzt.").language()).isEqualTo("de");
        assertThat(LanguageDetector.detect("Le président a parlé avec le dirigeant nord-coréen et les deux pays sont "
                + "d'accord pour une coopération plus étroite.").language()).isEqualTo("fr");
        LanguageDetector.Detection russian = LanguageDetector.detect("Президент России Владимир Путин позвонил лидеру КНДР.");
        assertThat(russian.language()).isEqualTo("ru");
        assertThat(russian.isClearlyNot("id")).isTrue();
        assertThat(LanguageDetector.detect("普京在阿拉斯加会见特朗普之前给金正恩打了电话。").language()).isEqualTo("zh");
        assertThat(LanguageDetector.detect("プーチン大統領は金正恩氏に電話をかけた。").language()).isEqualTo("ja");
        assertThat(LanguageDetector.detect("Aku arep lunga menyang pasar karo kanca-kancaku sing wis ngenteni ing kana.")
                .language()).isEqualTo("jv");
    }

    @Test
    void malayIsNamedButNotClearlyForeignToIndonesian() {
        LanguageDetector.Detection d = LanguageDetector.detect("Kerajaan berkata bahawa harga minyak akan naik kerana "
                + "permintaan yang tinggi, iaitu selepas mesyuarat kabinet semalam.");
        assertThat(d.language()).isEqualTo("ms");
        assertThat(d.isClearlyNot("id")).isFalse();
    }

    @Test
    void shortOrEmptyTextIsNotRejectedOnAGuess() {
        assertThat(LanguageDetector.detect("").language()).isEqualTo("und");
        assertThat(LanguageDetector.detect("12345 !!!").confidence()).isZero();
        LanguageDetector.Detection headline = LanguageDetector.detect("Keputusan Nasib MRT Kembali Ditunda");
        assertThat(headline.isClearlyNot("id")).isFalse();
        assertThat(LanguageDetector.detect("Jakarta").isClearlyNot("id")).isFalse();
    }

    @Test
    void deterministic() {
        String text = "Harga beras naik di pasar tradisional dan pemerintah menyiapkan operasi pasar.";
        assertThat(LanguageDetector.detect(text)).isEqualTo(LanguageDetector.detect(text));
    }

    /** The French lead and one news sentence of each language a newsroom also receives: refused, and named. */
    @Test
    void newsInOtherLanguagesIsClearlyNotIndonesian() {
        Map<String, String> news = Map.of(
                "fr", "Le président de la République a annoncé de nouvelles mesures pour soutenir les agriculteurs.",
                "es", "El ministro de Salud dijo que la campaña de vacunación comenzará en marzo.",
                "pt", "O ministro da Educação defendeu a reforma do ensino médio no Congresso.",
                "de", "Die Wähler sind am Sonntag aufgerufen, einen neuen Bürgermeister zu wählen.",
                "nl", "Het bedrijf wil voor het einde van het jaar duizend nieuwe werknemers aannemen.",
                "tl", "Sinabi ng kalihim na magsisimula ang bakunahan sa mga paaralan sa susunod na buwan.",
                "vi", "Bộ trưởng cho biết chiến dịch tiêm chủng sẽ bắt đầu vào tháng tới.",
                "zh", "卫生部长表示，疫苗接种活动将于下个月开始。",
                "ar", "قال وزير الصحة إن حملة التطعيم ستبدأ الشهر المقبل.");
        news.forEach((language, sentence) -> {
            LanguageDetector.Detection d = LanguageDetector.detect(sentence);
            assertThat(d.isClearlyNot(LanguageDetector.INDONESIAN)).as(language + ": " + d).isTrue();
            assertThat(d.language()).as(sentence).isEqualTo(language);
        });
    }

    /** A long text is read at its start, middle and end only: the cost is the same for 10 kB and 1 MB. */
    @Test
    void aLongTextIsSampledAtItsStartMiddleAndEnd() {
        String indonesian = "Pemerintah daerah menyiapkan dapur umum bagi para pengungsi banjir di desa itu. ";
        String french = "Le gouvernement prévoit une réforme des retraites qui sera présentée au parlement. ";
        String text = indonesian.repeat(2000) + french.repeat(2000) + indonesian.repeat(2000);
        String sample = LanguageDetector.sample(text);
        assertThat(sample.length()).isLessThanOrEqualTo(LanguageDetector.SAMPLE_CHARS + 2);
        assertThat(sample.strip()).startsWith("Pemerintah").contains("gouvernement").endsWith("itu.");
        assertThat(LanguageDetector.sample(indonesian)).isEqualTo(indonesian);
        assertThat(LanguageDetector.detect(text).isClearlyNot(LanguageDetector.INDONESIAN)).isFalse();
        assertThat(LanguageDetector.detect(french.repeat(20_000)).language()).isEqualTo("fr");
    }
}
