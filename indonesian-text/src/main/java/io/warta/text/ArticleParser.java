package io.warta.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Takes a pasted news article apart. Web copies of Indonesian (and English) news carry furniture
 * around the body: a title, a standfirst, the author's name (often twice), a date line, photo
 * captions (often twice, ending in a credit such as {@code /Reuters}), "read also" links and an
 * {@code Editor :} line. The rules are about the shape of a line, never about a particular
 * article. Repeated lines appear once; "read also" teasers and share prompts are dropped.
 */
public final class ArticleParser {

    private static final String DAYS = "senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu|ahad"
            + "|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun";
    private static final String MONTHS = "januari|februari|maret|april|mei|juni|juli|agustus|september|oktober"
            + "|november|desember|january|february|march|may|june|july|august|october|december"
            + "|jan|feb|mar|apr|jun|jul|agu|agt|aug|sep|sept|okt|oct|nov|des|dec";
    private static final String TIME = "(?:\\s*[|,\\-–•]?\\s*(?:pukul\\s+)?\\d{1,2}[:.]\\d{2}(?:[:.]\\d{2})?\\s*(?:wib|wita|wit|utc|gmt|am|pm|a\\.m\\.|p\\.m\\.)?"
            + "(?:\\s*(?:wib|wita|wit|utc|gmt|[+-]\\d{2}:?\\d{2}))?)?";
    private static final String DATE_PREFIX = "(?:(?:diterbitkan|dipublikasikan|diperbarui|terbit|published|updated|posted|tanggal)\\s*:?\\s*)?"
            + "(?:(?:" + DAYS + ")\\.?,?\\s*)?";
    private static final Pattern DATE_LINE = Pattern.compile("(?iu)" + DATE_PREFIX
            + "(?:\\d{1,2}\\s+(?:" + MONTHS + ")\\.?,?\\s+\\d{4}"        // 13 Agustus 2025
            + "|(?:" + MONTHS + ")\\.?\\s+\\d{1,2},?\\s+\\d{4}"          // August 13, 2025
            + "|\\d{1,2}/\\d{1,2}/\\d{2,4}|\\d{4}-\\d{2}-\\d{2})"         // 13/08/2025, 2025-08-13
            + TIME + "\\s*$");
    private static final Pattern BYLINE_PREFIX = Pattern.compile(
            "(?iu)(?:editor|penulis|reporter|pewarta|redaktur|penyunting|author|writer|reporting by|editing by"
                    + "|writing by|kontributor|fotografer)\\s*[:：]?\\s*\\S.*");
    private static final Pattern BY_NAME = Pattern.compile("(?u)(?:[Oo]leh|[Bb]y)\\s*:?\\s+(.+)");
    /** A credit in brackets at the end of a caption: (Foto: Antara), (Dok. Humas), (Ilustrasi). */
    private static final String[] BRACKETED_CREDITS = {"foto", "photo", "dok", "ilustrasi"};
    private static final Pattern CAPTION_START = Pattern.compile(
            "(?iu)(?:foto|photo|ilustrasi|illustration|antara foto|dok\\.|dokumentasi)\\s*[:/|-].*");
    private static final Pattern BOILERPLATE = Pattern.compile(
            "(?iu)\\W*(?:baca juga|baca pula|baca:|lihat juga|simak juga|simak berita|simak video|simak selengkapnya"
                    + "|saksikan juga|saksikan video|tonton juga|klik di sini|ikuti (?:kami|berita|update)|dapatkan (?:update|berita|informasi)"
                    + "|artikel ini telah tayang|sumber\\s*:|copyright|hak cipta|©|read more|read also|see also|related\\s*:"
                    + "|advertisement|scroll to continue|follow us|share this|bagikan artikel|gulir untuk|iklan\\s*$).*");
    private static final Pattern NAME_WORD = Pattern.compile("(?u)\\p{Lu}[\\p{L}'’.-]*|bin|binti|van|de|al|el");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private enum Kind { DATE, BYLINE, CAPTION, BOILERPLATE, NAME, SUBHEADING, TEXT }

    private ArticleParser() {
    }

    /** Parses raw article text; an optional explicit title wins over the detected one. */
    public static Article parse(String rawText, String explicitTitle) {
        String title = explicitTitle == null || explicitTitle.isBlank() ? null
                : TextNormalizer.normalizeLine(explicitTitle);
        List<String> lines = new ArrayList<>();
        for (String l : TextNormalizer.normalize(rawText).split("\n")) {
            String s = l.strip();
            if (!s.isEmpty()) {
                lines.add(s);
            }
        }
        Map<String, Integer> counts = new HashMap<>();
        lines.forEach(l -> counts.merge(l, 1, Integer::sum));
        Kind[] kinds = new Kind[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            kinds[i] = classify(lines.get(i));
        }
        // A line of capitalized words is a byline when it repeats or sits among furniture, else a subheading.
        for (int i = 0; i < kinds.length; i++) {
            if (kinds[i] == Kind.NAME) {
                boolean byline = counts.get(lines.get(i)) > 1 || nextToFurniture(kinds, i) || onlyFurnitureAfter(kinds, i);
                kinds[i] = byline ? Kind.BYLINE : Kind.SUBHEADING;
            }
        }
        int firstLine = 0;
        if (title == null && !lines.isEmpty() && (kinds[0] == Kind.TEXT || kinds[0] == Kind.SUBHEADING)
                && looksLikeTitle(lines.get(0), lines.size())) {
            title = lines.get(0);
            firstLine = 1;
        }

        String standfirst = null;
        String date = null;
        Set<String> bylines = new LinkedHashSet<>();
        Set<String> captions = new LinkedHashSet<>();
        List<String> paragraphs = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (int i = firstLine; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.equals(title) || !seen.add(line)) {
                continue; // furniture said twice, or a pasted paragraph repeated
            }
            boolean repeated = counts.get(line) > 1;
            switch (kinds[i]) {
                case DATE -> {
                    if (date == null) {
                        date = line;
                    }
                }
                case BYLINE -> bylines.add(line);
                case CAPTION -> captions.add(line);
                case BOILERPLATE -> {
                    // a link to another article or a share prompt: not part of this one
                }
                case SUBHEADING -> paragraphs.add(line); // such as "Stok Masih Aman": translated, kept in place
                case TEXT -> {
                    if (repeated && paragraphs.isEmpty() && title != null) {
                        captions.add(line); // a photo caption without credit, shown twice above the body
                    } else if (standfirst == null && paragraphs.isEmpty() && title != null && i + 1 < lines.size()
                            && isFurniture(kinds[i + 1])) {
                        standfirst = line;
                    } else {
                        paragraphs.add(line);
                    }
                }
                default -> throw new IllegalStateException();
            }
        }
        // A standfirst only makes sense when there is a body after it.
        if (standfirst != null && paragraphs.isEmpty()) {
            paragraphs.add(standfirst);
            standfirst = null;
        }
        return new Article(title, standfirst, new ArrayList<>(bylines), date, new ArrayList<>(captions),
                paragraphs.stream().map(Article.Paragraph::of).toList());
    }

    public static Article parse(String rawText) {
        return parse(rawText, null);
    }

    private static Kind classify(String line) {
        if (line.length() <= 80 && hasDigit(line) && DATE_LINE.matcher(line).matches()) {
            return Kind.DATE;
        }
        if (BOILERPLATE.matcher(line).matches()) {
            return Kind.BOILERPLATE;
        }
        if (line.length() <= 120 && BYLINE_PREFIX.matcher(line).matches()) {
            return Kind.BYLINE;
        }
        var by = BY_NAME.matcher(line);
        if (line.length() <= 80 && by.matches() && looksLikeName(by.group(1))) {
            return Kind.BYLINE;
        }
        if (endsWithCredit(line) || CAPTION_START.matcher(line).matches()) {
            return Kind.CAPTION;
        }
        return looksLikeName(line) ? Kind.NAME : Kind.TEXT;
    }

    /**
     * True when a (stripped) line ends with a photo credit: " /Reuters", " / ANTARA FOTO/Hafidz Mubarak A",
     * "(Foto: Antara)". One scan from the end: the credit after " /" is letters, digits, spaces and {@code .&-}, with
     * single slashes between names, and no slash at its very end.
     */
    static boolean endsWithCredit(String line) {
        int n = line.length();
        if (n > 0 && line.charAt(n - 1) == ')' && bracketedCredit(line)) {
            return true;
        }
        // Walk back over the characters a credit may hold; each " /" met on the way may open one.
        int k = n;
        boolean slashAfter = false; // whether the character after position k is a slash
        while (k > 0) {
            int cp = line.codePointBefore(k);
            int at = k - Character.charCount(cp);
            if (cp == '/') {
                if (slashAfter || k == n) {
                    return false; // "//" or a slash at the end: no credit can span it
                }
                if (opensCredit(line, at)) {
                    return true;
                }
                slashAfter = true;
            } else if (Character.isLetter(cp) || isNumber(cp) || cp == ' ' || cp == '.' || cp == '&' || cp == '-') {
                slashAfter = false;
            } else {
                return false;
            }
            k = at;
        }
        return false;
    }

    /** A slash at {@code slash} after white space and before an optional space and a letter. */
    private static boolean opensCredit(String line, int slash) {
        if (slash == 0 || !isAsciiSpace(line.charAt(slash - 1))) {
            return false;
        }
        int k = slash + 1;
        if (k < line.length() && isAsciiSpace(line.charAt(k))) {
            k++;
        }
        return k < line.length() && Character.isLetter(line.codePointAt(k));
    }

    /** "(Foto ...)" at the end of the line, without a ')' inside. */
    private static boolean bracketedCredit(String line) {
        int close = line.length() - 1;
        // Any '(' after the last ')' before the end may open it: "(a (Foto: X)".
        int previousClose = line.lastIndexOf(')', close - 1);
        for (int i = line.indexOf('(', previousClose + 1); i >= 0 && i < close; i = line.indexOf('(', i + 1)) {
            for (String credit : BRACKETED_CREDITS) {
                if (i + 1 + credit.length() <= close && line.regionMatches(true, i + 1, credit, 0, credit.length())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isNumber(int cp) {
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    private static boolean isAsciiSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** A title is a short first line without a sentence-final period, followed by more text. */
    private static boolean looksLikeTitle(String line, int lineCount) {
        int words = WHITESPACE.split(line).length;
        return lineCount > 1 && words <= 25 && !line.endsWith(".");
    }

    /** Two to five capitalized words (particles such as "bin" allowed) and nothing else: an author's name. */
    private static boolean looksLikeName(String line) {
        if (line.length() > 60 || hasDigit(line)) {
            return false;
        }
        char last = line.charAt(line.length() - 1);
        if (last == '.' || last == '!' || last == '?' || last == '"' || last == '”' || last == ')' || last == ':') {
            return false;
        }
        String[] words = WHITESPACE.split(line.replace(",", " ").strip());
        if (words.length < 2 || words.length > 5) {
            return false;
        }
        for (String w : words) {
            if (!NAME_WORD.matcher(w).matches()) {
                return false;
            }
        }
        return true;
    }

    private static boolean nextToFurniture(Kind[] kinds, int i) {
        return i > 0 && isFurniture(kinds[i - 1]) || i + 1 < kinds.length && isFurniture(kinds[i + 1]);
    }

    private static boolean onlyFurnitureAfter(Kind[] kinds, int i) {
        for (int k = i + 1; k < kinds.length; k++) {
            if (kinds[k] == Kind.TEXT || kinds[k] == Kind.SUBHEADING) {
                return false;
            }
        }
        return true;
    }

    private static boolean isFurniture(Kind k) {
        return k == Kind.DATE || k == Kind.BYLINE || k == Kind.CAPTION || k == Kind.NAME;
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
