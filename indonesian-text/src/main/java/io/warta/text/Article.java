package io.warta.text;

import java.util.ArrayList;
import java.util.List;

/**
 * A news article taken apart: the furniture (title, standfirst, bylines, date, photo captions)
 * and the body paragraphs, each with its sentences. Only the body is summarized; everything is translated.
 * The body is split into sentences once, here, and every later step (translation, summaries, the
 * gateway's assembly) works on these sentences.
 *
 * @param title      the headline, or null when the text has none
 * @param standfirst the lead-in under the title, or null
 * @param bylines    author and editor lines, each once
 * @param date       the publication date line as written, or null
 * @param captions   photo captions, each once
 * @param body       body paragraphs in order, each with its sentences
 */
public record Article(String title, String standfirst, List<String> bylines, String date, List<String> captions,
        List<Paragraph> body) {

    public Article {
        bylines = List.copyOf(bylines);
        captions = List.copyOf(captions);
        body = List.copyOf(body);
    }

    /** A body paragraph as written and its sentences in order (none for a paragraph without words). */
    public record Paragraph(String text, List<String> sentences) {

        public Paragraph {
            sentences = List.copyOf(sentences);
        }

        /** A paragraph split into its sentences. */
        public static Paragraph of(String text) {
            return new Paragraph(text, SentenceSplitter.split(text));
        }
    }

    /** The body paragraphs as written. */
    public List<String> paragraphs() {
        return body.stream().map(Paragraph::text).toList();
    }

    /** The body's sentences in document order. */
    public List<String> bodySentences() {
        List<String> sentences = new ArrayList<>();
        for (Paragraph paragraph : body) {
            sentences.addAll(paragraph.sentences());
        }
        return sentences;
    }
}
