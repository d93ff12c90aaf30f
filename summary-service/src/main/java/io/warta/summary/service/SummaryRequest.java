package io.warta.summary.service;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a caller sends: a text (an article or plain prose) or ready-made sentences, never both. */
@Schema(description = "Text or sentences to summarize")
public record SummaryRequest(
        @Schema(description = "An article or plain prose; article furniture (bylines, captions, date lines) is left out",
                example = "Presiden Rusia Vladimir Putin menelepon Pemimpin Tertinggi Korea Utara Kim Jong-un pada Selasa (12/8/2025). Putin menyampaikan terima kasih atas dukungan Pyongyang. Kedua pemimpin bertukar pandangan mengenai isu strategis.")
        String text,
        @Schema(description = "Sentences already segmented, in document order (instead of text)")
        List<String> sentences,
        @Schema(description = "id or en; detected when absent", example = "id", enumeration = { "id", "en" })
        String language,
        @Schema(description = "The title, a relevance signal", example = "Putin Telepon Kim Jong-un sebelum Bertemu Trump")
        String title,
        @Schema(description = "Tier lengths: a number of sentences or a percentage",
                example = "{\"standard\": 3, \"detailed\": \"40%\", \"keyPoints\": 5}")
        Map<String, Object> lengths) {
}
