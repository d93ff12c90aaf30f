package io.warta.problem;

import io.netty.handler.codec.http.HttpResponseStatus;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/** Problem documents written straight to Vert.x, for refusals made before JAX-RS runs. */
final class VertxProblems {

    private VertxProblems() {
    }

    static String slug(int status) {
        return switch (status) {
            case 400 -> "invalid-request";
            case 413 -> "payload-too-large";
            case 500 -> "internal-error";
            default -> reason(status).toLowerCase().replace(' ', '-');
        };
    }

    static String reason(int status) {
        return switch (status) {
            case 400 -> "Invalid request";
            case 413 -> "Payload too large";
            case 500 -> "Internal error";
            default -> HttpResponseStatus.valueOf(status).reasonPhrase();
        };
    }

    static String json(int status, String detail) {
        return new JsonObject().put("type", Problem.TYPE_BASE + slug(status)).put("title", reason(status))
                .put("status", status).put("detail", detail).encode();
    }

    /** Answers with the problem and closes the connection once it is written: the rest is not read. */
    static void refuseAndClose(RoutingContext context, int status, String detail) {
        HttpServerResponse response = context.response();
        response.setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONNECTION, "close")
                .end(json(status, detail))
                .onComplete(done -> context.request().connection().close());
    }
}
