package io.warta.gateway.service;

import io.warta.gateway.client.TranslationApi;
import io.warta.gateway.client.TranslationApi.Translation;
import io.warta.text.SentenceSplitter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Every sentence of one article that needs translating, sent to translate-service already split and in as few calls
 * as the work allows: each {@link #addSentence} returns the position at which its translation will be found, and
 * {@link #pending} holds what was added since the last {@link #answer}. A sentence added twice is sent once.
 */
final class TranslationBatch {

    private final List<String> sentences = new ArrayList<>();
    private final Map<String, Integer> positions = new HashMap<>();
    private final List<Translation> answers = new ArrayList<>();

    /** A text queued as its sentences: the positions of their translations, in order. */
    record Queued(String text, List<Integer> sentences) {
    }

    /** Queues a sentence (or finds it queued already); -1 for an absent or blank one. */
    int addSentence(String sentence) {
        if (sentence == null || sentence.isBlank()) {
            return -1;
        }
        return positions.computeIfAbsent(sentence, s -> {
            sentences.add(s);
            return sentences.size() - 1;
        });
    }

    /**
     * Queues a text that is not split yet (a title, a caption, a summary's own sentence) as its sentences, split here
     * once as translate-service would; null for an absent or blank text.
     */
    Queued addText(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return new Queued(text, SentenceSplitter.split(text).stream().map(this::addSentence).toList());
    }

    /** The sentences added since the last answer, in order. */
    List<String> pending() {
        return List.copyOf(sentences.subList(answers.size(), sentences.size()));
    }

    /** The translations of {@link #pending}, in its order. */
    void answer(List<Translation> translations) {
        int expected = sentences.size() - answers.size();
        if (translations.size() != expected) {
            throw new IllegalStateException("translate-service answered " + translations.size() + " translations for "
                    + expected + " sentences");
        }
        answers.addAll(translations);
    }

    String translation(int position) {
        return answers.get(position).translation();
    }

    /** A queued text's translation: its sentences' translations, separated by spaces. */
    String translation(Queued text) {
        return String.join(" ", text.sentences().stream().map(this::translation).toList());
    }

    List<ArticleResult.Segment> segments(int position) {
        return answers.get(position).segments().stream()
                .map(s -> new ArticleResult.Segment(s.source(), s.translation(),
                        s.engine() != null ? s.engine() : answers.get(position).engine(), s.cached(),
                        s.confidence(), warnings(s)))
                .toList();
    }

    List<ArticleResult.Segment> segments(Queued text) {
        return text.sentences().stream().flatMap(position -> segments(position).stream()).toList();
    }

    private static List<ArticleResult.Warning> warnings(TranslationApi.Segment segment) {
        return segment.warnings() == null ? List.of() : segment.warnings().stream()
                .map(w -> new ArticleResult.Warning(w.type(), w.detail())).toList();
    }

    /**
     * The names of the first {@code sentences} sentences queued (those translated), merged: one entity per English (case aside), its source forms in
     * order of first use, its counts summed; most frequent first.
     */
    List<ArticleResult.Entity> entities(int sentences) {
        Map<String, ArticleResult.Entity> merged = new LinkedHashMap<>();
        for (Translation answer : answers.subList(0, Math.min(sentences, answers.size()))) {
            if (answer.entities() == null) {
                continue;
            }
            for (TranslationApi.Entity e : answer.entities()) {
                if (e.translation() == null || e.source() == null) {
                    continue;
                }
                merged.merge(e.translation().toLowerCase(Locale.ROOT),
                        new ArticleResult.Entity(e.source(), e.translation(), e.count()),
                        (a, b) -> {
                            Set<String> sources = new LinkedHashSet<>(a.source());
                            sources.addAll(b.source());
                            return new ArticleResult.Entity(List.copyOf(sources), a.translation(), a.count() + b.count());
                        });
            }
        }
        List<ArticleResult.Entity> out = new ArrayList<>(merged.values());
        out.sort((a, b) -> Integer.compare(b.count(), a.count()));
        return out;
    }

    ArticleResult.Passage passage(Queued text) {
        return new ArticleResult.Passage(text.text(), translation(text));
    }
}
