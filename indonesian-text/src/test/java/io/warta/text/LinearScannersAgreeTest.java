package io.warta.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The linear scanners must change nothing on text of ordinary size: on thousands of generated snippets of markup,
 * prose, punctuation and credits they agree with the regular expressions they replaced ({@link LegacyMarkupText},
 * {@link LegacySentenceSplitter}, the old caption-credit pattern). Seeded, so a failure can be replayed.
 */
class LinearScannersAgreeTest {

    private static final List<String> PIECES = List.of("<p>", "</p>", "<P class=\"x\">", "<br>", "<br/>", "<BR />", "<br x>",
            "</br>", "<script>", "</script>", "</SCRIPT >", "<style>", "</style>", "<head>", "</head>", "<header>",
            "<template>", "</template>", "<noscript>", "<scripts>", "<!--", "-->", "<!---->", "<b>", "</b>", "<b ", "<i/>",
            "<h1>", "<h7>", "<li>", "<figcaption>", "<pre>", "<", ">", "/", "&amp;", "&lt;", "&gt;", "&#233;", "&#x41;",
            "&nbsp;", "&bogus;", "Harga", "beras", "naik", "Dr", "U.S", "A", "B", "a", "12", "5", " ", " ", " ", "\n", "\n\n",
            ".", ".", "!", "?", "…", "\"", "”", ")", "(", "—", "-", "e", "é", "\u0301", "K", "ſ", "Foto", "foto", "(Foto: Antara)",
            "(Dok. Humas)", " /Reuters", " / ANTARA FOTO/Hafidz", "/", "//", "&", "\t", "x", "Ilustrasi", "(ilustrasi)");

    private static final Pattern OLD_CAPTION_CREDIT = Pattern.compile(
            "(?u)(?:\\s/\\s?\\p{L}[\\p{L}\\p{N} .&-]*(?:/[\\p{L}\\p{N} .&-]+)*|\\((?i:foto|photo|dok|dokumentasi|ilustrasi)[^)]*\\))\\s*$");

    private static String snippet(Random random) {
        StringBuilder sb = new StringBuilder();
        int pieces = 1 + random.nextInt(30);
        for (int i = 0; i < pieces; i++) {
            sb.append(PIECES.get(random.nextInt(PIECES.size())));
        }
        return sb.toString();
    }

    @Test
    void markupReductionIsUnchanged() {
        Random random = new Random(16);
        for (int i = 0; i < 20_000; i++) {
            String s = snippet(random);
            assertThat(MarkupText.toText(s)).as("toText(%s)", s).isEqualTo(LegacyMarkupText.toText(s));
            assertThat(MarkupText.looksLikeMarkup(s)).as("looksLikeMarkup(%s)", s).isEqualTo(LegacyMarkupText.looksLikeMarkup(s));
        }
    }

    @Test
    void sentenceSplittingIsUnchanged() {
        Random random = new Random(17);
        for (int i = 0; i < 20_000; i++) {
            String s = snippet(random);
            assertThat(SentenceSplitter.split(s)).as("split(%s)", s)
                    .isEqualTo(LegacySentenceSplitter.split(TextNormalizer.normalize(s)));
        }
    }

    @Test
    void captionCreditsAreRecognizedAsBefore() {
        Random random = new Random(18);
        for (int i = 0; i < 20_000; i++) {
            for (String line : TextNormalizer.normalize(snippet(random)).split("\n")) {
                String l = line.strip();
                if (!l.isEmpty()) {
                    assertThat(ArticleParser.endsWithCredit(l)).as("endsWithCredit(%s)", l)
                            .isEqualTo(OLD_CAPTION_CREDIT.matcher(l).find());
                }
            }
        }
    }
}
