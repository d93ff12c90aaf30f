package io.warta.gateway.compat;

import com.fasterxml.jackson.core.JacksonException;
import io.warta.problem.ProblemException;
import jakarta.ws.rs.WebApplicationException;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.jboss.logging.Logger;

/**
 * Why a compatibility request failed, independent of the API that answers it: each API turns the {@link Kind}
 * into its own status code and error body (see the table in the README). Every failure on these routes, whatever
 * threw it, passes through {@link #of(Throwable)}. Messages never carry the caller's text.
 */
public final class CompatFailure extends RuntimeException {

    private static final Logger LOG = Logger.getLogger(CompatFailure.class);

    public enum Kind {
        /** A parameter is missing, malformed or has the wrong type, or the body cannot be read. */
        INVALID,
        /** The source language is not Indonesian (asked for, or detected in the text). */
        UNSUPPORTED_SOURCE,
        /** The target language is not English. */
        UNSUPPORTED_TARGET,
        /** A text format (LibreTranslate {@code format}, DeepL {@code tag_handling}) that is not offered. */
        UNSUPPORTED_FORMAT,
        /** The body's content type is neither JSON nor a form. */
        UNSUPPORTED_MEDIA_TYPE,
        /** Too many texts or characters in one request. */
        TOO_LARGE,
        /** API keys are required and none was sent. */
        KEY_MISSING,
        /** The key is unknown or revoked. */
        KEY_INVALID,
        /** The key's request rate is spent for now (Retry-After). */
        RATE_LIMITED,
        /** The key's characters for this month are spent. */
        QUOTA_EXCEEDED,
        /** translate-service cannot answer, or the gateway is at capacity (Retry-After). */
        UNAVAILABLE,
        /** Anything else: a bug, answered without details. */
        INTERNAL
    }

    private final Kind kind;
    private final Integer retryAfterSeconds;

    public CompatFailure(Kind kind, String message) {
        this(kind, message, null);
    }

    public CompatFailure(Kind kind, String message, Integer retryAfterSeconds) {
        super(message, null, false, false);
        this.kind = kind;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public Kind kind() {
        return kind;
    }

    /** Seconds after which a retry may succeed, or null. */
    public Integer retryAfterSeconds() {
        return retryAfterSeconds;
    }

    /** The failure behind any throwable that leaves a compatibility resource. */
    public static CompatFailure of(Throwable thrown) {
        if (thrown instanceof CompatFailure failure) {
            return failure;
        }
        if (thrown instanceof ProblemException problem) {
            return fromProblem(problem);
        }
        if (causedByJson(thrown)) {
            // Jackson's own message quotes the input: never echoed.
            return new CompatFailure(Kind.INVALID, "the body is not valid JSON of the expected shape");
        }
        if (thrown instanceof IllegalArgumentException && beforeOurCode(thrown)) {
            // Quarkus REST could not decode the parameters (e.g. a form with a stray '%'): the caller's mistake.
            return new CompatFailure(Kind.INVALID, "the request could not be read (malformed form encoding?)");
        }
        if (thrown instanceof WebApplicationException web) {
            int status = web.getResponse().getStatus();
            if (status == 415) {
                return unsupportedMediaType();
            }
            if (status == 413) {
                return new CompatFailure(Kind.TOO_LARGE, "the request is too large");
            }
            if (status >= 400 && status < 500) {
                return new CompatFailure(Kind.INVALID, "the request could not be read");
            }
        }
        LOG.error("Compatibility request failed", thrown);
        return new CompatFailure(Kind.INTERNAL, "the request could not be completed");
    }

    /** Quarkus REST reports an unreadable JSON body as a 400 WebApplicationException caused by Jackson. */
    private static boolean causedByJson(Throwable thrown) {
        Throwable cause = thrown;
        for (int depth = 0; cause != null && depth < 5; depth++, cause = cause.getCause()) {
            if (cause instanceof JacksonException) {
                return true;
            }
        }
        return false;
    }

    /** Thrown while Quarkus REST read the request, before any of the gateway's code ran. */
    private static boolean beforeOurCode(Throwable thrown) {
        for (StackTraceElement frame : thrown.getStackTrace()) {
            if (frame.getClassName().startsWith("io.warta.")) {
                return false;
            }
        }
        return true;
    }

    /** A body that is neither JSON nor a form, on a route that reads one. */
    public static CompatFailure unsupportedMediaType() {
        return new CompatFailure(Kind.UNSUPPORTED_MEDIA_TYPE, "send application/json or application/x-www-form-urlencoded");
    }

    /** The gateway's own problems (key guard, bulkhead, validation) in compatibility terms. */
    static CompatFailure fromProblem(ProblemException problem) {
        Integer retryAfter = problem.retryAfterSeconds();
        String detail = problem.getMessage();
        return switch (problem.status()) {
            case 401 -> problem.toProblem().type().endsWith("/missing-api-key")
                    ? new CompatFailure(Kind.KEY_MISSING, "an API key is required")
                    : new CompatFailure(Kind.KEY_INVALID, "invalid API key");
            case 403 -> new CompatFailure(Kind.KEY_INVALID, "invalid API key");
            case 413 -> new CompatFailure(Kind.TOO_LARGE, detail);
            case 415 -> new CompatFailure(Kind.UNSUPPORTED_MEDIA_TYPE, detail);
            case 422 -> new CompatFailure(Kind.UNSUPPORTED_SOURCE, detail);
            case 429 -> new CompatFailure(Kind.RATE_LIMITED, detail, retryAfter);
            case 503 -> new CompatFailure(Kind.UNAVAILABLE, detail, retryAfter);
            default -> problem.status() >= 500
                    ? new CompatFailure(Kind.INTERNAL, "the request could not be completed")
                    : new CompatFailure(Kind.INVALID, detail);
        };
    }

    /** translate-service did not answer (timeout, breaker open, connection refused, 5xx). */
    static CompatFailure unavailable(RuntimeException cause) {
        LOG.warnf("translate-service unavailable for a compatibility request: %s", cause.toString());
        return new CompatFailure(Kind.UNAVAILABLE, "the translation service is not available; try again shortly",
                cause instanceof CircuitBreakerOpenException ? 10 : 5);
    }
}
