package io.warta.gateway.compat.deepl;

import io.warta.gateway.compat.CompatFailure;
import io.warta.gateway.compat.deepl.DeepLMessages.Error;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Failures as DeepL answers them: {@code {"message": "…"}} as application/json (deepl-python and deepl-node read
 * {@code message} from it) with DeepL's status codes: 400, 403 for a missing or wrong key, 413, 415, 429, 456 when
 * the monthly characters are spent, 500 and 503 (both retried by DeepL's clients). The table is in the README.
 */
final class DeepLErrors {

    /** DeepL's "quota exceeded". */
    static final int QUOTA_EXCEEDED = 456;

    private DeepLErrors() {
    }

    static Response of(CompatFailure failure) {
        String message = failure.getMessage();
        Response.ResponseBuilder response = switch (failure.kind()) {
            case INVALID, UNSUPPORTED_SOURCE, UNSUPPORTED_TARGET, UNSUPPORTED_FORMAT -> answer(400, message);
            case KEY_MISSING, KEY_INVALID -> answer(403, "Authorization failed: " + message
                    + "; send Authorization: DeepL-Auth-Key with your Warta API key.");
            case TOO_LARGE -> answer(413, "Request too large: " + message);
            case UNSUPPORTED_MEDIA_TYPE -> answer(415, "Unsupported media type: " + message);
            case RATE_LIMITED -> answer(429, "Too many requests: " + message);
            case QUOTA_EXCEEDED -> answer(QUOTA_EXCEEDED, "Quota exceeded: " + message);
            case UNAVAILABLE -> answer(503, "Service unavailable: " + message);
            case INTERNAL -> answer(500, "Internal error: " + message);
        };
        if (failure.retryAfterSeconds() != null) {
            response.header("Retry-After", failure.retryAfterSeconds());
        }
        return response.build();
    }

    private static Response.ResponseBuilder answer(int status, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(new Error(message));
    }
}
