package io.warta.text;

import static org.assertj.core.api.Assertions.assertThat;

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
}
