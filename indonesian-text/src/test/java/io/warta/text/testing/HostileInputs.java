package io.warta.text.testing;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

/**
 * Generated text written to hurt: long runs of one character or one token (the reproductions of issue 16 among
 * them), nesting, mixed scripts, combining marks, lone surrogates and huge "words", alone or spliced into ordinary
 * Indonesian prose. The fuzz tests of every module draw from here and run each pass under a time bound per input.
 *
 * <p>Bounded by default so {@code ./mvnw -B verify} stays fast; on demand, longer and larger:
 * {@code -Dwarta.fuzz.tries=2000 -Dwarta.fuzz.max-length=200000}, and a failure is replayed with the seed it prints:
 * {@code -Dwarta.fuzz.seed=...}.
 */
public final class HostileInputs {

    private static final List<String> CHARACTERS = List.of(".", ",", ";", ":", "<", ">", "-", "—", "–", "(", ")", "[", "\"",
            "'", "“", "”", "/", "&", "@", "…", "!", "?", " ", "\n", "\t", "\u00A0", "\u200B", "\u200F", "\u0301", "\u0316",
            "\ud800", "\udc00", "\ud83d\ude00", "a", "A", "1", "_", "%", "#", "\u3000", "\r", "\u0085", "\u2028", "\u202E");
    private static final List<String> TOKENS = List.of("<p", "<!--", "<!-- a", "<script>", "</p>", "<b>x</b>", "<br/>", "di-",
            "a.", "A. ", "/warga ", " /warga", "&amp;", "&lt;p", "&#233;", "(Foto ", "Dr. ", "1.", "1,", "12/8/", "ab'",
            "http://", "www.", "x@", "U.S.", "\u0316\u0301", "a\u0301\u0300", ", ", "; ", ". ", "- ", "-- ", "— ", "\" ",
            "( ", ") ", "Rp1", "negara-", "yang ", "Kata", "Oleh ", "Foto: ", "Baca juga: ", "kata dia, ", "mengatakan, ",
            "BANJIR ", "Jakarta - ", "Bisnis.com, ", "... ", "?! ", "\u200D", "é", "ß", "ı", "İ", "ǅ", "ﬁ", "١", "௧");
    private static final List<String> PROSE = List.of(
            "Presiden Rusia Vladimir Putin menelepon Pemimpin Tertinggi Korea Utara Kim Jong-un pada Selasa (12/8/2025).",
            "Harga beras naik 2,5% di pasar induk, kata Menteri Perdagangan.",
            "Pemerintah menyiapkan operasi pasar untuk menekan harga menjelang Lebaran.",
            "\"Stok masih aman,\" ujarnya kepada wartawan di Jakarta, Senin.",
            "Banjir melanda Bekasi / ANTARA FOTO/Hafidz Mubarak A",
            "<p>Warga <b>mengungsi</b> ke masjid terdekat.</p>");
    private static final String[] SCRIPTS = {"abcdefghijklmnopqrstuvwxyz", "абвгдежзий", "中文新闻报道", "العربية", "हिन्दी",
        "ไทย", "日本語のニュース", "한국어", "ελληνικά", "עברית"};

    private static final long SEED = Long.getLong("warta.fuzz.seed", System.nanoTime());
    private static final int TRIES = Integer.getInteger("warta.fuzz.tries", 40);
    private static final int MAX_LENGTH = Integer.getInteger("warta.fuzz.max-length", 30_000);

    private HostileInputs() {
    }

    /** How many inputs each fuzz test tries ({@code warta.fuzz.tries}, 40 by default). */
    public static int tries() {
        return TRIES;
    }

    /** The longest input generated ({@code warta.fuzz.max-length}, 30,000 characters by default). */
    public static int maxLength() {
        return MAX_LENGTH;
    }

    /** A generator for one test, seeded from {@code warta.fuzz.seed} and the test's name, so tests do not share inputs. */
    public static Random random(String test) {
        return new Random(SEED ^ test.hashCode());
    }

    /** An input of at most {@code maxLength} characters. */
    public static String next(Random random, int maxLength) {
        int length = 1 + random.nextInt(Math.max(1, maxLength));
        StringBuilder sb = new StringBuilder(length + 64);
        switch (random.nextInt(7)) {
            case 0 -> repeat(sb, CHARACTERS.get(random.nextInt(CHARACTERS.size())), length);
            case 1 -> repeat(sb, TOKENS.get(random.nextInt(TOKENS.size())), length);
            case 2 -> nest(sb, random, length);
            case 3 -> mixedScripts(sb, random, length);
            case 4 -> hugeWord(sb, random, length);
            default -> splice(sb, random, length);
        }
        if (sb.length() > maxLength) {
            sb.setLength(maxLength);
        }
        return sb.toString();
    }

    /** What a failure message says about an input: the seed to replay it, its length and its start. */
    public static String describe(String test, int attempt, String input) {
        String start = input.substring(0, Math.min(60, input.length()));
        StringBuilder escaped = new StringBuilder();
        start.chars().forEach(c -> escaped.append(c >= 32 && c < 127 ? String.valueOf((char) c) : String.format("\\u%04x", c)));
        return test + " attempt " + attempt + " (replay with -Dwarta.fuzz.seed=" + SEED + "): " + input.length()
                + " characters starting \"" + escaped + "\"";
    }

    /**
     * Runs one pass over an input under a generous bound proportional to its length (3 s plus 1 ms per 10
     * characters: a linear pass needs a small fraction of that on a loaded two-core machine, while a quadratic one
     * over 30,000 characters needs minutes). Any {@code Throwable} fails the test.
     */
    public static <T> T bounded(String description, String input, Supplier<T> pass) {
        return bounded(description, Duration.ofMillis(3_000 + input.length() / 10), pass);
    }

    public static <T> T bounded(String description, Duration bound, Supplier<T> pass) {
        return assertTimeoutPreemptively(bound, pass::get, description);
    }

    private static void repeat(StringBuilder sb, String unit, int length) {
        while (sb.length() < length) {
            sb.append(unit);
        }
    }

    private static void nest(StringBuilder sb, Random random, int length) {
        String[][] pairs = {{"(", ")"}, {"<b>", "</b>"}, {"[", "]"}, {"\"", "\""}, {"<!--", "-->"}, {"“", "”"}, {"— ", " —"}};
        String[] pair = pairs[random.nextInt(pairs.length)];
        int depth = Math.max(1, length / (pair[0].length() + pair[1].length() + 1));
        sb.append(pair[0].repeat(depth)).append('x').append(pair[1].repeat(random.nextBoolean() ? depth : depth / 2));
    }

    private static void mixedScripts(StringBuilder sb, Random random, int length) {
        while (sb.length() < length) {
            int pick = random.nextInt(SCRIPTS.length + 3);
            if (pick < SCRIPTS.length) {
                String script = SCRIPTS[pick];
                sb.append(script.charAt(random.nextInt(script.length())));
            } else if (pick == SCRIPTS.length) {
                sb.append((char) (0x0300 + random.nextInt(0x70))); // a combining mark
            } else if (pick == SCRIPTS.length + 1) {
                sb.append((char) (0xD800 + random.nextInt(0x800))); // a lone surrogate
            } else {
                sb.append(random.nextBoolean() ? ' ' : '.');
            }
        }
    }

    private static void hugeWord(StringBuilder sb, Random random, int length) {
        sb.append(random.nextBoolean() ? "Harga " : "");
        while (sb.length() < length) {
            sb.append((char) ('a' + random.nextInt(26)));
        }
        sb.append(random.nextBoolean() ? " naik." : "");
    }

    private static void splice(StringBuilder sb, Random random, int length) {
        while (sb.length() < length) {
            if (random.nextBoolean()) {
                sb.append(PROSE.get(random.nextInt(PROSE.size()))).append(random.nextBoolean() ? " " : "\n\n");
            } else {
                String unit = random.nextBoolean() ? TOKENS.get(random.nextInt(TOKENS.size()))
                        : CHARACTERS.get(random.nextInt(CHARACTERS.size()));
                repeat(sb, unit, Math.min(length, sb.length() + 1 + random.nextInt(Math.max(1, length / 2))));
            }
        }
    }
}
