package io.warta.translate.service;

import io.warta.cache.ContentKey;
import io.warta.cache.SingleFlight;
import io.warta.problem.ProblemException;
import io.warta.text.LanguageDetector;
import io.warta.text.SentenceSplitter;
import io.warta.text.TextNormalizer;
import io.warta.translate.config.TranslateConfig;
import io.warta.translate.engine.TranslationEngine;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Translates texts sentence by sentence. Each text is normalized and split into lines and
 * sentences; every sentence is looked up in the translation memory, and only the misses reach
 * the engine — once per sentence even when many requests ask for it at the same time.
 */
@ApplicationScoped
public class TranslationService {

    public static final String SOURCE_LANGUAGE = "id";
    public static final String TARGET_LANGUAGE = "en";

    private final EngineCatalog engines;
    private final TranslationMemory memory;
    private final TranslateConfig config;
    private final SingleFlight<String, Translated> inFlight = new SingleFlight<>();
    private final AtomicLong engineCalls = new AtomicLong();

    TranslationService(EngineCatalog engines, TranslationMemory memory, TranslateConfig config) {
        this.engines = engines;
        this.memory = memory;
        this.config = config;
    }

    public Translation translate(String text, String source, String target) {
        return translateAll(List.of(text), source, target).get(0);
    }

    /** Translates every text; results in input order. */
    public List<Translation> translateAll(List<String> texts, String source, String target) {
        checkLanguagePair(source, target);
        if (texts.size() > config.maxBatchSize()) {
            throw ProblemException.tooLarge("at most " + config.maxBatchSize() + " texts per batch, got " + texts.size());
        }
        List<List<List<String>>> documents = new ArrayList<>(texts.size());
        for (String text : texts) {
            documents.add(segment(text));
        }
        if (source == null) {
            rejectIfClearlyNotIndonesian(texts);
        }

        TranslationEngine engine = engines.active();
        String engineName = EngineCatalog.descriptor(engine);
        Map<String, String> keyBySentence = new LinkedHashMap<>();
        documents.forEach(doc -> doc.forEach(line -> line.forEach(
                sentence -> keyBySentence.computeIfAbsent(sentence, s -> ContentKey.of(engineName, s)))));

        Map<String, String> remembered = memory.lookup(keyBySentence.values());
        Map<String, Translated> bySentence = new LinkedHashMap<>();
        keyBySentence.forEach((sentence, key) -> {
            String hit = remembered.get(key);
            bySentence.put(sentence, hit != null ? new Translated(hit, true)
                    : inFlight.run(key, () -> computeOnce(engine, engineName, key, sentence)));
        });

        List<Translation> results = new ArrayList<>(documents.size());
        for (List<List<String>> document : documents) {
            results.add(assemble(document, bySentence, engineName));
        }
        return results;
    }

    /** How many sentences the engine has translated since start; the cache tests read it. */
    public long engineCalls() {
        return engineCalls.get();
    }

    private Translated computeOnce(TranslationEngine engine, String engineName, String key, String sentence) {
        // Another request may have stored this sentence between our lookup and now.
        return memory.lookup(key).map(hit -> new Translated(hit, true)).orElseGet(() -> {
            engineCalls.incrementAndGet();
            String translation = engine.translate(sentence);
            memory.store(key, engineName, sentence, translation);
            return new Translated(translation, false);
        });
    }

    /** A text as lines of sentences; blank lines are kept as empty lines so paragraphs survive. */
    private List<List<String>> segment(String text) {
        String normalized = TextNormalizer.normalize(text);
        if (normalized.isBlank()) {
            throw ProblemException.badRequest("text must not be blank");
        }
        if (normalized.length() > config.maxTextLength()) {
            throw ProblemException.tooLarge("text is " + normalized.length() + " characters; the limit is "
                    + config.maxTextLength());
        }
        List<List<String>> lines = new ArrayList<>();
        for (String line : normalized.split("\n", -1)) {
            lines.add(line.isBlank() ? List.of() : SentenceSplitter.split(line));
        }
        return lines;
    }

    private static Translation assemble(List<List<String>> lines, Map<String, Translated> bySentence, String engine) {
        List<Segment> segments = new ArrayList<>();
        List<String> translatedLines = new ArrayList<>(lines.size());
        for (List<String> line : lines) {
            List<String> translated = new ArrayList<>(line.size());
            for (String sentence : line) {
                Translated t = bySentence.get(sentence);
                segments.add(new Segment(sentence, t.text(), t.cached()));
                translated.add(t.text());
            }
            translatedLines.add(String.join(" ", translated));
        }
        return new Translation(SOURCE_LANGUAGE, TARGET_LANGUAGE, String.join("\n", translatedLines), engine, segments);
    }

    /** Without an explicit source, text that is clearly in another language is refused rather than mistranslated. */
    private static void rejectIfClearlyNotIndonesian(List<String> texts) {
        LanguageDetector.Detection detected = LanguageDetector.detect(String.join("\n", texts));
        if (detected.isClearlyNot(LanguageDetector.INDONESIAN)) {
            throw ProblemException.unprocessable("unsupported-language", "Not Indonesian",
                    "the text looks like \"" + detected.language() + "\", not Indonesian; send \"source\": \"id\" to translate it anyway")
                    .with("detectedLanguage", detected.language());
        }
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

    private record Translated(String text, boolean cached) {
    }
}
