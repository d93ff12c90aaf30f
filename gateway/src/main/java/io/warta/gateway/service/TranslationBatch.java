package io.warta.gateway.service;

import io.warta.gateway.client.TranslationApi;
import io.warta.gateway.client.TranslationApi.Translation;
import java.util.ArrayList;
import java.util.List;

/**
 * Every text of one article that needs translating, collected first so translate-service is
 * called once; each {@link #add} returns the position at which its translation will be found.
 */
final class TranslationBatch {

    private final List<String> texts = new ArrayList<>();
    private List<Translation> answers;

    /** Queues a text; -1 for an absent or blank one. */
    int add(String text) {
        if (text == null || text.isBlank()) {
            return -1;
        }
        texts.add(text);
        return texts.size() - 1;
    }

    List<String> texts() {
        return List.copyOf(texts);
    }

    void answer(List<Translation> translations) {
        if (translations.size() != texts.size()) {
            throw new IllegalStateException("translate-service answered " + translations.size() + " translations for "
                    + texts.size() + " texts");
        }
        this.answers = List.copyOf(translations);
    }

    String translation(int position) {
        return answers.get(position).translation();
    }

    List<ArticleResult.Segment> segments(int position) {
        return answers.get(position).segments().stream()
                .map(s -> new ArticleResult.Segment(s.source(), s.translation(),
                        s.engine() != null ? s.engine() : answers.get(position).engine(), s.cached(),
                        warnings(s)))
                .toList();
    }

    private static List<ArticleResult.Warning> warnings(TranslationApi.Segment segment) {
        return segment.warnings() == null ? List.of() : segment.warnings().stream()
                .map(w -> new ArticleResult.Warning(w.type(), w.detail())).toList();
    }

    ArticleResult.Passage passage(int position) {
        return new ArticleResult.Passage(texts.get(position), translation(position));
    }
}
