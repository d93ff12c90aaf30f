package io.warta.text.morph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class IndonesianMorphologyTest {

    private static Analysis known(String word, String... roots) {
        return IndonesianMorphology.firstKnown(word, Set.of(roots)::contains);
    }

    @Test
    void stripsPrefixesWithNasalAssimilation() {
        assertThat(known("menulis", "tulis").root()).isEqualTo("tulis");
        assertThat(known("memukul", "pukul").root()).isEqualTo("pukul");
        assertThat(known("mengirim", "kirim").root()).isEqualTo("kirim");
        assertThat(known("menyapu", "sapu").root()).isEqualTo("sapu");
        assertThat(known("mengambil", "ambil").root()).isEqualTo("ambil");
        // Roots that start with n or m keep it: meN + negosiasi + kan, meN + nikmat + i.
        assertThat(known("menegosiasikan", "negosiasi", "egosiasi").root()).isEqualTo("negosiasi");
        assertThat(known("menikmati", "nikmat").root()).isEqualTo("nikmat");
    }

    @Test
    void stripsSuffixesCliticsAndTwoPrefixes() {
        Analysis a = known("dimusnahkan", "musnah");
        assertThat(a.prefix()).isEqualTo("di");
        assertThat(a.suffix()).isEqualTo("kan");
        assertThat(a.passive()).isTrue();
        assertThat(known("rumahnya", "rumah").clitic()).isEqualTo("nya");
        assertThat(known("diperkirakan", "kira").root()).isEqualTo("kira");
        assertThat(known("kehidupan", "hidup").nominal()).isTrue();
        assertThat(known("pemerintahan", "perintah").root()).isEqualTo("perintah");
    }

    @Test
    void readsFullReduplication() {
        Analysis a = known("negara-negara", "negara");
        assertThat(a.reduplicated()).isTrue();
    }

    @Test
    void affixedFormsStemToTheirCommonRoot() {
        assertThat(IndonesianMorphology.stem("menelepon")).isEqualTo(IndonesianMorphology.stem("teleponnya"))
                .isEqualTo(IndonesianMorphology.stem("telepon"));
        assertThat(IndonesianMorphology.stem("pertemuan")).isEqualTo(IndonesianMorphology.stem("bertemu")).isEqualTo("temu");
        assertThat(IndonesianMorphology.stem("menyampaikan")).isEqualTo(IndonesianMorphology.stem("disampaikan"))
                .isEqualTo("sampai");
        assertThat(IndonesianMorphology.stem("pembicaraan")).isEqualTo(IndonesianMorphology.stem("berbicara"))
                .isEqualTo("bicara");
        assertThat(IndonesianMorphology.stem("kepemimpinan")).isEqualTo(IndonesianMorphology.stem("memimpin"))
                .isEqualTo("pimpin");
        assertThat(IndonesianMorphology.stem("menulis")).isEqualTo(IndonesianMorphology.stem("ditulis")).isEqualTo("tulis");
        assertThat(IndonesianMorphology.stem("memukul")).isEqualTo("pukul");
        assertThat(IndonesianMorphology.stem("negara-negara")).isEqualTo(IndonesianMorphology.stem("negaranya"))
                .isEqualTo("negara");
    }

    /** Without a dictionary only the regular sound change is read: an irregular cut would make non-words. */
    @Test
    void theStemReadsOnlyTheRegularSoundChange() {
        assertThat(IndonesianMorphology.stem("menjadi")).isEqualTo("jadi"); // not me + njad
        assertThat(IndonesianMorphology.stem("memberi")).isEqualTo(IndonesianMorphology.stem("diberi")).isEqualTo("beri");
        assertThat(IndonesianMorphology.stem("memicu")).isEqualTo("picu"); // mem + vowel hides p
        assertThat(IndonesianMorphology.stem("memegang")).isEqualTo("pegang"); // not pe + gang: pe- comes before l, r, w, y
        assertThat(IndonesianMorphology.stem("persegi")).isEqualTo("segi"); // per + consonant
        assertThat(IndonesianMorphology.stem("perasaan")).isEqualTo(IndonesianMorphology.stem("merasa")).isEqualTo("rasa");
        assertThat(IndonesianMorphology.stem("mengacu")).isEqualTo("mengacu"); // the regular root, acu, is too short
    }

    @Test
    void shortWordsRootsNumbersAndOtherHyphenationsStemToThemselves() {
        for (String word : List.of("rusia", "makan", "jalan", "tinggi", "buku", "2025", "jong-un", "covid-19", "café")) {
            assertThat(IndonesianMorphology.stem(word)).as(word).isEqualTo(word);
        }
    }

    /**
     * The stem is the analyser's, not a second stemmer's: always one of the readings analyze proposes, or the word
     * itself. Over words built from the affixes around roots, and random letters.
     */
    @Test
    void theStemIsAlwaysOneOfTheReadingsOrTheWord() {
        Random random = new Random(12);
        String[] prefixes = {"", "me", "mem", "men", "meng", "meny", "pe", "pem", "pen", "peng", "peny", "per", "ber", "be",
                "ter", "te", "di", "ke", "se", "memper", "diper", "keber", "menge"};
        String[] roots = {"tulis", "pukul", "kirim", "sapu", "ambil", "temu", "bicara", "pimpin", "rasa", "ajar", "nikmat",
                "erintah", "a", "kan", "nya", "i"};
        String[] endings = {"", "kan", "an", "i", "nya", "lah", "kah", "pun", "ku", "mu", "kannya", "annya", "ilah"};
        for (int i = 0; i < 20_000; i++) {
            String word = i % 4 == 3 ? randomLetters(random)
                    : prefixes[random.nextInt(prefixes.length)] + roots[random.nextInt(roots.length)]
                    + endings[random.nextInt(endings.length)];
            String stem = IndonesianMorphology.stem(word);
            if (!stem.equals(word)) {
                assertThat(IndonesianMorphology.analyze(word)).as(word).extracting(Analysis::root).contains(stem);
            }
        }
    }

    /** It runs on whatever a user sends as a word: long and odd ones return at once, with no readings. */
    @Test
    void longAndOddWordsReturn() {
        List<String> odd = List.of("a".repeat(100_000), "di" + "ab".repeat(50_000) + "i", "-".repeat(100_000) + "ku",
                "menge".repeat(20_000) + "kannya", "x-".repeat(50_000) + "x", "buku-".repeat(20_000) + "buku",
                "memper" + "-".repeat(60) + "kan", "-", "", "ku", "-nya-");
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            for (String word : odd) {
                List<Analysis> readings = IndonesianMorphology.analyze(word);
                if (word.length() > IndonesianMorphology.MAX_WORD) {
                    assertThat(readings).isEmpty();
                    assertThat(IndonesianMorphology.stem(word)).isEqualTo(word);
                }
                assertThat(readings).allSatisfy(a -> assertThat(word).contains(a.root().substring(1)));
                IndonesianMorphology.stem(word);
            }
        });
    }

    private static String randomLetters(Random random) {
        StringBuilder word = new StringBuilder();
        int length = 1 + random.nextInt(20);
        for (int i = 0; i < length; i++) {
            word.append(random.nextInt(12) == 0 ? '-' : (char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }
}
