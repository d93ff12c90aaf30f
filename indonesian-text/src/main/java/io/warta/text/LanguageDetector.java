package io.warta.text;

import java.util.Locale;
import java.util.Set;

/**
 * Tells Indonesian from English (and from neither) by the share of each language's most
 * frequent function words. Enough to reject text that is clearly not Indonesian.
 */
public final class LanguageDetector {

    private static final Set<String> INDONESIAN = Set.of("yang", "dan", "di", "ini", "itu", "dengan", "untuk",
            "tidak", "dari", "dalam", "akan", "pada", "juga", "ke", "karena", "tersebut", "bisa", "ada", "mereka",
            "lebih", "sudah", "saya", "kami", "kita", "oleh", "atau", "telah", "para", "bahwa", "sebagai", "menjadi");
    private static final Set<String> ENGLISH = Set.of("the", "of", "and", "to", "in", "is", "that", "for", "it",
            "with", "was", "on", "as", "by", "are", "be", "this", "from", "at", "have", "has", "an", "not", "which",
            "were", "their", "they", "will", "would", "been", "its", "he", "she");

    private LanguageDetector() {
    }

    /**
     * @param language   {@code id}, {@code en}, or {@code und} when neither is evident
     * @param confidence share of the text's words that are function words of that language
     */
    public record Detection(String language, double confidence) {
    }

    public static Detection detect(String text) {
        int words = 0;
        int id = 0;
        int en = 0;
        for (String token : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (token.isEmpty()) {
                continue;
            }
            words++;
            if (INDONESIAN.contains(token)) {
                id++;
            }
            if (ENGLISH.contains(token)) {
                en++;
            }
        }
        if (words == 0) {
            return new Detection("und", 0);
        }
        double idShare = (double) id / words;
        double enShare = (double) en / words;
        if (Math.max(idShare, enShare) < 0.04) {
            return new Detection("und", 0);
        }
        return idShare >= enShare ? new Detection("id", idShare) : new Detection("en", enShare);
    }
}
