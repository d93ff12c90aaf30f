package io.warta.gateway.client;

import io.warta.problem.ProblemException;
import java.util.Optional;

/**
 * A service behind the gateway refused this request with a 4xx: the request's own doing, not an
 * outage. It is never retried and never counted by a circuit breaker (see the clients' {@code abortOn}
 * and {@code skipOn}), so one caller's bad article cannot switch a service off for the others.
 */
public class BackendRejection extends RuntimeException {

    private final String service;
    private final int status;
    private final String detectedLanguage;

    public BackendRejection(String service, int status, String detectedLanguage) {
        super(service + " refused the request with " + status, null, false, false);
        this.service = service;
        this.status = status;
        this.detectedLanguage = detectedLanguage;
    }

    public int status() {
        return status;
    }

    public boolean tooLarge() {
        return status == 413;
    }

    public Optional<String> detectedLanguage() {
        return Optional.ofNullable(detectedLanguage);
    }

    /**
     * The problem the caller gets: the same client error (400, 413, 422) in the gateway's words, never the
     * backend's detail. A backend that is rate-limiting the gateway is busy (503); any other 4xx means the
     * gateway asked wrongly (502), which is no fault of the caller's either.
     */
    public ProblemException toCallerProblem() {
        return switch (status) {
            case 400 -> ProblemException.badRequest("the article contains text that " + service + " cannot accept");
            case 413 -> ProblemException.tooLarge("the article is larger than " + service + " accepts");
            case 422 -> {
                ProblemException problem = ProblemException.unprocessable("unsupported-language", "Not Indonesian",
                        service + " did not recognize the text as Indonesian; Warta translates Indonesian articles");
                yield detectedLanguage == null ? problem : problem.with("detectedLanguage", detectedLanguage);
            }
            case 429 -> ProblemException.unavailable(service + " is busy; try again shortly.", 5);
            default -> new ProblemException(502, "bad-gateway", "Bad gateway",
                    "a service behind the gateway could not handle the gateway's request");
        };
    }
}
