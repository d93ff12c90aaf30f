package io.warta.problem;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Bodies declared larger than {@code quarkus.http.limits.max-body-size} are refused as a 413
 * problem+json, like every other Warta error. Quarkus refuses them on its own too, but before
 * JAX-RS runs and with an empty body; this route runs just ahead of that check (order -2).
 *
 * <p>The body is not read: the answer goes out at once and the connection is closed once the
 * client has finished sending (or after a grace period), so a client that sends the whole body
 * before reading still gets the answer rather than a connection reset.
 *
 * <p>A body sent without Content-Length (chunked) that grows past the limit is still cut off by
 * Quarkus with its own empty 413: that check runs inside the body reader, after every route.
 */
@ApplicationScoped
public class BodyLimitProblem {

    /** Quarkus' own body-size check is a route of order -2; ours must run before it. */
    static final int ROUTE_ORDER = -3;
    private static final long CLOSE_GRACE_MS = 5_000;

    void install(@Observes Router router,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K") MemorySize maxBodySize) {
        long limit = maxBodySize.asLongValue();
        router.route().order(ROUTE_ORDER).handler(context -> check(context, limit));
    }

    private static void check(RoutingContext context, long limit) {
        String declared = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        long length;
        try {
            length = declared == null ? -1 : Long.parseLong(declared.trim());
        } catch (NumberFormatException e) {
            length = -1; // Vert.x itself refuses a malformed Content-Length
        }
        if (length <= limit) {
            context.next();
            return;
        }
        refuse(context, length, limit);
    }

    private static void refuse(RoutingContext context, long length, long limit) {
        HttpServerRequest request = context.request();
        String problem = VertxProblems.json(413, "the request body is " + length + " bytes; the limit is " + limit + " bytes");
        Runnable close = () -> request.connection().close();
        long timer = context.vertx().setTimer(CLOSE_GRACE_MS, id -> close.run());
        request.handler(ignored -> {
            // discarded unread
        });
        request.endHandler(ended -> {
            context.vertx().cancelTimer(timer);
            close.run();
        });
        request.resume();
        context.response()
                .setStatusCode(413)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONNECTION, "close")
                .end(problem);
    }
}
