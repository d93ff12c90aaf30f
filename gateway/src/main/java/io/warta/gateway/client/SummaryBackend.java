package io.warta.gateway.client;

import io.warta.gateway.client.SummaryApi.SummaryRequest;
import io.warta.gateway.client.SummaryApi.SummaryResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/**
 * Calls summary-service with a timeout, retries and a circuit breaker. Summaries are optional:
 * when the service is down or slow the answer is empty and the gateway serves the translation
 * alone, marked degraded. Only the service failing (a timeout, a refused connection, a 5xx) is
 * retried and counted; a 4xx (an article too long to summarize, say) is thrown to the caller as a
 * {@link BackendRejection}, which trips nothing.
 */
@ApplicationScoped
public class SummaryBackend {

    private static final Logger LOG = Logger.getLogger(SummaryBackend.class);

    private final SummaryApi api;

    SummaryBackend(@RestClient SummaryApi api) {
        this.api = api;
    }

    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 1, delay = 200, jitter = 100, retryOn = { BackendFailure.class, TimeoutException.class,
            ProcessingException.class }, abortOn = { BackendRejection.class, RequestDeadline.Passed.class })
    @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS,
            skipOn = { BackendRejection.class, RequestDeadline.Passed.class })
    @Fallback(fallbackMethod = "noSummary", skipOn = BackendRejection.class)
    public Optional<SummaryResult> summarize(List<String> sentences, String title, RequestDeadline deadline) {
        deadline.check();
        return Optional.of(api.summarize(new SummaryRequest(sentences, title, "id"), deadline.remainingMillis())
                .await().atMost(deadline.remaining()));
    }

    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 1, delay = 200, retryOn = { BackendFailure.class, TimeoutException.class,
            ProcessingException.class }, abortOn = BackendRejection.class)
    @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS,
            skipOn = BackendRejection.class)
    @Fallback(fallbackMethod = "unknownVersion")
    public Optional<String> summarizerVersion() {
        return Optional.of(api.summarizer().version());
    }

    Optional<SummaryResult> noSummary(List<String> sentences, String title, RequestDeadline deadline,
            Throwable failure) {
        LOG.warnf("summary-service unavailable (%s); answering without summaries", failure.toString());
        return Optional.empty();
    }

    Optional<String> unknownVersion(Throwable failure) {
        return Optional.empty();
    }
}
