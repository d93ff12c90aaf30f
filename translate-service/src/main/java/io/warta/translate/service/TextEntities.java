package io.warta.translate.service;

import io.warta.translate.engine.ModelFiles;
import io.warta.translate.engine.names.NameFinder;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * The names of a translated text ({@link NameFinder}: the engine's gazetteer and its rule for copied names, checked
 * against the translation, so it holds for every engine). Computed on every answer, like the fidelity warnings: it
 * depends on the sentence pairs only, never on the translation memory.
 */
@ApplicationScoped
public class TextEntities {

    private volatile NameFinder finder;

    /** The entities of a text's sentence pairs, most frequent first. */
    public List<Entity> of(List<Segment> segments) {
        List<NameFinder.Pair> pairs = segments.stream()
                .map(segment -> new NameFinder.Pair(segment.source(), segment.translation())).toList();
        return finder().find(pairs).stream()
                .map(found -> new Entity(found.source(), found.translation(), found.count())).toList();
    }

    private NameFinder finder() {
        NameFinder loaded = finder;
        if (loaded == null) {
            synchronized (this) {
                if (finder == null) {
                    finder = NameFinder.load(new ModelFiles());
                }
                loaded = finder;
            }
        }
        return loaded;
    }
}
