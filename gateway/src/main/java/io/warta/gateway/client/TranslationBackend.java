package io.warta.gateway.client;

import io.warta.gateway.client.TranslationApi.BatchRequest;
import io.warta.gateway.client.TranslationApi.Translation;
import io.warta.text.glossary.Glossary;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Calls translate-service with a timeout, retries with backoff (translating is idempotent) and a
 * circuit breaker. Only the service failing (a timeout, a refused connection, a 5xx) is retried and
 * counted; a 4xx ({@link BackendRejection}) is this request's doing and goes straight back to it. Each value can be overridden in configuration, e.g.
 * {@code io.warta.gateway.client.TranslationBackend/translateBatch/Timeout/value=20000}.
 */
@ApplicationScoped
public class TranslationBackend {

    /** translate-service accepts at most this many texts per batch call. */
    static final int MAX_BATCH = 256;

    private final TranslationApi api;

    TranslationBackend(@RestClient TranslationApi api) {
        this.api = api;
    }

    /**
     * Translates every text (split into batches of 256), in order, within the request's deadline: each call is
     * told the time left and abandoned when it runs out (io.smallrye.mutiny.TimeoutException, counted like any
     * timeout but not retried: there is no time left for a retry); no call starts once it has passed. When
     * {@code presplit}, every text is one sentence the gateway split already, and translate-service does not split
     * it again. The article's glossary goes inline with every call ({@link Glossary#EMPTY}: none, and no field is
     * sent).
     */
    @Timeout(value = 30, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 300, jitter = 200, retryOn = { BackendFailure.class, TimeoutException.class,
            ProcessingException.class }, abortOn = { BackendRejection.class, RequestDeadline.Passed.class })
    @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS,
            skipOn = { BackendRejection.class, RequestDeadline.Passed.class })
    public List<Translation> translate(List<String> texts, boolean presplit, Glossary glossary, RequestDeadline deadline) {
        List<TranslationApi.GlossaryTerm> terms = glossary.isEmpty() ? null : glossary.entries().stream()
                .map(e -> new TranslationApi.GlossaryTerm(e.source(), e.target())).toList();
        List<Translation> translations = new ArrayList<>(texts.size());
        for (int from = 0; from < texts.size(); from += MAX_BATCH) {
            List<String> batch = texts.subList(from, Math.min(texts.size(), from + MAX_BATCH));
            deadline.check();
            translations.addAll(api.translateBatch(new BatchRequest(batch, "id", "en", presplit ? true : null, terms),
                    deadline.remainingMillis())
                    .await().atMost(deadline.remaining()).translations());
        }
        return translations;
    }

    /**
     * The preferred engine as {@code id/version}: the first ready one in translate-service's order, even while a
     * fallback answers for it ({@code active} from a translate-service that does not report it).
     */
    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200, jitter = 100, retryOn = { BackendFailure.class, TimeoutException.class,
            ProcessingException.class }, abortOn = BackendRejection.class)
    @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS,
            skipOn = BackendRejection.class)
    public String preferredEngine() {
        TranslationApi.Engines engines = api.engines();
        return engines.preferred() != null ? engines.preferred() : engines.active();
    }
}
