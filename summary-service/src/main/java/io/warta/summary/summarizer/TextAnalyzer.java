package io.warta.summary.summarizer;

import io.warta.text.morph.IndonesianMorphology;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns a sentence into the content terms the ranking compares: lower-cased words, stopwords
 * dropped, stems (Indonesian: indonesian-text's {@link IndonesianMorphology}, the phrase engine's morphology too).
 * One instance per language, immutable and thread-safe.
 */
public final class TextAnalyzer {

    public static final String INDONESIAN = "id";
    public static final String ENGLISH = "en";

    private static final TextAnalyzer INDONESIAN_ANALYZER = new TextAnalyzer(INDONESIAN,
            loadWords("summarizer/stopwords-id.txt"));
    private static final TextAnalyzer ENGLISH_ANALYZER = new TextAnalyzer(ENGLISH,
            loadWords("summarizer/stopwords-en.txt"));

    private final String language;
    private final Set<String> stopwords;

    private TextAnalyzer(String language, Set<String> stopwords) {
        this.language = language;
        this.stopwords = stopwords;
    }

    /** The analyzer for {@code en} (and {@code en-*}); Indonesian for anything else. */
    public static TextAnalyzer forLanguage(String language) {
        return normalizeLanguage(language).equals(ENGLISH) ? ENGLISH_ANALYZER : INDONESIAN_ANALYZER;
    }

    /** {@code en} for English language tags, otherwise {@code id}. */
    public static String normalizeLanguage(String language) {
        if (language != null) {
            String l = language.strip().toLowerCase(Locale.ROOT);
            if (l.equals("en") || l.startsWith("en-") || l.startsWith("en_") || l.equals("eng") || l.equals("english")) {
                return ENGLISH;
            }
        }
        return INDONESIAN;
    }

    public String language() {
        return language;
    }

    public boolean isStopword(String lowerCaseWord) {
        return stopwords.contains(lowerCaseWord);
    }

    /** Lower-cased words of a text: runs of letters and digits, keeping inner hyphens and apostrophes. */
    public static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            while (i < n && !Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n) {
                char c = text.charAt(i);
                if (Character.isLetterOrDigit(c)) {
                    i++;
                } else if ((c == '-' || c == '\'' || c == '’') && i + 1 < n && Character.isLetterOrDigit(text.charAt(i + 1))
                        && i > start) {
                    i++;
                } else {
                    break;
                }
            }
            if (i > start) {
                words.add(io.warta.text.LowerCase.of(text.substring(start, i)));
            }
        }
        return words;
    }

    /** Content terms: stems of the words that are not stopwords or single characters. */
    public List<String> terms(String text) {
        List<String> words = words(text);
        List<String> terms = new ArrayList<>(words.size());
        for (String w : words) {
            if (w.length() < 2 || stopwords.contains(w)) {
                continue;
            }
            String stem = language.equals(ENGLISH) ? EnglishStemmer.stem(w) : IndonesianMorphology.stem(w);
            if (!stopwords.contains(stem)) {
                terms.add(stem);
            }
        }
        return terms;
    }

    /** Number of words in a text (tokens with at least one letter or digit). */
    public static int wordCount(String text) {
        int count = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                inWord = false;
            } else if (!inWord && Character.isLetterOrDigit(c)) {
                count++;
                inWord = true;
            } else if (!inWord) {
                // punctuation-only prefix of a token: wait for a letter or digit
                continue;
            }
        }
        return count;
    }

    static Set<String> loadWords(String resource) {
        InputStream in = TextAnalyzer.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing classpath resource " + resource);
        }
        Set<String> words = new HashSet<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                for (String w : line.split("\\s+")) {
                    words.add(w.toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
