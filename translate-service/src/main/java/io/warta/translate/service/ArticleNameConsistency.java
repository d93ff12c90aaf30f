package io.warta.translate.service;

import io.warta.text.Deadline;
import io.warta.text.glossary.Glossary;
import io.warta.text.glossary.GlossaryEntry;
import io.warta.text.glossary.GlossaryWords;
import io.warta.text.glossary.InvalidGlossary;
import io.warta.translate.config.TranslateConfig;
import io.warta.translate.engine.ModelFiles;
import io.warta.translate.engine.TranslationEngine;
import io.warta.translate.engine.names.ArticleNames;
import io.warta.translate.engine.names.NameFinder;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * The built-in engine's article pass: the sentences of one request are one article (the gateway sends an article as
 * one batch), and a copied name that the engine lost in some of them (Jakarta as "Here") while copying it in as many
 * others is fixed as itself where it was lost ({@link ArticleNames} decides). Those sentences are translated again
 * with the request's glossary plus the names as entries (source = target), so the glossary mechanism carries them
 * and the translation memory keeps them under a key with that glossary's digest: a sentence translated alone still
 * gets its own translation, and an article's never leaks into another's unless the same names were fixed. The
 * request's own glossary wins: a name that shares a word with one of its terms is left to it. Segments of other
 * engines are left alone. The pass runs within the request's deadline; out of time or failed, the first
 * translations stay.
 */
@ApplicationScoped
public class ArticleNameConsistency {

    private static final Logger LOG = Logger.getLogger(ArticleNameConsistency.class);

    private final EngineCatalog engines;
    private final TranslationMemory memory;
    private final TranslateConfig config;
    private volatile ArticleNames names;

    ArticleNameConsistency(EngineCatalog engines, TranslationMemory memory, TranslateConfig config) {
        this.engines = engines;
        this.memory = memory;
        this.config = config;
    }

    /** Replaces, in {@code bySentence}, the built-in's translations that lost a name the article copies elsewhere. */
    void apply(Collection<String> sentences, Map<String, Translated> bySentence, List<TranslationEngine> ready,
            Deadline caller, Duration budget, Glossary glossary) {
        TranslationEngine builtin = ready.stream().filter(e -> EngineCatalog.BUILTIN.equals(e.id())).findFirst().orElse(null);
        if (builtin == null || sentences.size() < 2) {
            return;
        }
        String builtinName = EngineCatalog.descriptor(builtin);
        List<String> ordered = sentences.stream().filter(s -> builtinName.equals(bySentence.get(s).engine())).toList();
        if (ordered.size() < 2) {
            return;
        }
        try (Deadline.Scope scope = caller.min(Deadline.after(budget)).bind()) {
            List<NameFinder.Pair> pairs = ordered.stream()
                    .map(s -> new NameFinder.Pair(s, bySentence.get(s).text())).toList();
            List<List<String>> pins = names().pins(pairs);
            Set<String> userWords = userWords(glossary);
            Map<String, Glossary> glossaryBySentence = new LinkedHashMap<>();
            for (int i = 0; i < ordered.size(); i++) {
                Glossary withNames = withNames(glossary, pins.get(i), userWords);
                if (withNames != null) {
                    glossaryBySentence.put(ordered.get(i), withNames);
                }
            }
            if (!glossaryBySentence.isEmpty()) {
                translateAgain(glossaryBySentence, bySentence, builtin, builtinName);
            }
        } catch (RuntimeException e) {
            // Out of time or failed: the first translations stay, consistent or not.
            LOG.warnf("the article pass over %d sentences stopped: %s", ordered.size(), e.toString());
        }
    }

    /** From the memory under each sentence's key where it has them, from the engine otherwise (one call per glossary). */
    private void translateAgain(Map<String, Glossary> glossaryBySentence, Map<String, Translated> bySentence,
            TranslationEngine builtin, String builtinName) {
        Map<String, String> keyBySentence = new LinkedHashMap<>();
        glossaryBySentence.forEach((sentence, g) ->
                keyBySentence.put(sentence, TranslationService.memoryKey(builtinName, sentence, g)));
        Map<String, TranslationMemory.Remembered> remembered = memory.lookupRemembered(keyBySentence.values());
        Map<Glossary, List<String>> misses = new LinkedHashMap<>();
        keyBySentence.forEach((sentence, key) -> {
            TranslationMemory.Remembered hit = remembered.get(key);
            if (hit != null) {
                replace(bySentence, sentence, new Translated(hit.translation(), builtinName, true, hit.confidence()));
            } else {
                misses.computeIfAbsent(glossaryBySentence.get(sentence), g -> new ArrayList<>()).add(sentence);
            }
        });
        for (Map.Entry<Glossary, List<String>> group : misses.entrySet()) {
            List<String> batch = group.getValue();
            List<TranslationEngine.Scored> fresh = engines.translateAllScored(builtin, batch, group.getKey());
            List<TranslationMemory.Entry> learned = new ArrayList<>(batch.size());
            for (int i = 0; i < batch.size(); i++) {
                TranslationEngine.Scored scored = fresh.get(i);
                learned.add(new TranslationMemory.Entry(keyBySentence.get(batch.get(i)), builtinName, batch.get(i),
                        scored.text(), scored.confidence()));
                replace(bySentence, batch.get(i), new Translated(scored.text(), builtinName, false, scored.confidence()));
            }
            memory.storeAll(learned);
        }
    }

    /** The new translation, keeping why the built-in's was taken in the first place (a number fallback). */
    private static void replace(Map<String, Translated> bySentence, String sentence, Translated again) {
        String reason = bySentence.get(sentence).fallbackReason();
        bySentence.put(sentence, new Translated(again.text(), again.engine(), again.cached(), again.confidence(), reason));
    }

    /**
     * The request's glossary followed by these names as themselves, less any name that shares a word with one of the
     * request's terms or is longer than a term may be; null when no name is left, or the entries break a rule.
     */
    private Glossary withNames(Glossary glossary, List<String> pinned, Set<String> userWords) {
        List<GlossaryEntry> entries = new ArrayList<>(glossary.entries());
        int maxTermLength = config.glossary().maxTermLength();
        for (String name : pinned) {
            if (name.length() <= maxTermLength && GlossaryWords.of(name).stream().noneMatch(userWords::contains)) {
                entries.add(new GlossaryEntry(name, name));
            }
        }
        if (entries.size() == glossary.entries().size()) {
            return null;
        }
        try {
            return Glossary.of(entries, new Glossary.Limits(entries.size(), maxTermLength));
        } catch (InvalidGlossary e) {
            return null;
        }
    }

    private static Set<String> userWords(Glossary glossary) {
        Set<String> words = new HashSet<>();
        glossary.entries().forEach(e -> words.addAll(GlossaryWords.of(e.source())));
        return words;
    }

    private ArticleNames names() {
        ArticleNames loaded = names;
        if (loaded == null) {
            synchronized (this) {
                if (names == null) {
                    names = ArticleNames.load(new ModelFiles());
                }
                loaded = names;
            }
        }
        return loaded;
    }
}
