package io.warta.gateway.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.warta.cache.CacheOutage;
import io.warta.cache.ContentKey;
import io.warta.cache.SingleFlight;
import io.warta.digest.ComponentDigest;
import io.warta.gateway.client.BackendRejection;
import io.warta.gateway.client.RequestDeadline;
import io.warta.gateway.client.SummaryApi.SummaryResult;
import io.warta.gateway.client.SummaryBackend;
import io.warta.gateway.client.TranslationApi.Translation;
import io.warta.gateway.client.TranslationBackend;
import io.warta.gateway.config.GatewayConfig;
import io.warta.gateway.repository.ArticleRecord;
import io.warta.gateway.repository.ArticleRecordRepository;
import io.warta.problem.ProblemException;
import io.warta.problem.SubmittedText;
import io.warta.text.ArticleParser;
import io.warta.text.TextNormalizer;
import io.warta.text.glossary.Glossary;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.jboss.logging.Logger;

/**
 * Turns an Indonesian article into English: parses it (the body is split into sentences once, there),
 * asks summary-service which body sentences make each tier while translate-service translates the
 * article's sentences in one batch, as they are, then translates the summary's own sentences that are
 * not article sentences; {@link ArticleAssembly} maps the tier indices onto the translated sentences
 * so the summaries never disagree with the translation, and puts the result together.
 * Whole results are content-addressed in the database; a hit makes no call behind the gateway.
 */
@ApplicationScoped
public class ArticleService {

    private static final Logger LOG = Logger.getLogger(ArticleService.class);
    /**
     * Derived, never typed: the build-time digest of the gateway's classes and the shared text classes (parser,
     * splitter), so a change to how articles are parsed or assembled misses the cache instead of serving old results.
     */
    static final String PIPELINE_VERSION = pipelineVersion(ComponentDigest.load("article-pipeline"));

    private final ArticleRecordRepository repository;
    private final TranslationBackend translation;
    private final SummaryBackend summary;
    private final EngineVersions versions;
    private final ObjectMapper json;
    private final GatewayConfig config;
    private final CacheOutage outage = new CacheOutage("Article cache");
    private final SingleFlight<String, ArticleResult> inFlight;
    private final Counter computed;
    /** Bounds the uncached computations running at once (503 beyond); cache hits never reach it. */
    @Inject
    ComputeBulkhead bulkhead;
    /** Runs the summary call beside the translation, with the request's context (trace) propagated. */
    @Inject
    ManagedExecutor executor;

    ArticleService(ArticleRecordRepository repository, TranslationBackend translation, SummaryBackend summary,
            EngineVersions versions, ObjectMapper json, GatewayConfig config, MeterRegistry registry) {
        this.repository = repository;
        this.translation = translation;
        this.summary = summary;
        this.versions = versions;
        this.json = json;
        this.config = config;
        this.computed = Counter.builder("warta.gateway.articles.computed")
                .description("Articles computed behind the gateway (translated and summarized): not in the cache and not "
                        + "shared with an identical request in flight")
                .register(registry);
        Counter joined = Counter.builder("warta.gateway.articles.joined")
                .description("Requests that waited for an identical request in flight (computing the article or "
                        + "reading it from the store) and shared its answer")
                .register(registry);
        this.inFlight = new SingleFlight<>(joined::increment);
    }

    static String pipelineVersion(ComponentDigest digest) {
        return "article-" + digest.shortDigest();
    }

    /** Translates and summarizes an article, or serves it from the cache. */
    public ArticleResult submit(String title, String text) {
        return submit(title, text, Glossary.EMPTY);
    }

    /**
     * As {@link #submit(String, String)}, with a glossary whose terms the translation must keep. Its digest is part
     * of the cache key: an article with another glossary, or none, is another result.
     */
    public ArticleResult submit(String title, String text, Glossary glossary) {
        RequestDeadline deadline = deadlineFor(text);
        String normalizedText = validate(text);
        String normalizedTitle = title == null || title.isBlank() ? null : TextNormalizer.normalizeLine(title);
        EngineVersions.Snapshot engines = backendVersions();
        String key = keyOf(engines.translationEngine(), engines.summarizer(), normalizedTitle, normalizedText, glossary);
        // A caller waiting for an identical article in flight holds a slot too, and waits only until its deadline:
        // a crowd of identical requests is bounded like any other.
        try {
            return cached(key).orElseGet(() -> bulkhead.run(deadline.remainingNanos(),
                    () -> inFlight.run(key, deadline.remainingNanos(), () -> cached(key)
                            .orElseGet(() -> compute(key, normalizedTitle, normalizedText, glossary, deadline)))));
        } catch (SingleFlight.WaitExpired | RequestDeadline.Passed | io.smallrye.mutiny.TimeoutException e) {
            throw deadlinePassed();
        }
    }

    /** The content key of a result: what decided it (input, engines, pipeline and the glossary's digest, if any). */
    private static String keyOf(String translationEngine, String summarizer, String title, String text,
            Glossary glossary) {
        return glossary.isEmpty()
                ? ContentKey.of(PIPELINE_VERSION, translationEngine, summarizer, title, text)
                : ContentKey.of(PIPELINE_VERSION, translationEngine, summarizer, title, text, "glossary", glossary.digest());
    }

    /** The time an article may take: a base plus a share per 1,000 characters, up to a maximum. */
    private RequestDeadline deadlineFor(String text) {
        return RequestDeadline.after(config.deadline().forCharacters(text == null ? 0 : text.length()));
    }

    private ProblemException deadlinePassed() {
        return new ProblemException(503, "deadline-exceeded", "Took too long",
                "The article could not be translated in the time allowed for it; try again shortly.")
                .retryAfter(config.deadline().retryAfterSeconds());
    }

    /** A stored result; 503 (not 404) while the store cannot be read, since the result may well exist. */
    public Optional<ArticleResult> find(String id) {
        return findStored(id).map(StoredArticle::result);
    }

    /** As {@link #find}, with the content key the result is stored under (what decided it: input and engines). */
    public Optional<StoredArticle> findStored(String id) {
        Optional<ArticleRecord> record;
        try {
            record = repository.findByPublicId(id);
        } catch (RuntimeException e) {
            LOG.warnf("article store unavailable: %s", e.toString());
            throw ProblemException.unavailable("Stored articles cannot be read right now; try again shortly.", 5);
        }
        return record.map(r -> new StoredArticle(r.cacheKey, read(r.resultJson).withCached(true)));
    }

    /** A stored result and its content key. */
    public record StoredArticle(String contentKey, ArticleResult result) {
    }

    private String validate(String text) {
        SubmittedText.requireLengthAsSentAtMost("text is", text.length(), config.maxRawTextLength());
        String normalized = SubmittedText.normalized(text, config.maxTextLength());
        SubmittedText.requireIndonesian(normalized, "Warta translates Indonesian articles");
        return normalized;
    }

    private EngineVersions.Snapshot backendVersions() {
        try {
            return versions.current();
        } catch (RuntimeException e) {
            throw unavailable(e);
        }
    }

    private ArticleResult compute(String key, String title, String text, Glossary glossary, RequestDeadline deadline) {
        computed.increment();
        ArticleAssembly article = ArticleAssembly.of(ArticleParser.parse(text, title));
        // summary-service picks the tiers while the article is translated; only the summary's own (compressed)
        // sentences wait for it, in a second, small call. Summaries are optional: they get three quarters of the
        // time left (they run beside the translation), the last quarter is for that second call.
        RequestDeadline summaryDeadline = deadline.share(0.75);
        CompletableFuture<Optional<SummaryResult>> pendingTiers = CompletableFuture.supplyAsync(
                () -> summary.summarize(article.bodySentences(), article.title(), summaryDeadline), executor);
        article.translated(translatePending(article.pending(), glossary, deadline));
        try {
            Optional<SummaryResult> tiers = awaitSummary(pendingTiers);
            if (tiers.isPresent() && !article.summarized(tiers.get())) {
                LOG.warnf("summary-service answered with tiers outside the %d sentences it was sent; answering without "
                        + "summaries", article.bodySentences().size());
            }
        } catch (BackendRejection refused) { // this article's doing: answered without summaries, nothing tripped
            article.summariesRefused(refused.tooLarge());
        }
        article.translated(translatePending(article.pending(), glossary, deadline)); // none when every tier text is in the body
        ArticleResult result = article.result();
        // Kept only under the key of the engines that really produced it: a translation that a fallback engine
        // made (wholly or partly) is answered but not stored, so it is never served once the preferred engine is back.
        if (result.degraded().isEmpty() && !key.equals(keyOf(result.engines().translation(),
                result.engines().summary(), title, text, glossary))) {
            versions.invalidate(); // translate-service's preferred engine may have changed: read it again
            return result;
        }
        return store(key, result);
    }

    /** Translates these sentences, already split, with the article's glossary (no call when none). */
    private List<Translation> translatePending(List<String> sentences, Glossary glossary, RequestDeadline deadline) {
        if (sentences.isEmpty()) {
            return List.of();
        }
        try {
            return translation.translate(sentences, true, glossary, deadline);
        } catch (BackendRejection refused) {
            throw refused.toCallerProblem();
        } catch (RequestDeadline.Passed | io.smallrye.mutiny.TimeoutException e) {
            throw deadlinePassed(); // nothing is stored: the caller may try again
        } catch (RuntimeException e) {
            throw unavailable(e);
        }
    }

    /**
     * The tiers; none when asking for them failed in a way {@link SummaryBackend}'s fallback did not catch. A
     * {@link BackendRejection} (summary-service refused this article) is rethrown for the caller to name.
     */
    private static Optional<SummaryResult> awaitSummary(CompletableFuture<Optional<SummaryResult>> pending) {
        try {
            return pending.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof BackendRejection refused) {
                throw refused;
            }
            LOG.warnf("summary-service could not be asked (%s); answering without summaries", e.toString());
            return Optional.empty();
        } catch (CancellationException e) {
            LOG.warnf("summary-service could not be asked (%s); answering without summaries", e.toString());
            return Optional.empty();
        }
    }

    /**
     * Stores complete results only; a degraded one is answered but computed again next time. The id
     * is given only to a stored result, since it is what GET /api/v1/articles/{id} finds.
     */
    private ArticleResult store(String key, ArticleResult result) {
        if (!config.cacheEnabled() || !result.degraded().isEmpty()) {
            return result;
        }
        ArticleResult withId = result.withId(UUID.randomUUID().toString());
        ArticleRecord stored = outage.call("write",
                () -> repository.storeIfAbsent(ArticleRecord.of(withId.id(), key, write(withId))), null);
        return stored == null ? result : read(stored.resultJson);
    }

    private Optional<ArticleResult> cached(String key) {
        if (!config.cacheEnabled()) {
            return Optional.empty();
        }
        return outage.call("read", () -> repository.findByCacheKey(key), Optional.<ArticleRecord>empty())
                .map(record -> read(record.resultJson).withCached(true));
    }

    private static ProblemException unavailable(RuntimeException cause) {
        LOG.warnf("translate-service unavailable: %s", cause.toString());
        int retryAfter = cause instanceof CircuitBreakerOpenException ? 10 : 5;
        return ProblemException.unavailable("The translation service is not available; try again shortly.", retryAfter);
    }

    private String write(ArticleResult result) {
        try {
            return json.writeValueAsString(result);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an article result always serializes", e);
        }
    }

    private ArticleResult read(String document) {
        try {
            return json.readValue(document, ArticleResult.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored article result is not readable", e);
        }
    }
}
