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
import io.warta.text.Article;
import io.warta.text.ArticleParser;
import io.warta.text.LanguageDetector;
import io.warta.text.SentenceSplitter;
import io.warta.text.TextNormalizer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.jboss.logging.Logger;

/**
 * Turns an Indonesian article into English: parses it, asks summary-service which body sentences
 * make each tier while translate-service translates the article in one batch, then translates the
 * summary's own sentences that are not article sentences, and maps the tier indices onto the
 * translated sentences so the summaries never disagree with the translation.
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
        RequestDeadline deadline = deadlineFor(text);
        String normalizedText = validate(text);
        String normalizedTitle = title == null || title.isBlank() ? null : TextNormalizer.normalizeLine(title);
        EngineVersions.Snapshot engines = backendVersions();
        String key = ContentKey.of(PIPELINE_VERSION, engines.translationEngine(), engines.summarizer(),
                normalizedTitle, normalizedText);
        // A caller waiting for an identical article in flight holds a slot too, and waits only until its deadline:
        // a crowd of identical requests is bounded like any other.
        try {
            return cached(key).orElseGet(() -> bulkhead.run(deadline.remainingNanos(),
                    () -> inFlight.run(key, deadline.remainingNanos(), () -> cached(key)
                            .orElseGet(() -> compute(key, normalizedTitle, normalizedText, deadline)))));
        } catch (SingleFlight.WaitExpired | RequestDeadline.Passed | io.smallrye.mutiny.TimeoutException e) {
            throw deadlinePassed();
        }
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
        // Cheap first: nothing is normalized, parsed or detected in a text that is too long as sent.
        if (text.length() > config.maxRawTextLength()) {
            throw ProblemException.tooLarge("text is " + text.length() + " characters as sent; the limit before markup "
                    + "and white space are reduced is " + config.maxRawTextLength());
        }
        String normalized = TextNormalizer.normalize(text);
        if (normalized.isBlank()) {
            throw ProblemException.badRequest("text must not be blank");
        }
        if (normalized.length() > config.maxTextLength()) {
            throw ProblemException.tooLarge("text is " + normalized.length() + " characters; the limit is "
                    + config.maxTextLength());
        }
        LanguageDetector.Detection language = LanguageDetector.detect(normalized);
        if (language.isClearlyNot(LanguageDetector.INDONESIAN)) {
            throw ProblemException.unprocessable("unsupported-language", "Not Indonesian",
                    "the text looks like \"" + language.language() + "\", not Indonesian; Warta translates Indonesian articles")
                    .with("detectedLanguage", language.language());
        }
        return normalized;
    }

    private EngineVersions.Snapshot backendVersions() {
        try {
            return versions.current();
        } catch (RuntimeException e) {
            throw unavailable(e);
        }
    }

    private ArticleResult compute(String key, String title, String text, RequestDeadline deadline) {
        computed.increment();
        Article article = ArticleParser.parse(text, title);
        List<String> body = article.bodySentences();
        if (body.isEmpty()) {
            throw ProblemException.badRequest("the text has no body to translate, only article furniture");
        }
        // summary-service picks the tiers while the article is translated; only the summary's own (compressed)
        // sentences wait for it, in a second, small call. Summaries are optional: they get three quarters of the
        // time left (they run beside the translation), the last quarter is for that second call.
        RequestDeadline summaryDeadline = deadline.share(0.75);
        CompletableFuture<Optional<SummaryResult>> pendingTiers = CompletableFuture.supplyAsync(
                () -> summary.summarize(body, article.title(), summaryDeadline), executor);

        TranslationBatch batch = new TranslationBatch();
        int titleAt = batch.add(article.title());
        int standfirstAt = batch.add(article.standfirst());
        int dateAt = batch.add(article.date());
        List<Integer> captionsAt = article.captions().stream().map(batch::add).toList();
        List<Integer> bodyAt = body.stream().map(batch::add).toList();
        List<Translation> translated = new ArrayList<>(translatePending(batch, deadline));

        Optional<SummaryResult> tiers;
        String summariesMissing = "unavailable";
        try {
            tiers = awaitSummary(pendingTiers).filter(t -> consistentWith(t, body));
        } catch (BackendRejection refused) { // this article's doing: answered without summaries, nothing tripped
            tiers = Optional.empty();
            summariesMissing = refused.tooLarge() ? "article-too-long" : "refused";
        }
        SummaryTexts summaryTexts = tiers.map(t -> SummaryTexts.enqueue(t, batch)).orElse(null);
        translated.addAll(translatePending(batch, deadline)); // nothing to send when every tier text is a body sentence

        List<ArticleResult.Segment> segments = new ArrayList<>();
        List<String> paragraphs = new ArrayList<>();
        if (standfirstAt >= 0) {
            segments.addAll(batch.segments(standfirstAt));
            paragraphs.add(batch.translation(standfirstAt));
        }
        int sentence = 0;
        for (String paragraph : article.paragraphs()) {
            int count = SentenceSplitter.split(paragraph).size();
            List<String> english = new ArrayList<>(count);
            for (int i = 0; i < count; i++, sentence++) {
                segments.addAll(batch.segments(bodyAt.get(sentence)));
                english.add(batch.translation(bodyAt.get(sentence)));
            }
            paragraphs.add(String.join(" ", english));
        }

        List<String> bodyEnglish = bodyAt.stream().map(batch::translation).toList();
        ArticleResult.Summaries summaries = summaryTexts == null ? null : summaryTexts.english(batch, bodyEnglish);
        ArticleResult result = new ArticleResult(null, "id",
                titleAt < 0 ? null : batch.passage(titleAt),
                new ArticleResult.Body(String.join("\n\n", paragraphs), segments),
                new ArticleResult.Furniture(standfirstAt < 0 ? null : batch.passage(standfirstAt),
                        dateAt < 0 ? null : batch.passage(dateAt), captionsAt.stream().map(batch::passage).toList(),
                        article.bylines()),
                summaries,
                summaries == null ? List.of("summaries") : List.of(),
                summaries == null ? Map.of("summaries", summariesMissing) : Map.of(),
                ArticleResult.Engines.of(EngineVersions.producers(translated),
                        tiers.map(SummaryResult::summarizer).orElse(null)),
                false);
        // Kept only under the key of the engines that really produced it: a translation that a fallback engine
        // made (wholly or partly) is answered but not stored, so it is never served once the preferred engine is back.
        if (result.degraded().isEmpty() && !key.equals(ContentKey.of(PIPELINE_VERSION,
                result.engines().translation(), result.engines().summary(), title, text))) {
            versions.invalidate(); // translate-service's preferred engine may have changed: read it again
            return result;
        }
        return store(key, result);
    }

    /** Translates what the batch holds that is not translated yet (no call when nothing). */
    private List<Translation> translatePending(TranslationBatch batch, RequestDeadline deadline) {
        List<String> texts = batch.pending();
        if (texts.isEmpty()) {
            return List.of();
        }
        List<Translation> translated;
        try {
            translated = translation.translate(texts, deadline);
        } catch (BackendRejection refused) {
            throw refused.toCallerProblem();
        } catch (RequestDeadline.Passed | io.smallrye.mutiny.TimeoutException e) {
            throw deadlinePassed(); // nothing is stored: the caller may try again
        } catch (RuntimeException e) {
            throw unavailable(e);
        }
        batch.answer(translated);
        return translated;
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

    /** Tier indices must point into our own sentence list; anything else is treated as no summary. */
    private static boolean consistentWith(SummaryResult tiers, List<String> body) {
        boolean consistent = tiers.sentences().size() == body.size();
        if (!consistent) {
            LOG.warnf("summary-service segmented %d sentences where the gateway has %d; answering without summaries",
                    tiers.sentences().size(), body.size());
        }
        return consistent;
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
