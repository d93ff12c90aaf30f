package io.warta.summary.summarizer;

/**
 * How long the sentence-count tiers are. A length is either a count of sentences or a fraction
 * of the document (e.g. {@code "40%"}).
 *
 * @param standard  sentences in the standard tier
 * @param detailed  sentences in the detailed tier (never fewer than standard)
 * @param keyPoints number of bullets (3 to 5 unless the text is shorter)
 */
public record TierLengths(Length standard, Length detailed, Length keyPoints) {

    public static final TierLengths DEFAULTS = new TierLengths(Length.count(3), Length.percent(40), Length.count(5));

    /** A number of sentences, or a percentage of the document's sentences (rounded, at least 1). */
    public record Length(int count, int percent) {

        public static Length count(int n) {
            if (n < 1 || n > 1000) {
                throw new IllegalArgumentException("a length must be between 1 and 1000 sentences, got " + n);
            }
            return new Length(n, 0);
        }

        public static Length percent(int p) {
            if (p < 1 || p > 100) {
                throw new IllegalArgumentException("a percentage length must be between 1% and 100%, got " + p + "%");
            }
            return new Length(0, p);
        }

        /** Parses {@code 4}, {@code "4"} or {@code "50%"}. */
        public static Length parse(String value) {
            String v = value.strip();
            try {
                return v.endsWith("%") ? percent(Integer.parseInt(v.substring(0, v.length() - 1).strip()))
                        : count(Integer.parseInt(v));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("a length is a number of sentences or a percentage such as \"40%\", got \"" + value + "\"");
            }
        }

        /** Resolves against a document of {@code total} sentences: at least 1, at most total. */
        public int resolve(int total) {
            int n = percent > 0 ? (int) Math.round(total * percent / 100.0) : count;
            return Math.max(1, Math.min(total, n));
        }
    }
}
