package io.warta.translate.service;

import io.warta.text.Deadline;
import io.warta.text.fidelity.FidelityChecker;
import io.warta.text.fidelity.FidelityWarning;
import io.warta.text.glossary.Glossary;
import io.warta.translate.config.EnginesConfig;
import io.warta.translate.engine.TranslationEngine;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * A sentence whose translation by a preferred engine (a remote LLM, OPUS-MT) fails the number check while the built-in
 * engine's keeps every number is answered with the built-in's, and the segment says why ({@value #REASON}). The
 * built-in's translations come from the translation memory where it has them and are stored there when new; when the
 * built-in cannot translate them in time, the preferred engine's stay, with their warnings.
 */
@ApplicationScoped
public class NumberFallback {

    public static final String REASON = FidelityWarning.NUMBER_MISMATCH;
    private static final Logger LOG = Logger.getLogger(NumberFallback.class);

    private final EngineCatalog engines;
    private final TranslationMemory memory;
    private final boolean enabled;

    NumberFallback(EngineCatalog engines, TranslationMemory memory, EnginesConfig config) {
        this.engines = engines;
        this.memory = memory;
        this.enabled = config.numberFallback();
    }

    /** Replaces, in {@code bySentence}, the translations that changed a number where the built-in's did not. */
    void apply(Map<String, Translated> bySentence, List<TranslationEngine> ready, Deadline caller, Duration budget,
            Glossary glossary) {
        TranslationEngine builtin = ready.stream().filter(e -> EngineCatalog.BUILTIN.equals(e.id())).findFirst().orElse(null);
        if (!enabled || builtin == null) {
            return;
        }
        String builtinName = EngineCatalog.descriptor(builtin);
        Map<String, String> keyBySentence = new LinkedHashMap<>();
        bySentence.forEach((sentence, translated) -> {
            if (!translated.engine().equals(builtinName) && changesANumber(sentence, translated.text())) {
                keyBySentence.put(sentence, TranslationService.memoryKey(builtinName, sentence, glossary));
            }
        });
        if (keyBySentence.isEmpty()) {
            return;
        }
        Map<String, TranslationMemory.Remembered> remembered = memory.lookupRemembered(keyBySentence.values());
        Map<String, Translated> builtins = new LinkedHashMap<>();
        List<String> misses = new ArrayList<>();
        keyBySentence.forEach((sentence, key) -> {
            TranslationMemory.Remembered hit = remembered.get(key);
            if (hit != null) {
                builtins.put(sentence, new Translated(hit.translation(), builtinName, true, hit.confidence(), REASON));
            } else {
                misses.add(sentence);
            }
        });
        if (!misses.isEmpty()) {
            try (Deadline.Scope scope = caller.min(Deadline.after(budget)).bind()) {
                List<TranslationEngine.Scored> fresh = engines.translateAllScored(builtin, misses, glossary);
                List<TranslationMemory.Entry> learned = new ArrayList<>(misses.size());
                for (int i = 0; i < misses.size(); i++) {
                    TranslationEngine.Scored scored = fresh.get(i);
                    String sentence = misses.get(i);
                    learned.add(new TranslationMemory.Entry(keyBySentence.get(sentence), builtinName, sentence,
                            scored.text(), scored.confidence()));
                    builtins.put(sentence, new Translated(scored.text(), builtinName, false, scored.confidence(), REASON));
                }
                memory.storeAll(learned);
            } catch (RuntimeException e) {
                // Out of time or failed: the preferred engine's translations stay, and their warnings say what to check.
                LOG.warnf("the built-in engine could not check %d sentences with changed numbers: %s", misses.size(),
                        e.toString());
            }
        }
        builtins.forEach((sentence, translated) -> {
            if (!changesANumber(sentence, translated.text())) {
                bySentence.put(sentence, translated);
            }
        });
    }

    private static boolean changesANumber(String source, String translation) {
        return FidelityChecker.check(source, translation).stream()
                .anyMatch(w -> FidelityWarning.NUMBER_MISMATCH.equals(w.type()));
    }
}
