package io.warta.text;

import java.util.ArrayList;
import java.util.List;

/**
 * A news article taken apart: the furniture (title, standfirst, bylines, date, photo captions)
 * and the body paragraphs. Only the body is summarized; everything is translated.
 *
 * @param title      the headline, or null when the text has none
 * @param standfirst the lead-in under the title, or null
 * @param bylines    author and editor lines, each once
 * @param date       the publication date line as written, or null
 * @param captions   photo captions, each once
 * @param paragraphs body paragraphs in order
 */
public record Article(String title, String standfirst, List<String> bylines, String date, List<String> captions,
        List<String> paragraphs) {

    public Article {
        bylines = List.copyOf(bylines);
        captions = List.copyOf(captions);
        paragraphs = List.copyOf(paragraphs);
    }

    /** The body's sentences in document order. */
    public List<String> bodySentences() {
        List<String> sentences = new ArrayList<>();
        for (String paragraph : paragraphs) {
            sentences.addAll(SentenceSplitter.split(paragraph));
        }
        return sentences;
    }
}
