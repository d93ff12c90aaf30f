package io.warta.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ArticleParserTest {

    private static final String ARTICLE = """
            Gempa Guncang Lombok Pagi Ini

            Gempa berkekuatan 5,2 mengguncang Lombok pada Senin pagi tanpa menimbulkan korban jiwa.
            Siti Rahmawati
            Siti Rahmawati
            Senin, 3 Maret 2025 | 09:15
            Warga berkumpul di lapangan setelah gempa di Mataram, 3 Maret 2025. /Antara
            Warga berkumpul di lapangan setelah gempa di Mataram, 3 Maret 2025. /Antara

            Kompas.com, MATARAM – Gempa berkekuatan 5,2 mengguncang Lombok pada Senin (3/3/2025). Getaran terasa hingga Bali.

            BMKG menyatakan gempa tidak berpotensi tsunami.

            Siti Rahmawati
            Editor : Budi Santoso
            """;

    @Test
    void separatesFurnitureFromBody() {
        Article article = ArticleParser.parse(ARTICLE);

        assertThat(article.title()).isEqualTo("Gempa Guncang Lombok Pagi Ini");
        assertThat(article.standfirst()).startsWith("Gempa berkekuatan 5,2 mengguncang Lombok pada Senin pagi");
        assertThat(article.bylines()).containsExactly("Siti Rahmawati", "Editor : Budi Santoso");
        assertThat(article.date()).isEqualTo("Senin, 3 Maret 2025 | 09:15");
        assertThat(article.captions()).hasSize(1).first().asString().endsWith("/Antara");
        assertThat(article.paragraphs()).hasSize(2);
        assertThat(article.bodySentences()).containsExactly(
                "Kompas.com, MATARAM – Gempa berkekuatan 5,2 mengguncang Lombok pada Senin (3/3/2025).",
                "Getaran terasa hingga Bali.",
                "BMKG menyatakan gempa tidak berpotensi tsunami.");
    }

    @Test
    void eachParagraphCarriesItsOwnSentences() {
        Article article = ArticleParser.parse(ARTICLE);

        assertThat(article.body()).extracting(Article.Paragraph::sentences).containsExactly(
                java.util.List.of("Kompas.com, MATARAM – Gempa berkekuatan 5,2 mengguncang Lombok pada Senin (3/3/2025).",
                        "Getaran terasa hingga Bali."),
                java.util.List.of("BMKG menyatakan gempa tidak berpotensi tsunami."));
        assertThat(article.body()).extracting(Article.Paragraph::text).containsExactlyElementsOf(article.paragraphs());
    }

    /** Later steps take these sentences as they are: split again, each is itself. */
    @Test
    void bodySentencesAreNotSplitFurther() throws IOException {
        Article article = ArticleParser.parse(Files.readString(Path.of("..", "examples", "putin-kim-trump.id.txt"),
                StandardCharsets.UTF_8));

        assertThat(article.bodySentences()).hasSizeGreaterThan(10)
                .allSatisfy(sentence -> assertThat(SentenceSplitter.split(sentence)).containsExactly(sentence));
    }

    @Test
    void plainTextWithoutFurnitureIsAllBody() {
        Article article = ArticleParser.parse("Harga beras naik. Pemerintah menyiapkan operasi pasar.");

        assertThat(article.title()).isNull();
        assertThat(article.standfirst()).isNull();
        assertThat(article.paragraphs()).containsExactly("Harga beras naik. Pemerintah menyiapkan operasi pasar.");
    }

    @Test
    void explicitTitleWins() {
        Article article = ArticleParser.parse("Harga beras naik.\n\nPemerintah menyiapkan operasi pasar.", "Beras");

        assertThat(article.title()).isEqualTo("Beras");
        assertThat(article.bodySentences()).hasSize(2);
    }

    @Test
    void commissionedExampleHasAllItsFurnitureRecognised() throws IOException {
        Path example = Path.of("..", "examples", "putin-kim-trump.id.txt");
        assertThat(example).as("the committed example article").isRegularFile();
        Article article = ArticleParser.parse(Files.readString(example, StandardCharsets.UTF_8));

        assertThat(article.title()).startsWith("Putin Telepon Kim Jong-un");
        assertThat(article.standfirst()).startsWith("Putin menelepon Kim Jong-un menjelang pertemuan");
        assertThat(article.bylines()).hasSize(2).anySatisfy(b -> assertThat(b).startsWith("Editor"));
        assertThat(article.date()).startsWith("Rabu, 13 Agustus 2025");
        assertThat(article.captions()).hasSize(1).first().asString().endsWith("/Reuters/KCNA");
        assertThat(article.paragraphs()).hasSize(12);
        assertThat(article.bodySentences().get(0)).startsWith("Bisnis.com, JAKARTA –");
        assertThat(String.join(" ", article.paragraphs())).doesNotContain("Editor").doesNotContain("/Reuters")
                .doesNotContain("07:56");
    }

    @Test
    void subheadingsAndOlehSentencesStayInTheBody() {
        Article article = ArticleParser.parse("""
                Harga Beras Naik Lagi

                Harga beras medium naik 5 persen pekan ini di pasar tradisional Jakarta.

                Stok Masih Aman

                Oleh karena itu, pemerintah belum akan mengimpor beras tahun ini.

                Menurut Bulog, stok beras nasional cukup untuk enam bulan.
                """);

        assertThat(article.title()).isEqualTo("Harga Beras Naik Lagi");
        assertThat(article.bylines()).isEmpty();
        assertThat(article.paragraphs()).containsExactly(
                "Harga beras medium naik 5 persen pekan ini di pasar tradisional Jakarta.",
                "Stok Masih Aman",
                "Oleh karena itu, pemerintah belum akan mengimpor beras tahun ini.",
                "Menurut Bulog, stok beras nasional cukup untuk enam bulan.");
    }

    @Test
    void readAlsoLinksAndRepeatedParagraphsAreDropped() {
        Article article = ArticleParser.parse("""
                Banjir Rendam Jakarta Utara

                Banjir setinggi 50 sentimeter merendam ratusan rumah di Jakarta Utara pada Senin pagi.

                Baca juga: Hujan Deras Diprediksi hingga Akhir Pekan

                Warga mengungsi ke masjid dan sekolah terdekat.

                Warga mengungsi ke masjid dan sekolah terdekat.

                Penulis: Dewi Lestari
                """);

        assertThat(article.paragraphs()).containsExactly(
                "Banjir setinggi 50 sentimeter merendam ratusan rumah di Jakarta Utara pada Senin pagi.",
                "Warga mengungsi ke masjid dan sekolah terdekat.");
        assertThat(article.bylines()).containsExactly("Penulis: Dewi Lestari");
    }

    @Test
    void englishArticleFurniture() {
        Article article = ArticleParser.parse("""
                Putin calls Kim before meeting Trump

                By Jane Smith
                August 13, 2025 7:56 AM
                Russian President Vladimir Putin hugs North Korean leader Kim Jong Un in Pyongyang. (Photo: Reuters)

                Russian President Vladimir Putin called Kim Jong Un on Tuesday. The call was warm, state media said.
                """);

        assertThat(article.title()).isEqualTo("Putin calls Kim before meeting Trump");
        assertThat(article.bylines()).containsExactly("By Jane Smith");
        assertThat(article.date()).isEqualTo("August 13, 2025 7:56 AM");
        assertThat(article.captions()).hasSize(1);
        assertThat(article.bodySentences()).containsExactly("Russian President Vladimir Putin called Kim Jong Un on Tuesday.",
                "The call was warm, state media said.");
    }
}
