package io.warta.summary.summarizer;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * The service's summarizer: the committed ranking model ({@value RankingModel#RESOURCE}) behind
 * {@link ExtractiveSummarizer}. Loaded once at startup; stateless per call.
 */
@ApplicationScoped
public class RankedSummarizer implements Summarizer {

    private final ExtractiveSummarizer delegate;

    public RankedSummarizer() {
        this.delegate = ExtractiveSummarizer.withDefaultModel();
    }

    @Override
    public String version() {
        return delegate.version();
    }

    @Override
    public Summary summarize(List<String> sentences, String title, String language, TierLengths lengths) {
        return delegate.summarize(sentences, title, language, lengths);
    }
}
