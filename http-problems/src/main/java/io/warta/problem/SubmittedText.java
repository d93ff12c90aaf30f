package io.warta.problem;

import io.warta.text.LanguageDetector;
import io.warta.text.TextNormalizer;
import java.util.List;

/**
 * The checks every service makes on the text it is sent, in the order that keeps hostile input cheap: the size as
 * sent before any pass over the text, then normalizing (markup reduced, control and format characters removed,
 * white space unified; lone surrogates never get this far, {@link StrictJson} refuses them), then the size and
 * blankness of what is left, and last the language. Each failure is a 4xx problem whose detail names sizes and
 * languages, never the text.
 */
public final class SubmittedText {

    private SubmittedText() {
    }

    /** The length of these texts as sent, null items counting nothing. */
    public static long lengthAsSent(List<String> texts) {
        long length = 0;
        for (String text : texts) {
            length += text == null ? 0 : text.length();
        }
        return length;
    }

    /**
     * 413 when {@code length} characters as sent is over {@code limit}: checked first, so nothing is normalized,
     * parsed or detected in an input too long as sent. {@code subject} starts the detail ("text is", "the texts are").
     */
    public static void requireLengthAsSentAtMost(String subject, long length, long limit) {
        if (length > limit) {
            throw ProblemException.tooLarge(subject + " " + length + " characters as sent; the limit before markup "
                    + "and white space are reduced is " + limit);
        }
    }

    /** 413 when a normalized text of {@code length} characters is over {@code limit}. */
    public static void requireLengthAtMost(long length, long limit) {
        if (length > limit) {
            throw ProblemException.tooLarge("text is " + length + " characters; the limit is " + limit);
        }
    }

    /** The text normalized ({@link TextNormalizer#normalize}, line breaks kept); 400 when blank, 413 over {@code limit}. */
    public static String normalized(String text, long limit) {
        return checked(TextNormalizer.normalize(text), limit);
    }

    /** One line or sentence normalized ({@link TextNormalizer#normalizeLine}); 400 when blank, 413 over {@code limit}. */
    public static String normalizedLine(String text, long limit) {
        return checked(TextNormalizer.normalizeLine(text), limit);
    }

    private static String checked(String normalized, long limit) {
        if (normalized.isBlank()) {
            throw ProblemException.badRequest("text must not be blank");
        }
        requireLengthAtMost(normalized.length(), limit);
        return normalized;
    }

    /**
     * 422 {@code unsupported-language} when the text is clearly in another language than Indonesian (Malay and
     * undetermined text pass); {@code advice} ends the detail, telling the caller what it may do instead.
     */
    public static void requireIndonesian(String normalized, String advice) {
        LanguageDetector.Detection detected = LanguageDetector.detect(normalized);
        if (detected.isClearlyNot(LanguageDetector.INDONESIAN)) {
            throw ProblemException.unprocessable("unsupported-language", "Not Indonesian",
                    "the text looks like \"" + detected.language() + "\", not Indonesian; " + advice)
                    .with("detectedLanguage", detected.language());
        }
    }
}
