package io.warta.summary.summarizer;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

/**
 * The service's summarizer: the committed ranking model ({@value RankingModel#RESOURCE}) behind
 * {@link ExtractiveSummarizer}. Loaded once at startup; stateless per call.
 */
@ApplicationScoped
public class RankedSummarizer implements Summarizer {

    /** Bump when the tier rules change; the weights' fingerprint follows the model file by itself. */
    private static final String METHOD_VERSION = "ranked/1";

    private final ExtractiveSummarizer delegate;
    private final String version;

    public RankedSummarizer() {
        RankingModel model = RankingModel.load();
        this.delegate = new ExtractiveSummarizer(model);
        this.version = METHOD_VERSION + "-" + UUID.nameUUIDFromBytes(model.toString().getBytes(StandardCharsets.UTF_8))
                .toString().substring(0, 8);
    }

    @Override
    public String version() {
        return version;
    }

    @Override
    public Summary summarize(List<String> sentences, String title, String language, TierLengths lengths) {
        return delegate.summarize(sentences, title, language, lengths);
    }
}
