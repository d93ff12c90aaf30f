package io.warta.text.fidelity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FidelityCheckerTest {

    private static List<FidelityWarning> check(String source, String translation) {
        return FidelityChecker.check(source, translation);
    }

    private static void assertAgrees(String source, String translation) {
        assertThat(check(source, translation)).as("%s → %s", source, translation).isEmpty();
    }

    private static FidelityWarning assertMismatch(String source, String translation) {
        List<FidelityWarning> warnings = check(source, translation);
        assertThat(warnings).as("%s → %s", source, translation).hasSize(1);
        assertThat(warnings.get(0).type()).isEqualTo(FidelityWarning.NUMBER_MISMATCH);
        return warnings.get(0);
    }

    @ParameterizedTest(name = "{0} ↔ {1}")
    @CsvSource(delimiter = '|', value = {
        "Jumlahnya 1.000,5 ton.|It is 1,000.5 tonnes.",
        "Naik 12,5 persen.|Up 12.5 percent.",
        "Anggaran Rp 5 miliar.|A budget of Rp 5 billion.",
        "Anggaran Rp 5 miliar.|A budget of IDR 5 billion.",
        "Anggaran Rp 5 miliar.|A budget of 5,000,000,000 rupiah.",
        "Penduduknya 2,3 juta orang.|Its population is 2.3 million.",
        "Harganya Rp 32 ribu.|It costs Rp 32 thousand.",
        "Utangnya Rp 1,5 triliun.|Its debt is Rp 1.5 trillion.",
        "Dananya Rp 300 juta.|A three-hundred-million rupiah fund.",
        "Dananya Rp 40 M.|A fund of Rp 40 billion.",
        "Dananya US$1,39 triliun.|Worth $1.39tn.",
        "Dananya US$5 juta.|Worth $5m.",
        "Biayanya Rp 50 juta hingga Rp 100 juta.|It costs Rp 50-100 million.",
        "Pada Selasa (12/8/2025).|On Tuesday (8/12/2025).",
        "Pada Selasa (12/8).|On Tuesday (8/12).",
        "Pada Selasa (12/8).|On Tuesday (12/8).",
        "Pada 12 Agustus 2025.|On August 12, 2025.",
        "Gempa terjadi pukul 07.56 WIB.|The quake struck at 07.56 WIB.",
        "Gempa terjadi pukul 07.56 WIB.|The quake struck at 7:56 a.m.",
        "Loket tutup pukul 13.00.|The counter closed at 1 PM.",
        "Sebanyak 24.000 orang.|Twenty-four thousand people.",
        "Ia berusia 69 tahun.|She was sixty-nine.",
        "Jaraknya 165 kilometer.|It is one-hundred-and-sixty-five kilometres.",
        "Tahun 2001.|In two-thousand-and-one.",
        "Ada dua puluh lima orang.|There were 25 people.",
        "Di RT 04/14.|In RT 04/14.",
        "Perda No 8/2007.|Bylaw No. 8/2007.",
        "Laju 1,99 km/s.|A speed of 1.99 km/s.",
        "Lebih dari 1,7juta km2.|More than 1.7 million km2.",
    })
    void equal_values_in_every_format_are_not_flagged(String source, String translation) {
        assertAgrees(source, translation);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "Anggaran Rp 5 miliar.|A budget of 5 million.|5000000000",
        "Anggaran Rp 5 miliar.|A budget of five million.|5000000000",
        "Penduduknya 2,3 juta orang.|Its population is 2.3 billion.|2300000",
        "Harganya Rp 32 ribu.|It costs Rp 32.|32000",
        "Utangnya Rp 1,5 triliun.|Its debt is Rp 1.5 billion.|1500000000000",
        "Jumlahnya 1.000,5 ton.|It is 1.0005 tonnes.|1000.5",
        "Naik 12,5 persen.|Up 125 percent.|12.5",
        "Pada Selasa (12/8).|On Tuesday (9/12).|12/8",
        "Pada Selasa (12/8/2025).|On Tuesday (8/12/2024).|2025",
        "Gempa terjadi pukul 07.56 WIB.|The quake struck at 7:58 a.m.|7:56",
        "Loket tutup pukul 13.00.|The counter closed at 3 PM.|13:00",
        "Novel itu terdiri dari 26 bab.|The novel has 126 chapters.|26",
    })
    void a_changed_value_or_magnitude_is_flagged_with_both_values(String source, String translation, String shown) {
        FidelityWarning warning = assertMismatch(source, translation);
        assertThat(warning.detail()).startsWith("source has ").contains(shown).contains("; translation has ");
        assertThat(warning.detail()).doesNotContain(source).doesNotContain(translation);
    }

    @Test
    void numbers_compare_as_multisets() {
        assertAgrees("Zona 1 naik dari Rp 25 ribu menjadi Rp 40 ribu.", "Zone 1 rose from Rp 40 thousand to Rp 25 thousand.");
        assertMismatch("Ada 3 RW dan 3 pompa.", "There are 3 RWs and 2 pumps.");
        assertAgrees("Ada 3 RW dan 3 pompa.", "There are 3 RWs and 3 pumps.");
    }

    @Test
    void a_number_only_dropped_or_only_added_is_not_a_change() {
        assertAgrees("Ia menelepon Selasa (12/8).", "He called.");
        assertAgrees("Ia menelepon.", "He called on Tuesday (8/12).");
    }

    @Test
    void a_translation_equal_to_its_indonesian_source_is_untranslated() {
        List<FidelityWarning> warnings = check("Harga beras naik di pasar.", "harga beras naik di pasar");
        assertThat(warnings).extracting(FidelityWarning::type).containsExactly(FidelityWarning.UNTRANSLATED);
        assertAgrees("Jakarta, Indonesia", "Jakarta, Indonesia"); // a name: nothing Indonesian to translate
        assertAgrees("Harga beras naik di pasar.", "Rice prices rose at the market.");
    }

    @Test
    void hostile_inputs_stay_linear_and_never_throw() {
        String digits = "1".repeat(15_000);
        String separators = "1.2,3/4:5".repeat(2_000);
        String words = "dua puluh ratus ribu juta ".repeat(700);
        String english = "hundred-and-".repeat(1_500) + "one";
        String manyNumbers = "1 ".repeat(9_000);
        for (String hostile : List.of(digits, separators, words, english, manyNumbers)) {
            assertThat(check(hostile, hostile + " x")).isNotNull();
            assertThat(check("Rp 5 miliar", hostile)).isNotNull();
        }
        assertThat(check("x".repeat(FidelityChecker.MAX_TEXT_LENGTH + 1), "y")).isEmpty();
    }

    @Test
    void random_text_never_throws() {
        Random random = new Random(20250813);
        String alphabet = "0123456789.,/:- $RpMmjutaribuWIBpm";
        for (int round = 0; round < 2_000; round++) {
            StringBuilder a = new StringBuilder();
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < 40; i++) {
                a.append(alphabet.charAt(random.nextInt(alphabet.length())));
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertThat(check(a.toString(), b.toString())).isNotNull();
        }
    }
}
