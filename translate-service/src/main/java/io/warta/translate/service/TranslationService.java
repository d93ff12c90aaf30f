package io.warta.translate.service;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.warta.cache.ContentKey;
import io.warta.problem.ProblemException;
import io.warta.problem.SubmittedText;
import io.warta.text.Deadline;
import io.warta.text.SentenceSplitter;
import io.warta.text.fidelity.FidelityChecker;
import io.warta.text.fidelity.GlossaryCheck;
import io.warta.text.glossary.Glossary;
import io.warta.text.glossary.GlossaryEntry;
import io.warta.text.glossary.InvalidGlossary;
import io.warta.translate.config.TranslateConfig;
import io.warta.translate.engine.TranslationEngine;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Translates texts sentence by sentence. Each text is normalized and split into lines and
 * sentences (or taken as one sentence when the caller split it already: presplit); every sentence
 * is looked up in the translation memory, and only the misses reach
 * an engine — in one batch per request, and once per sentence even when many requests ask for it
 * at the same time. Engines answer in the configured order; when one fails, the next translates
 * what is left, also in the middle of a request, and every segment says which engine produced it.
 */
@ApplicationScoped
public class TranslationService {

    public static final String SOURCE_LANGUAGE = "id";
    public static final String TARGET_LANGUAGE = "en";
    private static final Logger LOG = Logger.getLogger(TranslationService.class);

    private final EngineCatalog engines;
    private final TranslationMemory memory;
    private final TranslateConfig config;
    private final TextEntities entities;
    private final NumberFallback numberFallback;
    private final ArticleNameConsistency articleNames;
    private final SentenceFlights inFlight;
    private final MeterRegistry registry;

    TranslationService(EngineCatalog engines, TranslationMemory memory, TranslateConfig config, MeterRegistry registry,
            TextEntities entities, NumberFallback numberFallback, ArticleNameConsistency articleNames) {
        this.entities = entities;
        this.articleNames = articleNames;
        this.numberFallback = numberFallback;
        this.engines = engines;
        this.memory = memory;
        this.config = config;
        this.registry = registry;
        Counter joined = Counter.builder("warta.translate.sentences.joined")
                .description("Sentences a request took from another request translating them at the same time, "
                        + "instead of sending them to an engine again")
                .register(registry);
        this.inFlight = new SentenceFlights(joined::increment);
    }

    public Translation translate(String text, String source, String target) {
        return translateAll(List.of(text), source, target).get(0);
    }

    public Translation translate(String text, String source, String target, Long callerDeadlineMillis) {
        return translateAll(List.of(text), source, target, callerDeadlineMillis).get(0);
    }

    /** Translates every text; results in input order. */
    public List<Translation> translateAll(List<String> texts, String source, String target) {
        return translateAll(texts, source, target, null);
    }

    /**
     * Translates every text; results in input order. The in-process engines stop at the request's deadline
     * (proportional to its size, no later than {@code callerDeadlineMillis} from now): 503, nothing stored.
     */
    public List<Translation> translateAll(List<String> texts, String source, String target, Long callerDeadlineMillis) {
        return translateAll(texts, source, target, callerDeadlineMillis, false, Glossary.EMPTY);
    }

    /**
     * The glossary of a request's entries, validated against the configured limits (400 naming the entry and the
     * rule, never its text); the empty glossary for none.
     */
    public Glossary glossary(List<GlossaryEntry> entries) {
        try {
            TranslateConfig.GlossaryLimits limits = config.glossary();
            return Glossary.of(entries, new Glossary.Limits(limits.maxEntries(), limits.maxTermLength()));
        } catch (InvalidGlossary e) {
            String field = e.field("glossary");
            String rule = e.rule("glossary");
            throw ProblemException.badRequest(field + " " + rule)
                    .with("violations", List.of(Map.of("field", field, "message", rule)));
        }
    }

    /**
     * As {@link #translateAll(List, String, String, Long)}. When {@code presplit}, every text is one sentence the
     * caller split already: it is normalized as one line and translated as it is, never split again. With a
     * glossary, every sentence is translated with it and remembered under a key that carries its digest, so a
     * glossary's translation is never served without it, nor a plain one with it; each segment is checked for the
     * glossary's terms ({@code glossary-miss}). The sentences of a pre-split batch (the gateway's article) or of one text
     * are one article: a name the built-in engine copied in some and lost in others is fixed as itself where it was
     * lost ({@link ArticleNameConsistency}).
     */
    public List<Translation> translateAll(List<String> texts, String source, String target, Long callerDeadlineMillis,
            boolean presplit, Glossary glossary) {
        checkLanguagePair(source, target);
        if (texts.size() > config.maxBatchSize()) {
            throw ProblemException.tooLarge("at most " + config.maxBatchSize() + " texts per batch, got " + texts.size());
        }
        // Cheap first: nothing is normalized, split or detected in a request that is too long as sent.
        long sent = SubmittedText.lengthAsSent(texts);
        SubmittedText.requireLengthAsSentAtMost("the texts are", sent, config.maxRawRequestLength());
        // The caller's deadline runs from now; the service's own budget for in-process work (proportional to the
        // request's size) starts when an engine starts, so a remote engine that timed out does not eat builtin's.
        Deadline caller = Deadline.fromCaller(callerDeadlineMillis);
        TranslateConfig.RequestDeadline limits = config.deadline();
        java.time.Duration budget = Deadline.budget(Math.min(sent, config.maxRequestLength()), limits.base(),
                limits.perThousandCharacters(), limits.max());
        List<List<List<String>>> documents = new ArrayList<>(texts.size());
        long total = 0;
        for (String text : texts) {
            String normalized = presplit ? SubmittedText.normalizedLine(text, config.maxTextLength()) : normalize(text);
            total += normalized.length();
            if (total > config.maxRequestLength()) {
                throw ProblemException.tooLarge("the texts of this request are more than " + config.maxRequestLength()
                        + " characters together; send fewer at a time");
            }
            documents.add(presplit ? List.of(List.of(normalized)) : segment(normalized));
        }
        if (source == null) {
            rejectIfClearlyNotIndonesian(texts);
        }

        Set<String> sentences = new LinkedHashSet<>();
        documents.forEach(doc -> doc.forEach(sentences::addAll));
        List<TranslationEngine> ready = engines.ready();
        if (ready.isEmpty()) {
            throw ProblemException.unavailable("No translation engine is ready yet.", 5);
        }
        Map<String, Translated> bySentence = translateSentences(ready, sentences, caller, budget, glossary);
        numberFallback.apply(bySentence, ready, caller, budget, glossary);
        if (presplit || texts.size() == 1) {
            // One article: the gateway's pre-split batch, or one text. Texts batched together otherwise (a
            // LibreTranslate or DeepL client's list) may be unrelated, and one's names must not steer another's.
            articleNames.apply(sentences, bySentence, ready, caller, budget, glossary);
        }

        List<Translation> results = new ArrayList<>(documents.size());
        for (List<List<String>> document : documents) {
            results.add(assemble(document, bySentence, ready, glossary));
        }
        return results;
    }

    /**
     * The translation memory's key of a sentence translated by this engine ({@code id/version}) with this glossary:
     * a glossary's digest is part of it, so a glossary's translation is never served without it, nor a plain one with it.
     */
    static String memoryKey(String engineName, String sentence, Glossary glossary) {
        return glossary.isEmpty() ? ContentKey.of(engineName, sentence)
                : ContentKey.of(engineName, "glossary", glossary.digest(), sentence);
    }

    /**
     * Every sentence's translation. Engines are tried in order: the sentences left are looked up in the memory
     * under this engine's key, the misses are claimed (single flight per key) and sent to the engine as one batch,
     * and whatever the engine could not translate (it failed, timed out, or its breaker is open) moves on to the
     * next engine. A sentence is stored only under the key of the engine that translated it.
     */
    private Map<String, Translated> translateSentences(List<TranslationEngine> ready, Collection<String> sentences,
            Deadline caller, java.time.Duration budget, Glossary glossary) {
        // Sentences another request is translating are waited for no longer than this request may take in all.
        Deadline waitUntil = caller.min(Deadline.after(config.deadline().max()));
        Map<String, Translated> done = new HashMap<>();
        Set<String> remaining = new LinkedHashSet<>(sentences);
        Map<String, List<SentenceFlights.Claim>> claimed = new HashMap<>();
        Map<String, SentenceFlights.Claim> othersTranslating = new LinkedHashMap<>();
        Throwable lastFailure = null;
        try {
            for (TranslationEngine engine : ready) {
                if (remaining.isEmpty()) {
                    break;
                }
                String engineName = EngineCatalog.descriptor(engine);
                Map<String, String> keyBySentence = new LinkedHashMap<>();
                remaining.forEach(sentence -> keyBySentence.put(sentence, memoryKey(engineName, sentence, glossary)));
                resolveFromMemory(keyBySentence, engineName, remaining, done, claimed);
                if (remaining.isEmpty() || engines.isOpen(engine)) {
                    continue; // an open breaker: its remembered sentences still count, new ones go to the next engine
                }

                List<String> batch = new ArrayList<>();
                for (String sentence : remaining) {
                    SentenceFlights.Claim claim = inFlight.claim(keyBySentence.get(sentence));
                    if (claim.mine()) {
                        claimed.computeIfAbsent(sentence, s -> new ArrayList<>()).add(claim);
                        batch.add(sentence);
                    } else if (!claimed.containsKey(sentence)) {
                        othersTranslating.put(sentence, claim); // waited for once our own claims are finished
                    } else {
                        batch.add(sentence); // we hold claims for it already and never wait while holding claims
                    }
                }
                othersTranslating.keySet().forEach(remaining::remove);
                // Another request may have stored some of them between our lookup and our claim.
                Map<String, String> claimedKeys = new LinkedHashMap<>();
                batch.forEach(sentence -> claimedKeys.put(sentence, keyBySentence.get(sentence)));
                resolveFromMemory(claimedKeys, engineName, remaining, done, claimed);
                batch.retainAll(remaining);
                if (batch.isEmpty()) {
                    continue;
                }

                List<TranslationEngine.Scored> translations;
                Deadline deadline = caller.min(Deadline.after(budget));
                try (Deadline.Scope scope = deadline.bind()) {
                    caller.check();
                    countEngineCall(engine, batch.size());
                    translations = engines.translateAllScored(engine, batch, glossary);
                } catch (Deadline.Exceeded e) {
                    // Out of time: no other engine would be faster, and nothing of this batch is stored.
                    LOG.warnf("translation of %d sentences stopped at the request's deadline", batch.size());
                    throw outOfTime();
                } catch (RuntimeException | Error e) {
                    // An engine that overflows its stack or fails an assertion on one input has failed on that input:
                    // the next engine takes it. Only a JVM in trouble (out of memory, internal error) stops here.
                    if (e instanceof VirtualMachineError && !(e instanceof StackOverflowError)) {
                        throw e;
                    }
                    lastFailure = e;
                    LOG.warnf("translation engine %s failed on %d sentences, the next engine takes them: %s",
                            engine.id(), batch.size(), e.toString());
                    continue;
                }
                // Stored (one transaction for the batch) before the waiting requests are released, so a request
                // arriving after them finds the sentences in the memory.
                List<TranslationMemory.Entry> learned = new ArrayList<>(batch.size());
                for (int i = 0; i < batch.size(); i++) {
                    String sentence = batch.get(i);
                    learned.add(new TranslationMemory.Entry(keyBySentence.get(sentence), engineName, sentence,
                            translations.get(i).text(), translations.get(i).confidence()));
                }
                memory.storeAll(learned);
                for (int i = 0; i < batch.size(); i++) {
                    TranslationEngine.Scored scored = translations.get(i);
                    resolve(batch.get(i), new Translated(scored.text(), engineName, false, scored.confidence()), done,
                            claimed);
                }
                batch.forEach(remaining::remove);
            }
            if (!remaining.isEmpty()) {
                ProblemException unavailable = ProblemException.unavailable(
                        "No translation engine can translate right now; try again shortly.", 5);
                if (lastFailure != null) {
                    unavailable.initCause(lastFailure);
                }
                throw unavailable;
            }
        } catch (RuntimeException | Error e) {
            // Requests waiting on our claims must not wait forever, whatever went wrong here.
            RuntimeException failure = e instanceof RuntimeException runtime ? runtime : new IllegalStateException(e);
            claimed.values().forEach(claims -> claims.forEach(claim -> claim.fail(failure)));
            throw e;
        }
        try {
            othersTranslating.forEach((sentence, claim) -> done.put(sentence,
                    SentenceFlights.await(claim.result(), waitUntil)));
        } catch (Deadline.Exceeded e) {
            throw outOfTime();
        }
        return done;
    }

    private static ProblemException outOfTime() {
        return ProblemException.unavailable("The translation took longer than this request may take; "
                + "try again shortly or send less text.", 5);
    }

    /** Counts a call of an engine and the sentences it carried, by engine id (a short list fixed by configuration). */
    private void countEngineCall(TranslationEngine engine, int sentences) {
        Counter.builder("warta.translate.engine.calls")
                .description("Calls of a translation engine; each carries every sentence of a request that neither "
                        + "the translation memory nor another request in flight had")
                .tag("engine", engine.id()).register(registry).increment();
        Counter.builder("warta.translate.engine.sentences")
                .description("Sentences sent to a translation engine: misses of the translation memory")
                .tag("engine", engine.id()).register(registry).increment(sentences);
    }

    /** Moves the sentences found in the memory under these keys from {@code remaining} to {@code done}. */
    private void resolveFromMemory(Map<String, String> keyBySentence, String engineName, Set<String> remaining,
            Map<String, Translated> done, Map<String, List<SentenceFlights.Claim>> claimed) {
        if (keyBySentence.isEmpty()) {
            return;
        }
        Map<String, TranslationMemory.Remembered> remembered = memory.lookupRemembered(keyBySentence.values());
        keyBySentence.forEach((sentence, key) -> {
            TranslationMemory.Remembered hit = remembered.get(key);
            if (hit != null) {
                resolve(sentence, new Translated(hit.translation(), engineName, true, hit.confidence()), done, claimed);
                remaining.remove(sentence);
            }
        });
    }

    /** Records a sentence's translation and hands it to every request waiting on a key we claimed for it. */
    private static void resolve(String sentence, Translated translated, Map<String, Translated> done,
            Map<String, List<SentenceFlights.Claim>> claimed) {
        done.put(sentence, translated);
        List<SentenceFlights.Claim> claims = claimed.remove(sentence);
        if (claims != null) {
            claims.forEach(claim -> claim.complete(translated));
        }
    }

    /** A text normalized; 400 when blank, 413 when longer than one text may be. */
    private String normalize(String text) {
        return SubmittedText.normalized(text, config.maxTextLength());
    }

    /** A normalized text as lines of sentences; blank lines are kept as empty lines so paragraphs survive. */
    private static List<List<String>> segment(String normalized) {
        List<List<String>> lines = new ArrayList<>();
        for (String line : normalized.split("\n", -1)) {
            lines.add(line.isBlank() ? List.of() : SentenceSplitter.split(line));
        }
        return lines;
    }

    private Translation assemble(List<List<String>> lines, Map<String, Translated> bySentence,
            List<TranslationEngine> ready, Glossary glossary) {
        List<Segment> segments = new ArrayList<>();
        List<String> translatedLines = new ArrayList<>(lines.size());
        Map<String, Integer> segmentsByEngine = new LinkedHashMap<>();
        for (List<String> line : lines) {
            List<String> translated = new ArrayList<>(line.size());
            for (String sentence : line) {
                Translated t = bySentence.get(sentence);
                List<SegmentWarning> warnings = new ArrayList<>(1);
                FidelityChecker.check(sentence, t.text()).forEach(w -> warnings.add(SegmentWarning.of(w)));
                GlossaryCheck.check(sentence, t.text(), glossary).forEach(w -> warnings.add(SegmentWarning.of(w)));
                segments.add(new Segment(sentence, t.text(), t.engine(), t.cached(), t.confidence(), t.fallbackReason(),
                        warnings));
                segmentsByEngine.merge(t.engine(), 1, Integer::sum);
                translated.add(t.text());
            }
            translatedLines.add(String.join(" ", translated));
        }
        return new Translation(SOURCE_LANGUAGE, TARGET_LANGUAGE, String.join("\n", translatedLines),
                mostSegments(segmentsByEngine, ready), segments, entities.of(segments));
    }

    /** The engine of most segments; on a tie the one earlier in the engine order. */
    private static String mostSegments(Map<String, Integer> segmentsByEngine, List<TranslationEngine> ready) {
        String best = null;
        int bestCount = 0;
        for (TranslationEngine engine : ready) {
            String name = EngineCatalog.descriptor(engine);
            int count = segmentsByEngine.getOrDefault(name, 0);
            if (count > bestCount) {
                best = name;
                bestCount = count;
            }
        }
        return best != null ? best : EngineCatalog.descriptor(ready.get(0));
    }

    /** Without an explicit source, text that is clearly in another language is refused rather than mistranslated. */
    private static void rejectIfClearlyNotIndonesian(List<String> texts) {
        SubmittedText.requireIndonesian(String.join("\n", texts), "send \"source\": \"id\" to translate it anyway");
    }

    private static void checkLanguagePair(String source, String target) {
        String s = source == null ? SOURCE_LANGUAGE : source;
        String t = target == null ? TARGET_LANGUAGE : target;
        if (!SOURCE_LANGUAGE.equals(s) || !TARGET_LANGUAGE.equals(t)) {
            throw ProblemException.unprocessable("unsupported-language-pair", "Unsupported language pair",
                    "only Indonesian to English (source \"id\", target \"en\") is supported, not " + s + " → " + t)
                    .with("supportedPairs", List.of("id-en"));
        }
    }

}
