package io.warta.text.glossary;

import io.warta.text.TextNormalizer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * A validated, normalized glossary: Indonesian terms and the English each must become. Terms are matched
 * case-insensitively on word boundaries (see {@link TermIndex}), also when their last word carries a clitic.
 * The {@link #digest} is a content hash of the normalized entries (order aside, source case aside: neither changes
 * a translation), so every cache key that a glossary affects can carry it.
 */
public final class Glossary {

    /** Most words in one source term: bounds the n-gram lookup per word of text. */
    public static final int MAX_TERM_WORDS = 8;
    /** Indonesian clitics a term may carry: -nya (its, the), -lah, -kah, -pun (particles), -ku (my), -mu (your). */
    public static final List<String> CLITICS = List.of("nya", "lah", "kah", "pun", "ku", "mu");
    static final int LONGEST_CLITIC = 3;

    /** Bounds of one glossary: entries, and characters of one term (source or target). */
    public record Limits(int maxEntries, int maxTermLength) {

        public static final Limits DEFAULT = new Limits(500, 100);
    }

    public static final Glossary EMPTY = new Glossary(List.of());

    private final List<GlossaryEntry> entries;
    private final String digest;
    private volatile TermIndex<GlossaryEntry> sources;

    private Glossary(List<GlossaryEntry> entries) {
        this.entries = List.copyOf(entries);
        this.digest = entries.isEmpty() ? "" : digestOf(entries);
    }

    /**
     * The glossary of these entries, normalized (white space, Unicode form); {@link InvalidGlossary} when there are
     * more than the limit allows (checked before any other work), or an entry is blank, too long, has more than
     * {@link #MAX_TERM_WORDS} words or no letter or digit, or repeats an earlier entry's source.
     */
    public static Glossary of(List<GlossaryEntry> raw, Limits limits) {
        if (raw == null || raw.isEmpty()) {
            return EMPTY;
        }
        if (raw.size() > limits.maxEntries()) {
            throw new InvalidGlossary("entries", "has " + raw.size() + " entries; at most " + limits.maxEntries()
                    + " are allowed");
        }
        List<GlossaryEntry> normalized = new ArrayList<>(raw.size());
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < raw.size(); i++) {
            GlossaryEntry entry = raw.get(i);
            if (entry == null) {
                throw new InvalidGlossary("entries[" + i + "]", "must not be null");
            }
            String source = term(entry.source(), "entries[" + i + "].source", limits);
            String target = term(entry.target(), "entries[" + i + "].target", limits);
            List<String> words = GlossaryWords.of(source);
            if (words.size() > MAX_TERM_WORDS) {
                throw new InvalidGlossary("entries[" + i + "].source", "has " + words.size() + " words; at most "
                        + MAX_TERM_WORDS + " are allowed");
            }
            if (!hasLetterOrDigit(source)) {
                throw new InvalidGlossary("entries[" + i + "].source", "must contain a letter or digit");
            }
            Integer earlier = seen.putIfAbsent(String.join(" ", words), i);
            if (earlier != null) {
                throw new InvalidGlossary("entries[" + i + "].source", "repeats the source of entries[" + earlier + "]");
            }
            normalized.add(new GlossaryEntry(source, target));
        }
        return new Glossary(normalized);
    }

    private static String term(String value, String field, Limits limits) {
        if (value == null) {
            throw new InvalidGlossary(field, "must not be null");
        }
        if (value.length() > limits.maxTermLength()) { // before normalizing: the limit bounds the work too
            throw new InvalidGlossary(field, "is " + value.length() + " characters; at most " + limits.maxTermLength()
                    + " are allowed");
        }
        String normalized = TextNormalizer.normalizeLine(value);
        if (normalized.isBlank()) {
            throw new InvalidGlossary(field, "must not be blank");
        }
        return normalized;
    }

    private static boolean hasLetterOrDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetterOrDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    public List<GlossaryEntry> entries() {
        return entries;
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /** SHA-256 (hex) of the normalized entries; "" for the empty glossary. */
    public String digest() {
        return digest;
    }

    /** The source terms, split by {@link GlossaryWords}, with clitics (built once, on first use). */
    public TermIndex<GlossaryEntry> sources() {
        TermIndex<GlossaryEntry> index = sources;
        if (index == null) {
            index = TermIndex.of(entries, e -> GlossaryWords.of(e.source()), true);
            sources = index;
        }
        return index;
    }

    /**
     * The English for a term that carried {@code clitic}: -ku and -mu become "my" and "your" before it (a leading
     * "the" dropped: KPK-mu is "your KPK"); -nya, -lah, -kah and -pun add nothing, since English marks them with
     * the article the target already has, or not at all.
     */
    public static String render(String target, String clitic) {
        String possessive = switch (clitic) {
            case "ku" -> "my ";
            case "mu" -> "your ";
            default -> null;
        };
        if (possessive == null) {
            return target;
        }
        String bare = target.regionMatches(true, 0, "the ", 0, 4) ? target.substring(4) : target;
        return possessive + bare;
    }

    private static String digestOf(List<GlossaryEntry> entries) {
        List<String[]> keyed = new ArrayList<>(entries.size());
        for (GlossaryEntry e : entries) {
            keyed.add(new String[] {String.join(" ", GlossaryWords.of(e.source())), e.target()});
        }
        keyed.sort(Comparator.comparing(k -> k[0]));
        MessageDigest sha256;
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
        for (String[] k : keyed) {
            for (String part : k) {
                byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
                sha256.update((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
                sha256.update(bytes);
            }
        }
        return HexFormat.of().formatHex(sha256.digest());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Glossary g && g.digest.equals(digest);
    }

    @Override
    public int hashCode() {
        return digest.hashCode();
    }
}
