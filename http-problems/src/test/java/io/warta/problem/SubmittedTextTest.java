package io.warta.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SubmittedTextTest {

    private static final String INDONESIAN = "Harga beras naik sepuluh persen pekan ini, dan pemerintah menyiapkan "
            + "operasi pasar di beberapa daerah untuk menahan kenaikan harga.";

    @Test
    void sizeAsSentIsCountedWithoutNormalizingAndRefusedOverTheLimit() {
        assertThat(SubmittedText.lengthAsSent(Arrays.asList("<b>ab</b>", null, "c"))).isEqualTo(10);

        SubmittedText.requireLengthAsSentAtMost("text is", 10, 10);
        ProblemException tooLong = catchThrowableOfType(ProblemException.class,
                () -> SubmittedText.requireLengthAsSentAtMost("the texts are", 11, 10));
        assertThat(tooLong.status()).isEqualTo(413);
        assertThat(tooLong.getMessage()).isEqualTo("the texts are 11 characters as sent; the limit before markup and "
                + "white space are reduced is 10");
    }

    @Test
    void normalizedTextLosesMarkupAndControlCharactersAndIsMeasuredAfterwards() {
        // 19 characters as sent, 11 once the markup and the control character are gone: within a limit of 11.
        assertThat(SubmittedText.normalized("<p>Harga\u0007 naik</p>", 11)).isEqualTo("Harga naik");
        assertThat(SubmittedText.normalized("Harga naik.\n\nStok aman.", 100)).isEqualTo("Harga naik.\n\nStok aman.");
        assertThat(SubmittedText.normalizedLine("Harga naik.\nStok aman.", 100)).isEqualTo("Harga naik. Stok aman.");

        ProblemException tooLong = catchThrowableOfType(ProblemException.class,
                () -> SubmittedText.normalized("Harga naik.", 10));
        assertThat(tooLong.status()).isEqualTo(413);
        assertThat(tooLong.getMessage()).isEqualTo("text is 11 characters; the limit is 10");
    }

    @Test
    void blankOnceNormalizedIsABadRequest() {
        for (String blank : List.of("", "   ", "<br/>", "\u200B\u0007", "\n\n")) {
            ProblemException refused = catchThrowableOfType(ProblemException.class,
                    () -> SubmittedText.normalizedLine(blank, 100));
            assertThat(refused.status()).as(blank).isEqualTo(400);
            assertThat(refused.getMessage()).isEqualTo("text must not be blank");
        }
    }

    @Test
    void textClearlyInAnotherLanguageIsRefusedWithTheCallersAdviceAndNeverEchoed() {
        SubmittedText.requireIndonesian(INDONESIAN, "unused");

        String english = "The government said on Monday that rice prices would stay stable for the rest of the year "
                + "because the stocks in the warehouses are large enough.";
        ProblemException refused = catchThrowableOfType(ProblemException.class,
                () -> SubmittedText.requireIndonesian(english, "send \"source\": \"id\" to translate it anyway"));
        assertThat(refused.status()).isEqualTo(422);
        Problem problem = refused.toProblem();
        assertThat(problem.type()).endsWith("/unsupported-language");
        assertThat(problem.detail()).isEqualTo("the text looks like \"en\", not Indonesian; send \"source\": \"id\" "
                + "to translate it anyway").doesNotContain("government");
        assertThat(problem.extensions()).containsEntry("detectedLanguage", "en");
    }
}
