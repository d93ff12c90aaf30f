package io.warta.summary.service;

import io.warta.problem.ProblemException;
import io.warta.problem.SubmittedText;
import io.warta.summary.config.SummaryConfig;
import io.warta.summary.service.SummaryService.SummaryInput;
import io.warta.summary.summarizer.TierLengths;
import io.warta.summary.summarizer.TierLengths.Length;
import io.warta.text.Article;
import io.warta.text.ArticleParser;
import io.warta.text.LanguageDetector;
import io.warta.text.TextNormalizer;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Turns a request into a validated {@link SummaryInput}; every problem with it is a 4xx. */
@ApplicationScoped
public class SummaryInputs {

    private static final Set<String> LANGUAGES = Set.of("id", "en");
    private static final Set<String> TIERS = Set.of("standard", "detailed", "keyPoints");

    private final SummaryConfig config;

    SummaryInputs(SummaryConfig config) {
        this.config = config;
    }

    public SummaryInput from(SummaryRequest request) {
        if (request == null) {
            throw ProblemException.badRequest("a JSON body is required");
        }
        boolean hasText = request.text() != null;
        boolean hasSentences = request.sentences() != null;
        if (hasText == hasSentences) {
            throw ProblemException.badRequest("send either \"text\" or \"sentences\", exactly one of them");
        }
        // Cheap first: nothing is normalized, parsed or detected in an input that is too long as sent.
        SubmittedText.requireLengthAsSentAtMost("the input is",
                (hasText ? request.text().length() : SubmittedText.lengthAsSent(request.sentences()))
                        + (request.title() == null ? 0 : request.title().length()), config.maxRawTextLength());
        if (hasSentences && request.sentences().size() > config.maxSentences()) {
            throw ProblemException.tooLarge("at most " + config.maxSentences() + " sentences, got " + request.sentences().size());
        }
        String title = request.title() == null || request.title().isBlank() ? null
                : TextNormalizer.normalizeLine(request.title());
        List<String> sentences;
        if (hasText) {
            String text = SubmittedText.normalized(request.text(), config.maxTextLength());
            Article article = ArticleParser.parse(text, title);
            title = article.title();
            sentences = article.bodySentences();
        } else {
            sentences = new ArrayList<>(request.sentences().size());
            int total = 0;
            for (String sentence : request.sentences()) {
                String s = sentence == null ? "" : TextNormalizer.normalizeLine(sentence);
                if (s.isBlank()) {
                    throw ProblemException.badRequest("sentences must not contain blank items");
                }
                total += s.length();
                checkLength(total);
                sentences.add(s);
            }
            checkLength(total);
        }
        if (sentences.isEmpty()) {
            throw ProblemException.badRequest("there is no sentence to summarize");
        }
        if (sentences.size() > config.maxSentences()) {
            throw ProblemException.tooLarge("at most " + config.maxSentences() + " sentences, got " + sentences.size());
        }
        return new SummaryInput(sentences, title, language(request.language(), sentences), lengths(request.lengths()));
    }

    private void checkLength(int length) {
        SubmittedText.requireLengthAtMost(length, config.maxTextLength());
    }

    private static String language(String requested, List<String> sentences) {
        if (requested == null) {
            LanguageDetector.Detection detected = LanguageDetector.detect(String.join(" ", sentences));
            if (LANGUAGES.contains(detected.language())) {
                return detected.language();
            }
            // Text clearly in a third language would be ranked with the wrong stopwords and stemmer.
            if (detected.isClearlyNot(LanguageDetector.INDONESIAN)) {
                throw ProblemException.unprocessable("unsupported-language", "Unsupported language",
                        "the text looks like \"" + detected.language() + "\"; summaries are made for Indonesian (\"id\") "
                                + "and English (\"en\"); send \"language\": \"id\" or \"en\" to summarize it anyway")
                        .with("detectedLanguage", detected.language());
            }
            return "id";
        }
        if (!LANGUAGES.contains(requested)) {
            throw ProblemException.unprocessable("unsupported-language", "Unsupported language",
                    "summaries are made for Indonesian (\"id\") and English (\"en\") only");
        }
        return requested;
    }

    private static TierLengths lengths(Map<String, Object> requested) {
        if (requested == null || requested.isEmpty()) {
            return TierLengths.DEFAULTS;
        }
        for (String tier : requested.keySet()) {
            if (!TIERS.contains(tier)) {
                // the name is the caller's: not echoed
                throw ProblemException.badRequest("unknown tier in lengths; use standard, detailed or keyPoints");
            }
        }
        return new TierLengths(
                length(requested, "standard", TierLengths.DEFAULTS.standard()),
                length(requested, "detailed", TierLengths.DEFAULTS.detailed()),
                length(requested, "keyPoints", TierLengths.DEFAULTS.keyPoints()));
    }

    /** The detail names the tier, never the value, which can be anything a caller typed. */
    private static Length length(Map<String, Object> requested, String tier, Length fallback) {
        Object value = requested.get(tier);
        if (value == null) {
            return fallback;
        }
        try {
            if (value instanceof Number || value instanceof String) {
                return Length.parse(value.toString());
            }
        } catch (IllegalArgumentException e) {
            // below: one message for every bad value
        }
        throw ProblemException.badRequest("lengths." + tier + " must be a number of sentences from 1 to 1000 "
                + "or a percentage from 1% to 100% such as \"40%\"");
    }
}
