package io.warta.summary.summarizer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Shortens a sentence without rewriting it: drops what a reader does not need in a headline or a
 * bullet (the dateline, attributions such as {@code Melansir Bloomberg, Rabu (13/8/2025),} or
 * {@code demikian ungkap KCNA}, parentheticals, discourse openers) and, when that is not short
 * enough, ends the sentence at a phrase boundary: a comma or the word that opens a new clause or
 * phrase ({@code untuk}, {@code yang}, {@code menjelang}; {@code to}, {@code which}, {@code after}).
 * It never cuts inside a phrase, so it may give up; the caller then tries another sentence.
 * Works on plain text and on pre-tokenized text ({@code kata , " ucap X .}) alike.
 */
public final class SentenceCompressor {

    /** Fewest words a shortened sentence may keep: shorter prefixes rarely say anything. */
    static final int MIN_WORDS = 4;

    private static final String DASH = "(?:--|- -|[-–—]{1,2})";
    private static final Pattern DATELINE_SEPARATOR = Pattern.compile("\\s" + DASH + "\\s+");
    private static final Pattern DOMAIN = Pattern.compile("(?iu)\\p{L}\\.(?:com|co|id|net|org|tv|news)\\b");
    /** A bracketed aside opened after a space (so "function(x)" or "pasar(nya)" are left alone). */
    // Runs of white space are entered at their first character only ((?<!\\s)\\s++): tried from every character of
    // a long run, the pattern would rescan the rest of the run each time.
    private static final Pattern PARENTHETICAL = Pattern.compile("(?:^|(?<!\\s)\\s++)[(\\[][^()\\[\\]]{0,160}[)\\]]");
    private static final Pattern DASH_PARENTHETICAL = Pattern.compile(
            "(?<!\\s)\\s++(?:--|—|–)\\s+[^—–]{1,160}?\\s+(?:--|—|–)(?=\\s)");
    private static final Pattern SPACES = Pattern.compile("\\s{2,}");
    private static final Pattern QUOTES = Pattern.compile("[\"“”]");
    private static final Pattern LEADING_JUNK = Pattern.compile("^[\\s,;:–—-]+");
    // Separators and punctuation at the end are trimmed by scanning back from the end (trimEnd): a pattern such as
    // "[\\s,;:]+$" is tried from every character of a long run of separators, each time to the end of the run.
    private static final String SEPARATORS = ",;:";
    private static final String SEPARATORS_AND_DASHES = ",;:–—-";
    private static final Pattern ENDS_IN_QUOTE = Pattern.compile("[\"”]\\s*[.!?]?\\s*$");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern DATELINE_PUNCTUATION = Pattern.compile("[,()]");

    /** Language-specific word lists and patterns. */
    private record Rules(Pattern leadingAttribution, Pattern trailingQuoteAttribution, Pattern trailingAttribution,
            Pattern discourseOpener, Pattern timeAdjunct, Pattern leadingSpeaker, Set<String> phraseOpeners,
            Set<String> danglingEnds, Pattern verbLike) {
    }

    private static final String ID_DAYS = "Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|Minggu|Ahad";
    private static final String ID_SPEECH = "ungkap|kata|ujar|ucap|tutur|jelas|tegas|lanjut|papar|terang|imbuh|tambah|sebut"
            + "|tulis|lapor|beber|pungkas|kilah|klaim|ungkapnya|katanya|ujarnya|ucapnya|tuturnya|jelasnya|tegasnya"
            + "|lanjutnya|paparnya|terangnya|imbuhnya|tambahnya|sebutnya|tulisnya|bebernya|pungkasnya";
    private static final String EN_DAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";
    private static final String EN_SPEECH = "said|says|told|added|wrote|stated|explained|noted|reported|announced";

    private static final Rules INDONESIAN = new Rules(
            Pattern.compile("(?iu)^(?:seperti |sebagaimana )?(?:melansir|mengutip|dilansir(?: dari)?|dikutip(?: dari)?"
                    + "|menurut|berdasarkan laporan|dilaporkan|mengacu pada)\\s+[^,]{1,80}?\\s*,\\s*"
                    + "(?:(?:" + ID_DAYS + ")\\s*(?:\\([^)]*\\))?\\s*,\\s*)?"),
            Pattern.compile("(?iu)\\s*,?\\s*[\"”]\\s*,?\\s*(?:demikian\\s+|seperti\\s+)?(?:" + ID_SPEECH
                    + ")\\b[^\"“”]{0,140}$"),
            Pattern.compile("(?iu)\\s*,\\s*(?:demikian\\s+)?(?:" + ID_SPEECH + ")(?:\\s+[^,\"“”]{1,50})?\\s*\\.?\\s*$"),
            Pattern.compile("(?iu)^(?:sementara itu|selain itu|namun|akan tetapi|meski demikian|oleh karena itu|oleh sebab itu"
                    + "|dengan demikian|di sisi lain|dalam kesempatan itu|dalam kesempatan tersebut|untuk itu|karena itu"
                    + "|sebelumnya|kemudian|lalu|adapun|sedangkan|bahkan|tak hanya itu|tidak hanya itu)\\s*,?\\s+"),
            Pattern.compile("(?iu)\\s+(?:pada\\s+)?(?:hari\\s+)?(?:" + ID_DAYS + ")(?:\\s+(?:pagi|siang|sore|malam|lalu|kemarin|ini|dini hari))?"
                    + "(?=[\\s,.]|$)"),
            Pattern.compile("(?u)^[^.;:\"“”]{3,90}?\\s(?:mengatakan|menyatakan|menegaskan|menjelaskan|mengungkapkan"
                    + "|menyebutkan|menilai|berpendapat|menuturkan|memaparkan|menambahkan|mengakui|menyebut)\\s*,\\s+"),
            Set.of("yang", "untuk", "guna", "agar", "supaya", "karena", "sebab", "sehingga", "menjelang", "sebelum",
                    "setelah", "sesudah", "saat", "ketika", "sejak", "hingga", "sampai", "dan", "serta", "namun",
                    "tetapi", "tapi", "sedangkan", "sementara", "meski", "meskipun", "walaupun", "walau", "sebagai",
                    "dengan", "di", "ke", "dari", "pada", "dalam", "oleh", "terhadap", "tentang", "bagi", "atas",
                    "melalui", "demi", "akibat", "usai", "jika", "bila", "apabila", "kalau", "bahwa", "lantaran",
                    "seperti", "termasuk", "antara", "selama", "kepada", "atau"),
            Set.of("yang", "dan", "atau", "di", "ke", "dari", "pada", "untuk", "dengan", "serta", "bahwa", "para",
                    "sang", "si", "itu", "ini", "tersebut", "akan", "telah", "sudah", "masih", "tidak", "belum", "juga",
                    "adalah", "ialah", "merupakan", "menjadi", "oleh", "se", "per", "sebuah", "seorang",
                    "mengatakan", "menyatakan", "menegaskan", "menjelaskan", "mengungkapkan", "menyebutkan", "menilai",
                    "menurut", "kata", "ujar", "ucap", "berkata", "menuturkan", "menambahkan", "mengakui", "menyebut"),
            // Lower-case words with a verbal prefix, or auxiliaries and common bare verbs.
            Pattern.compile("(?:me|ber|di|ter|per)\\p{Ll}{3,}|akan|telah|sudah|tidak|tak|bisa|dapat|harus|adalah|merupakan"
                    + "|masih|belum|sedang|tengah|pernah|ingin|mau|ada|naik|turun|tewas|jatuh|tiba|pergi|datang|lahir|hilang"
                    + "|kalah|menang|lolos|gagal|resmi|siap|minta|ikut|pulang|masuk|keluar|buka|tutup|jadi|punya")
    );

    private static final Rules ENGLISH = new Rules(
            Pattern.compile("(?iu)^(?:according to|citing|as reported by|quoting|speaking to|writing in|in a statement(?: on \\w+)?)"
                    + "\\s+[^,]{1,80}?\\s*,\\s*"),
            Pattern.compile("(?iu)\\s*,?\\s*[\"”]\\s*,?\\s*(?:(?:" + EN_SPEECH + ")\\b[^\"“”]{0,140}"
                    + "|[^\"“”,]{1,60}?\\s+(?:" + EN_SPEECH + ")\\b[^\"“”,]{0,80})$"),
            Pattern.compile("(?iu)\\s*,\\s*(?:(?:" + EN_SPEECH + ")\\s+[^,\"“”]{1,60}|(?:he|she|they|it|\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,3})"
                    + "\\s+(?:" + EN_SPEECH + ")(?:\\s+on\\s+\\w+)?|according to\\s+[^,\"“”]{1,60})\\s*\\.?\\s*$"),
            Pattern.compile("(?iu)^(?:meanwhile|however|in addition|moreover|furthermore|also|on the other hand|nevertheless"
                    + "|previously|earlier|separately|in that meeting|on that occasion)\\s*,?\\s+"),
            Pattern.compile("(?iu)\\s+(?:on\\s+)?(?:" + EN_DAYS + ")(?:\\s+(?:morning|afternoon|evening|night))?(?=[\\s,.]|$)"),
            Pattern.compile("(?u)^[^,.;:\"“”]{3,90}?\\s(?:said|says|told reporters|added|stated|noted)(?:\\s+on\\s+\\w+)?\\s+that\\s+"),
            Set.of("that", "which", "who", "whom", "whose", "to", "for", "in", "on", "at", "with", "from", "by", "after",
                    "before", "as", "while", "because", "since", "during", "amid", "ahead", "and", "but", "or",
                    "although", "though", "despite", "following", "including", "over", "under", "into", "about",
                    "against", "when", "where", "so", "until", "if", "unless", "between", "among", "via"),
            Set.of("the", "a", "an", "and", "or", "of", "to", "in", "on", "at", "with", "from", "by", "for", "that",
                    "which", "who", "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would",
                    "its", "their", "his", "her", "this", "these", "those", "not", "as", "said", "says", "told", "added",
                    "according"),
            Pattern.compile("\\p{Ll}{2,}(?:ed|es)|\\p{Ll}{3,}s|is|are|was|were|be|been|has|have|had|will|would|can|could|may"
                    + "|might|must|should|did|does|do|won|lost|took|made|said|met|left|came|went|gave|got|saw|began|fell|rose")
    );

    private SentenceCompressor() {
    }

    private static Rules rules(String language) {
        return TextAnalyzer.normalizeLanguage(language).equals(TextAnalyzer.ENGLISH) ? ENGLISH : INDONESIAN;
    }

    /**
     * Drops the dateline, attributions, parentheticals and discourse openers; keeps everything
     * else word for word. Returns the sentence unchanged when nothing would be left.
     */
    public static String compress(String sentence, String language) {
        Rules r = rules(language);
        String s = sentence.strip();
        String original = s;
        s = dropDateline(s);
        s = r.leadingAttribution.matcher(s).replaceFirst("");
        s = r.discourseOpener.matcher(s).replaceFirst("");
        boolean quoted = QUOTES.matcher(s).find();
        if (quoted) {
            s = r.trailingQuoteAttribution.matcher(s).replaceFirst("");
        }
        s = r.trailingAttribution.matcher(s).replaceFirst("");
        s = PARENTHETICAL.matcher(s).replaceAll("");
        s = PARENTHETICAL.matcher(s).replaceAll(""); // nested brackets, inner first
        s = DASH_PARENTHETICAL.matcher(s).replaceAll("");
        if (quoted && countQuotes(s) % 2 == 1 || isWrappedInQuotes(s)) {
            s = QUOTES.matcher(s).replaceAll("");
        }
        s = tidy(s);
        if (TextAnalyzer.wordCount(s) < 2) {
            return tidy(original);
        }
        return endWithPeriod(capitalize(s));
    }

    /**
     * Compresses and, if still longer than {@code maxWords}, ends the sentence at the latest phrase
     * boundary that fits. Empty when that would need a cut inside a phrase or leave fewer than
     * {@link #MIN_WORDS} words.
     */
    public static Optional<String> fit(String sentence, String language, int maxWords) {
        Rules r = rules(language);
        String s = compress(sentence, language);
        if (TextAnalyzer.wordCount(s) <= maxWords) {
            return Optional.of(s);
        }
        // Who said it goes before when it was said: "Sudewo mengatakan, OSO diduga ..." → "OSO diduga ...".
        String withoutSpeaker = r.leadingSpeaker.matcher(s).replaceFirst("");
        if (!withoutSpeaker.equals(s) && TextAnalyzer.wordCount(withoutSpeaker) >= MIN_WORDS) {
            s = endWithPeriod(capitalize(withoutSpeaker));
            if (TextAnalyzer.wordCount(s) <= maxWords) {
                return Optional.of(s);
            }
        }
        String withoutTime = tidy(r.timeAdjunct.matcher(stripFinal(s)).replaceAll(""));
        if (TextAnalyzer.wordCount(withoutTime) >= MIN_WORDS) {
            s = withoutTime;
        }
        if (TextAnalyzer.wordCount(s) <= maxWords) {
            return Optional.of(endWithPeriod(s));
        }
        return cutAtBoundary(stripFinal(s), r, maxWords).map(SentenceCompressor::endWithPeriod);
    }

    /** A headline: {@link #fit} without the final period. */
    public static Optional<String> headline(String sentence, String language, int maxWords) {
        return fit(sentence, language, maxWords).map(SentenceCompressor::stripFinal);
    }

    private static Optional<String> cutAtBoundary(String s, Rules r, int maxWords) {
        String[] tokens = WHITESPACE.split(s);
        int words = 0;
        int bestEnd = -1; // exclusive token index of the best cut
        // What a cut before the current token keeps, updated token by token (not rescanned for every candidate cut,
        // which made a sentence of thousands of commas quadratic): its last word and whether it has a predicate.
        int lastWord = -1;
        boolean predicate = false;
        for (int i = 0; i < tokens.length; i++) {
            String t = tokens[i];
            String lower = io.warta.text.LowerCase.of(t);
            boolean opensPhrase = i > 0 && r.phraseOpeners.contains(lower);
            if (opensPhrase && words >= MIN_WORDS && words <= maxWords && !endsDangling(tokens, lastWord, r) && predicate) {
                bestEnd = i;
            }
            if (isWord(t)) {
                words++;
                lastWord = i;
            }
            predicate |= i > 0 && isPredicate(t, r);
            boolean commaAfter = t.endsWith(",") || (i + 1 < tokens.length && tokens[i + 1].equals(","));
            if (commaAfter && words >= MIN_WORDS && words <= maxWords && !endsDangling(tokens, lastWord, r) && predicate) {
                bestEnd = i + 1;
            }
            if (words > maxWords) {
                break;
            }
        }
        if (bestEnd < 0) {
            return Optional.empty();
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < bestEnd; i++) {
            if (i > 0) {
                sb.append(' ');
            }
            sb.append(tokens[i]);
        }
        String cut = tidy(trimEnd(sb.toString(), SEPARATORS, true));
        if (countQuotes(cut) % 2 == 1) {
            cut = tidy(QUOTES.matcher(cut).replaceAll(""));
        }
        return TextAnalyzer.wordCount(cut) >= MIN_WORDS ? Optional.of(cut) : Optional.empty();
    }

    /**
     * A cut must keep a clause, not just its subject: some lower-case verb-like word after the first token. True
     * for such a token.
     */
    private static boolean isPredicate(String token, Rules r) {
        String w = lettersOf(token);
        return !w.isEmpty() && Character.isLowerCase(token.charAt(0)) && r.verbLike.matcher(w).matches();
    }

    /** True when a cut whose last word is token {@code lastWord} (-1: none) ends with a word that needs a complement. */
    private static boolean endsDangling(String[] tokens, int lastWord, Rules r) {
        return lastWord < 0 || r.danglingEnds.contains(lettersOf(tokens[lastWord]));
    }

    /** Drops a leading news dateline such as {@code Bisnis.com, JAKARTA –} or {@code WASHINGTON (Reuters) -}. */
    static String dropDateline(String s) {
        Matcher m = DATELINE_SEPARATOR.matcher(s);
        if (!m.find() || m.start() > 60) {
            return s;
        }
        String head = s.substring(0, m.start()).strip();
        String[] words = WHITESPACE.split(DATELINE_PUNCTUATION.matcher(head).replaceAll(" ").strip());
        if (head.isEmpty() || words.length > 6) {
            return s;
        }
        boolean allCapitalized = true;
        boolean upperWord = false;
        for (String w : words) {
            if (w.isEmpty()) {
                continue;
            }
            char c = w.charAt(0);
            allCapitalized &= Character.isUpperCase(c) || Character.isDigit(c);
            upperWord |= w.length() >= 3 && w.chars().filter(Character::isLetter).allMatch(Character::isUpperCase)
                    && w.chars().anyMatch(Character::isLetter);
        }
        // "Jakarta -" or "Rimanews -": one capitalized word before a spaced dash at the very start is a dateline too.
        boolean singleName = words.length == 1 && words[0].length() >= 3 && Character.isUpperCase(words[0].charAt(0))
                && m.end() < s.length() && Character.isUpperCase(s.charAt(m.end()));
        boolean looksLikeDateline = head.contains(",") || head.contains("(") || DOMAIN.matcher(head).find() || upperWord
                || singleName;
        return allCapitalized && looksLikeDateline ? s.substring(m.end()) : s;
    }

    private static String lettersOf(String token) {
        StringBuilder sb = new StringBuilder(token.length());
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (Character.isLetterOrDigit(c) || c == '\'' || c == '’' || c == '-') {
                sb.append(Character.toLowerCase(c));
            }
        }
        return sb.toString();
    }

    private static boolean isWord(String token) {
        for (int i = 0; i < token.length(); i++) {
            if (Character.isLetterOrDigit(token.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static int countQuotes(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '“' || c == '”') {
                n++;
            }
        }
        return n;
    }

    private static boolean isWrappedInQuotes(String s) {
        String t = s.strip();
        return countQuotes(t) == 2 && (t.startsWith("\"") || t.startsWith("“"))
                && ENDS_IN_QUOTE.matcher(t).find();
    }

    private static String tidy(String s) {
        String t = SPACES.matcher(s).replaceAll(" ").strip();
        t = collapseCommas(t);
        t = LEADING_JUNK.matcher(t).replaceAll("");
        t = junkBeforeFinal(t);
        t = trimEnd(t, SEPARATORS_AND_DASHES, true);
        return t.strip();
    }

    /** {@code ", ,"} and {@code ",,"} become one comma (the white space after the last one stays). */
    static String collapseCommas(String s) {
        int n = s.length();
        StringBuilder out = null;
        int copied = 0;
        for (int i = s.indexOf(','); i >= 0; i = s.indexOf(',', i + 1)) {
            int end = i + 1; // after the last comma of the run
            for (int k = end; ; ) {
                while (k < n && isPatternSpace(s.charAt(k))) {
                    k++;
                }
                if (k < n && s.charAt(k) == ',') {
                    end = ++k;
                } else {
                    break;
                }
            }
            if (end > i + 1) {
                if (out == null) {
                    out = new StringBuilder(n);
                }
                out.append(s, copied, i + 1);
                copied = end;
                i = end - 1;
            }
        }
        return out == null ? s : out.append(s, copied, n).toString();
    }

    /** Separators and white space just before a final {@code .!?} are dropped: {@code "naik ,."} → {@code "naik."}. */
    private static String junkBeforeFinal(String s) {
        int n = s.length();
        if (n < 2 || ".!?".indexOf(s.charAt(n - 1)) < 0) {
            return s;
        }
        String body = trimEnd(s.substring(0, n - 1), SEPARATORS, true);
        return body.length() == n - 1 ? s : body + s.charAt(n - 1);
    }

    /** {@code s} without the characters of {@code chars} (and, if asked, ASCII white space) at its end. */
    static String trimEnd(String s, String chars, boolean whiteSpace) {
        int end = s.length();
        while (end > 0 && (chars.indexOf(s.charAt(end - 1)) >= 0 || whiteSpace && isPatternSpace(s.charAt(end - 1)))) {
            end--;
        }
        return end == s.length() ? s : s.substring(0, end);
    }

    /** What {@code \\s} matches: ASCII white space. */
    private static boolean isPatternSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static String capitalize(String s) {
        if (s.isEmpty() || !Character.isLowerCase(s.charAt(0))) {
            return s;
        }
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String endWithPeriod(String s) {
        String t = s.strip();
        if (t.isEmpty()) {
            return t;
        }
        char last = t.charAt(t.length() - 1);
        return last == '.' || last == '!' || last == '?' || last == '…' ? t : t + ".";
    }

    private static String stripFinal(String s) {
        String t = s.strip();
        String withoutPunctuation = trimEnd(t, ".!?…", false);
        return withoutPunctuation.length() == t.length() ? t : trimEnd(withoutPunctuation, "", true).strip();
    }

    /** Sentences of a text as word lists (exposed for tests). */
    static List<String> wordsOf(String s) {
        List<String> out = new ArrayList<>();
        for (String t : WHITESPACE.split(s)) {
            if (isWord(t)) {
                out.add(t);
            }
        }
        return out;
    }
}
