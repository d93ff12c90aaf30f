package io.warta.gateway.compat;

import io.warta.gateway.client.BackendRejection;
import io.warta.gateway.client.RequestDeadline;
import io.warta.gateway.client.TranslationApi.Translation;
import io.warta.gateway.client.TranslationBackend;
import io.warta.gateway.compat.CompatFailure.Kind;
import io.warta.gateway.config.GatewayConfig;
import io.warta.gateway.service.ApiKeyGuard;
import io.warta.gateway.service.ComputeBulkhead;
import io.warta.problem.ProblemException;
import io.warta.text.glossary.Glossary;
import io.warta.text.LanguageDetector;
import io.warta.text.TextNormalizer;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;

/**
 * What the LibreTranslate- and DeepL-compatible routes share: the gateway's API keys and request rate, its
 * limits and input rules, Indonesian-only language detection, the per-key character allowance, and the same
 * translation path as /api/v1 (the computation bulkhead, then {@link TranslationBackend} with its timeout, retries
 * and circuit breaker, then translate-service's batch endpoint with its translation memory and engine fallback).
 * Each API only parses its own parameters and shapes its own answers.
 */
@ApplicationScoped
public class CompatTranslator {

    /** How a text is written: plain, or markup (LibreTranslate {@code format=html}, DeepL {@code tag_handling}). */
    public enum Format { TEXT, HTML }

    /**
     * A detection as the compatibility APIs report it.
     *
     * @param language   an ISO 639-1 code
     * @param confidence 0 (a guess) to 1
     */
    public record Detected(String language, double confidence) {
    }

    /** One English text per input text, in order, with what was detected in each. */
    public record Result(List<String> translations, List<Detected> detections) {
    }

    /** Characters a key has had translated this month, and its monthly limit. */
    public record Usage(long used, long limit) {
    }

    private static final String SHARED_ACCOUNT = "";

    private final ApiKeyGuard keys;
    private final boolean keysEnabled;
    private final int maxCharacters;
    private final int maxTexts;
    private final CharacterUsage usage;
    private final ComputeBulkhead bulkhead;
    private final TranslationBackend translation;
    private final GatewayConfig.Deadline deadlines;

    CompatTranslator(ApiKeyGuard keys, GatewayConfig gateway, CompatConfig config, CharacterUsage usage,
            ComputeBulkhead bulkhead, TranslationBackend translation) {
        this.keys = keys;
        this.keysEnabled = gateway.apiKeys().enabled();
        this.maxCharacters = gateway.maxTextLength();
        this.maxTexts = config.maxTexts();
        this.usage = usage;
        this.bulkhead = bulkhead;
        this.translation = translation;
        this.deadlines = gateway.deadline();
    }

    /** The gateway's key check and request rate, as for /api/v1; throws a {@link CompatFailure}. */
    public void admit(String apiKey) {
        try {
            keys.admit(apiKey);
        } catch (ProblemException e) {
            throw CompatFailure.fromProblem(e);
        }
    }

    /**
     * Translates Indonesian texts into English. Texts that are blank once normalized come back empty; a text
     * that is clearly in another language fails the whole request ({@link Kind#UNSUPPORTED_SOURCE}).
     */
    public Result translate(List<String> texts, Format format, String apiKey) {
        admit(apiKey);
        List<String> normalized = normalizeWithinLimits(texts);
        List<Detected> detections = requireIndonesian(normalized);
        long characters = texts.stream().mapToLong(t -> t.codePointCount(0, t.length())).sum();
        try {
            keys.chargeText(apiKey, characters); // the same per-minute character budget as /api/v1
        } catch (ProblemException e) {
            throw CompatFailure.fromProblem(e);
        }
        String account = account(apiKey);
        if (!usage.reserve(account, characters)) {
            throw new CompatFailure(Kind.QUOTA_EXCEEDED, "this key has used its " + usage.limit()
                    + " characters for this month");
        }
        try {
            List<String> english = translateNonBlank(normalized);
            if (format == Format.HTML) {
                english = english.stream().map(HtmlText::fromLines).toList();
            }
            return new Result(english, detections);
        } catch (RuntimeException e) {
            usage.refund(account, characters);
            throw e;
        }
    }

    /** What each text is written in (the detector's answer, which may be another language than Indonesian). */
    public List<Detected> detect(List<String> texts, String apiKey) {
        admit(apiKey);
        return normalizeWithinLimits(texts).stream().map(CompatTranslator::detectOne).toList();
    }

    /** Characters used this month by this key, and the monthly limit. */
    public Usage usage(String apiKey) {
        admit(apiKey);
        return new Usage(usage.used(account(apiKey)), usage.limit());
    }

    /** Each key is its own account; with keys off everyone shares one. */
    private String account(String apiKey) {
        return keysEnabled && apiKey != null ? apiKey : SHARED_ACCOUNT;
    }

    private List<String> normalizeWithinLimits(List<String> texts) {
        if (texts.size() > maxTexts) {
            throw new CompatFailure(Kind.TOO_LARGE, "at most " + maxTexts + " texts per request, got " + texts.size());
        }
        // Bounded by the HTTP body limit; every pass is linear.
        List<String> normalized = texts.stream().map(TextNormalizer::normalize).toList();
        long total = normalized.stream().mapToLong(String::length).sum();
        if (total > maxCharacters) {
            throw new CompatFailure(Kind.TOO_LARGE, "the texts have " + total + " characters; the limit is "
                    + maxCharacters);
        }
        return normalized;
    }

    private static List<Detected> requireIndonesian(List<String> normalized) {
        List<Detected> detections = new ArrayList<>(normalized.size());
        for (int i = 0; i < normalized.size(); i++) {
            LanguageDetector.Detection detection = LanguageDetector.detect(normalized.get(i));
            if (detection.isClearlyNot(LanguageDetector.INDONESIAN)) {
                throw new CompatFailure(Kind.UNSUPPORTED_SOURCE, (normalized.size() > 1 ? "text " + (i + 1) : "the text")
                        + " looks like \"" + detection.language() + "\", not Indonesian; Warta translates Indonesian");
            }
            // Malay and undetermined text are translated as Indonesian; only Indonesian itself lends its confidence.
            detections.add(new Detected(LanguageDetector.INDONESIAN,
                    detection.is(LanguageDetector.INDONESIAN) ? detection.confidence() : 0));
        }
        return detections;
    }

    private static Detected detectOne(String normalized) {
        LanguageDetector.Detection detection = LanguageDetector.detect(normalized);
        return detection.is(LanguageDetector.UNDETERMINED)
                ? new Detected(LanguageDetector.INDONESIAN, 0)
                : new Detected(detection.language(), detection.confidence());
    }

    /** One batch for every non-blank text; blank ones are answered empty without asking translate-service. */
    private List<String> translateNonBlank(List<String> normalized) {
        List<String> batch = normalized.stream().filter(t -> !t.isBlank()).toList();
        List<String> english = new ArrayList<>(normalized.size());
        if (batch.isEmpty()) {
            normalized.forEach(t -> english.add(""));
            return english;
        }
        List<Translation> answers;
        try {
            RequestDeadline deadline = RequestDeadline.after(deadlines.forCharacters(
                    batch.stream().mapToLong(String::length).sum()));
            answers = bulkhead.run(deadline.remainingNanos(), () -> translation.translate(batch, false, Glossary.EMPTY, deadline));
        } catch (ProblemException e) {
            throw CompatFailure.fromProblem(e); // the bulkhead is full
        } catch (BackendRejection refused) { // this request's doing: the caller's error, nothing tripped
            throw CompatFailure.fromProblem(refused.toCallerProblem());
        } catch (RuntimeException e) {
            throw CompatFailure.unavailable(e);
        }
        if (answers.size() != batch.size()) {
            throw new IllegalStateException("translate-service answered " + answers.size() + " translations for "
                    + batch.size() + " texts");
        }
        int next = 0;
        for (String text : normalized) {
            english.add(text.isBlank() ? "" : answers.get(next++).translation());
        }
        return english;
    }
}
