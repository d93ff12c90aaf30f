package io.warta.summary.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.warta.cache.CacheOutage;
import io.warta.cache.ContentKey;
import io.warta.cache.SingleFlight;
import io.warta.problem.ProblemException;
import io.warta.summary.config.SummaryConfig;
import io.warta.summary.repository.StoredSummary;
import io.warta.summary.repository.StoredSummaryRepository;
import io.warta.summary.summarizer.Summarizer;
import io.warta.summary.summarizer.TierLengths;
import io.warta.text.Deadline;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

/**
 * Summarizes sentences into tiers, content-addressed in the database: an identical request is
 * served from the cache without running the summarizer, and concurrent identical requests share
 * one computation.
 */
@ApplicationScoped
public class SummaryService {

    private final Summarizer summarizer;
    private final StoredSummaryRepository repository;
    private final ObjectMapper json;
    private final boolean cacheEnabled;
    private final SummaryConfig.RequestDeadline deadlines;
    private final CacheOutage outage = new CacheOutage("Summary cache");
    private final SingleFlight<String, SummaryResult> inFlight;
    private final Counter computed;

    SummaryService(Summarizer summarizer, StoredSummaryRepository repository, ObjectMapper json, SummaryConfig config,
            MeterRegistry registry) {
        this.summarizer = summarizer;
        this.repository = repository;
        this.json = json;
        this.cacheEnabled = config.cacheEnabled();
        this.deadlines = config.deadline();
        this.computed = Counter.builder("warta.summary.summaries.computed")
                .description("Summaries computed: not in the cache and not shared with an identical request in flight")
                .register(registry);
        Counter joined = Counter.builder("warta.summary.summaries.joined")
                .description("Requests that waited for an identical summary another request was computing")
                .register(registry);
        this.inFlight = new SingleFlight<>(joined::increment);
    }

    public SummaryResult summarize(SummaryInput input) {
        return summarize(input, null);
    }

    /**
     * As {@link #summarize(SummaryInput)}, stopping at the request's deadline (proportional to its size, no later than
     * {@code callerDeadlineMillis} from now): 503 with Retry-After, nothing stored.
     */
    public SummaryResult summarize(SummaryInput input, Long callerDeadlineMillis) {
        long characters = 0;
        for (String sentence : input.sentences()) {
            characters += sentence.length();
        }
        Deadline deadline = Deadline.forRequest(characters, deadlines.base(), deadlines.perThousandCharacters(),
                deadlines.max(), callerDeadlineMillis);
        String key = ContentKey.of(summarizer.version(), input.language(), input.title(), input.lengths().toString(),
                String.join("\n", input.sentences()));
        return cached(key).map(SummaryResult::asCached)
                .orElseGet(() -> inFlight.run(key, () -> cached(key).map(SummaryResult::asCached)
                        .orElseGet(() -> computeAndStore(key, input, deadline))));
    }

    public String summarizerVersion() {
        return summarizer.version();
    }

    private SummaryResult computeAndStore(String key, SummaryInput input, Deadline deadline) {
        computed.increment();
        SummaryResult result;
        try (Deadline.Scope scope = deadline.bind()) {
            deadline.check();
            result = SummaryResult.of(summarizer.summarize(input.sentences(), input.title(), input.language(),
                    input.lengths()), summarizer.version());
        } catch (Deadline.Exceeded e) {
            throw ProblemException.unavailable("The summary took longer than this request may take; try again shortly "
                    + "or send less text.", 5);
        }
        if (cacheEnabled) {
            String document = write(result);
            outage.run("write", () -> repository.storeIfAbsent(
                    StoredSummary.of(key, summarizer.version(), input.language(), document)));
        }
        return result;
    }

    private Optional<SummaryResult> cached(String key) {
        if (!cacheEnabled) {
            return Optional.empty();
        }
        return outage.call("read", () -> repository.findResultJson(key), Optional.<String>empty()).map(this::read);
    }

    private String write(SummaryResult result) {
        try {
            return json.writeValueAsString(result);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a summary always serializes", e);
        }
    }

    private SummaryResult read(String document) {
        try {
            return json.readValue(document, SummaryResult.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored summary is not readable", e);
        }
    }

    /** What to summarize, validated and normalized. */
    public record SummaryInput(List<String> sentences, String title, String language, TierLengths lengths) {

        public SummaryInput {
            if (sentences.isEmpty()) {
                throw ProblemException.badRequest("there is no sentence to summarize");
            }
            sentences = List.copyOf(sentences);
        }
    }
}
