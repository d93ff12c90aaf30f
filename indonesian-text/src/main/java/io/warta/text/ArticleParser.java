package io.warta.text;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Takes a pasted news article apart. Web copies of Indonesian news carry furniture around the
 * body: a title, a standfirst, the author's name (often twice), a date line, photo captions
 * (often twice, ending in a credit such as {@code /Reuters}) and an {@code Editor :} line.
 * The rules are about the shape of a line, never about a particular article.
 */
public final class ArticleParser {

    private static final String DAYS = "senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu|ahad"
            + "|monday|tuesday|wednesday|thursday|friday|saturday|sunday";
    private static final String MONTHS = "januari|februari|maret|april|mei|juni|juli|agustus|september|oktober"
            + "|november|desember|january|february|march|may|june|july|august|october|december"
            + "|jan|feb|mar|apr|jun|jul|agu|agt|aug|sep|okt|oct|nov|des|dec";
    private static final Pattern DATE_LINE = Pattern.compile(
            "(?iu)^(?:(?:" + DAYS + "),?\\s*)?\\d{1,2}\\s+(?:" + MONTHS + ")\\.?\\s+\\d{4}"
                    + "(?:\\s*[|,\\-–]?\\s*\\d{1,2}[:.]\\d{2}(?:\\s*(?:wib|wita|wit|utc|gmt))?)?$"
                    + "|^(?:(?:" + DAYS + "),?\\s*)?\\d{1,2}/\\d{1,2}/\\d{2,4}(?:\\s*[|,\\-–]?\\s*\\d{1,2}[:.]\\d{2}.*)?$");
    private static final Pattern BYLINE_PREFIX = Pattern.compile(
            "(?iu)^(editor|penulis|reporter|pewarta|oleh|by|author|redaktur|penyunting)\\s*:?\\s+\\S.*");
    private static final Pattern CAPTION_CREDIT = Pattern.compile(
            "(?u)(?:\\s/\\s?\\p{L}[\\p{L}\\p{N} .&-]*(?:/[\\p{L}\\p{N} .&-]+)*|\\((?:foto|photo)[^)]*\\))\\s*$"
                    + "|(?iu)^(?:foto|photo|ilustrasi)\\s*[:/-].*");
    private static final Pattern NAME_WORD = Pattern.compile("(?u)\\p{Lu}[\\p{L}'’.-]*");
    private static final Pattern ENDS_LIKE_SENTENCE = Pattern.compile("(?u)[.!?…\"”’)]$");

    private ArticleParser() {
    }

    /** Parses raw article text; an optional explicit title wins over the detected one. */
    public static Article parse(String rawText, String explicitTitle) {
        String title = explicitTitle == null || explicitTitle.isBlank() ? null
                : TextNormalizer.normalizeLine(explicitTitle);
        String standfirst = null;
        String date = null;
        Set<String> bylines = new LinkedHashSet<>();
        Set<String> captions = new LinkedHashSet<>();
        List<String> paragraphs = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();

        List<String> lines = TextNormalizer.normalize(rawText).lines().map(String::strip)
                .filter(l -> !l.isEmpty()).toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (i == 0 && title == null && looksLikeTitle(line, lines.size())) {
                title = line;
                continue;
            }
            if (!seen.add(line) || line.equals(title)) {
                continue; // a repeated line (byline, caption) is furniture said twice
            }
            if (DATE_LINE.matcher(line).matches()) {
                if (date == null) {
                    date = line;
                }
            } else if (BYLINE_PREFIX.matcher(line).matches() || looksLikeName(line)) {
                bylines.add(line);
            } else if (CAPTION_CREDIT.matcher(line).find() || occurrences(line, lines) > 1) {
                captions.add(line);
            } else if (standfirst == null && paragraphs.isEmpty() && title != null && i + 1 < lines.size()
                    && isFurniture(lines.get(i + 1))) {
                standfirst = line;
            } else {
                paragraphs.add(line);
            }
        }
        // A standfirst only makes sense when there is a body after it.
        if (standfirst != null && paragraphs.isEmpty()) {
            paragraphs.add(standfirst);
            standfirst = null;
        }
        return new Article(title, standfirst, new ArrayList<>(bylines), date, new ArrayList<>(captions), paragraphs);
    }

    public static Article parse(String rawText) {
        return parse(rawText, null);
    }

    /** A title is a short first line without a sentence-final period, followed by more text. */
    private static boolean looksLikeTitle(String line, int lineCount) {
        int words = line.split("\\s+").length;
        return lineCount > 1 && words <= 25 && !line.endsWith(".") && !DATE_LINE.matcher(line).matches();
    }

    /** Two to five capitalized words and nothing else: an author's name. */
    private static boolean looksLikeName(String line) {
        if (ENDS_LIKE_SENTENCE.matcher(line).find() || line.chars().anyMatch(Character::isDigit)) {
            return false;
        }
        String[] words = line.split("\\s+");
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

    private static int occurrences(String line, List<String> lines) {
        int count = 0;
        for (String l : lines) {
            if (l.equals(line)) {
                count++;
            }
        }
        return count;
    }

    /** Lines that sit between a standfirst and the body: bylines, a date, captions. */
    private static boolean isFurniture(String line) {
        return looksLikeName(line) || DATE_LINE.matcher(line).matches() || BYLINE_PREFIX.matcher(line).matches()
                || CAPTION_CREDIT.matcher(line).find();
    }
}
