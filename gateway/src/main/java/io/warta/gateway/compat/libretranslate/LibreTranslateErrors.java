package io.warta.gateway.compat.libretranslate;

import io.warta.gateway.compat.CompatFailure;
import io.warta.gateway.compat.libretranslate.LibreTranslateMessages.Error;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Failures as LibreTranslate answers them: {@code {"error": "…"}} with 400, 403, 429 or 500
 * (libretranslate/app.py's error handlers), which its clients read. The table is in the README.
 */
final class LibreTranslateErrors {

    private LibreTranslateErrors() {
    }

    static Response of(CompatFailure failure) {
        String message = failure.getMessage();
        Response.ResponseBuilder response = switch (failure.kind()) {
            case INVALID, TOO_LARGE, UNSUPPORTED_MEDIA_TYPE -> answer(400, "Invalid request: " + message);
            case UNSUPPORTED_SOURCE, UNSUPPORTED_TARGET, UNSUPPORTED_FORMAT -> answer(400, message);
            // LibreTranslate asks for a key with 400 and refuses a wrong one with 403.
            case KEY_MISSING -> answer(400, "Please contact the server operator to get an API key, and send it as api_key");
            case KEY_INVALID -> answer(403, "Invalid API key");
            case RATE_LIMITED, QUOTA_EXCEEDED -> answer(429, "Slowdown: " + message);
            case UNAVAILABLE, INTERNAL -> answer(500, "Cannot translate text: " + message);
        };
        if (failure.retryAfterSeconds() != null) {
            response.header("Retry-After", failure.retryAfterSeconds());
        }
        return response.build();
    }

    private static Response.ResponseBuilder answer(int status, String error) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(new Error(error));
    }
}
