package io.warta.gateway.service;

import io.warta.gateway.client.SummaryApi.SummaryResult;
import java.util.List;

/**
 * Maps the tiers summary-service picked (on the Indonesian side) onto English. Standard and
 * detailed are the translations of the picked body sentences; the headline, the short summary
 * and key points may be compressed on the source side, so their own text is translated.
 */
final class SummaryTexts {

    private final SummaryResult tiers;
    private final int headlineAt;
    private final int shortAt;
    private final List<Integer> keyPointsAt;

    private SummaryTexts(SummaryResult tiers, int headlineAt, int shortAt, List<Integer> keyPointsAt) {
        this.tiers = tiers;
        this.headlineAt = headlineAt;
        this.shortAt = shortAt;
        this.keyPointsAt = keyPointsAt;
    }

    static SummaryTexts enqueue(SummaryResult tiers, TranslationBatch batch) {
        return new SummaryTexts(tiers, batch.add(tiers.tiers().headline().text()),
                batch.add(tiers.tiers().shortSummary().text()),
                tiers.tiers().keyPoints().items().stream().map(batch::add).toList());
    }

    ArticleResult.Summaries english(TranslationBatch batch, List<String> bodyEnglish) {
        return new ArticleResult.Summaries(
                translationOrBlank(batch, headlineAt),
                translationOrBlank(batch, shortAt),
                join(tiers.tiers().standard().sentences(), bodyEnglish),
                join(tiers.tiers().detailed().sentences(), bodyEnglish),
                keyPointsAt.stream().filter(at -> at >= 0).map(batch::translation).toList());
    }

    /** A tier of a text without words (an article of dashes only) is blank, and so is its English. */
    private static String translationOrBlank(TranslationBatch batch, int position) {
        return position < 0 ? "" : batch.translation(position);
    }

    private static String join(List<Integer> indices, List<String> bodyEnglish) {
        return String.join(" ", indices.stream().map(bodyEnglish::get).toList());
    }
}
