package io.warta.gateway.service;

import io.warta.gateway.client.SummaryApi.SummaryResult;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Maps the tiers summary-service picked (on the Indonesian side) onto English. Standard and
 * detailed are the translations of the picked body sentences; the headline, the short summary
 * and key points may be compressed on the source side, so their own text is translated.
 */
final class SummaryTexts {

    private final SummaryResult tiers;
    private final TranslationBatch.Queued headline;
    private final TranslationBatch.Queued shortSummary;
    private final List<TranslationBatch.Queued> keyPoints;

    private SummaryTexts(SummaryResult tiers, TranslationBatch.Queued headline, TranslationBatch.Queued shortSummary,
            List<TranslationBatch.Queued> keyPoints) {
        this.tiers = tiers;
        this.headline = headline;
        this.shortSummary = shortSummary;
        this.keyPoints = keyPoints;
    }

    static SummaryTexts enqueue(SummaryResult tiers, TranslationBatch batch) {
        return new SummaryTexts(tiers, batch.addText(tiers.tiers().headline().text()),
                batch.addText(tiers.tiers().shortSummary().text()),
                tiers.tiers().keyPoints().items().stream().map(batch::addText).toList());
    }

    /** Whether every tier's sentence indices point into a body of {@code bodySentences} sentences. */
    static boolean pointsInto(SummaryResult tiers, int bodySentences) {
        return tiers.sentences() != null && tiers.sentences().size() == bodySentences && tiers.tiers() != null
                && Stream.of(tiers.tiers().headline().sentences(), tiers.tiers().shortSummary().sentences(),
                        tiers.tiers().standard().sentences(), tiers.tiers().detailed().sentences(),
                        tiers.tiers().keyPoints().sentences())
                .allMatch(indices -> indices == null || indices.stream()
                        .allMatch(i -> i != null && i >= 0 && i < bodySentences));
    }

    ArticleResult.Summaries english(TranslationBatch batch, List<String> bodyEnglish) {
        return new ArticleResult.Summaries(
                translationOrBlank(batch, headline),
                translationOrBlank(batch, shortSummary),
                join(tiers.tiers().standard().sentences(), bodyEnglish),
                join(tiers.tiers().detailed().sentences(), bodyEnglish),
                keyPoints.stream().filter(Objects::nonNull).map(batch::translation).toList());
    }

    /** A tier of a text without words (an article of dashes only) is blank, and so is its English. */
    private static String translationOrBlank(TranslationBatch batch, TranslationBatch.Queued text) {
        return text == null ? "" : batch.translation(text);
    }

    private static String join(List<Integer> indices, List<String> bodyEnglish) {
        return String.join(" ", indices.stream().map(bodyEnglish::get).toList());
    }
}
