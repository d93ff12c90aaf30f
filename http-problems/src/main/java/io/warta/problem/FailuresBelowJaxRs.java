package io.warta.problem;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/**
 * Requests that fail in Vert.x before JAX-RS sees them (a malformed {@code %} escape in the path
 * or query, an error in a route) are answered as problems here, ahead of Quarkus' own error page,
 * with a detail that quotes nothing of the request.
 */
@ApplicationScoped
public class FailuresBelowJaxRs {

    private static final Logger LOG = Logger.getLogger(FailuresBelowJaxRs.class);
    static final int ROUTE_ORDER = RequestHeadLimits.ROUTE_ORDER - 1;

    void install(@Observes Router router) {
        router.route().order(ROUTE_ORDER).failureHandler(this::answer);
    }

    private void answer(RoutingContext context) {
        if (context.response().headWritten()) {
            // Too late for a problem: the answer has begun (Quarkus REST's own 413 for a chunked body over the
            // limit, then the mapper's attempt to answer too). Whoever began it finishes it; nothing to log.
            LOG.debugf(context.failure(), "Request failed after its answer began");
            if (!context.response().ended()) {
                context.request().connection().close();
            }
            return;
        }
        int status = context.statusCode() >= 400 && context.statusCode() <= 599 ? context.statusCode() : 500;
        if (status >= 500) {
            LOG.error("Request failed below JAX-RS", context.failure());
        }
        String detail = switch (status) {
            case 400 -> "The request could not be read (for example a malformed %-escape in its path or query).";
            case 404 -> "No resource at this path.";
            case 405 -> "This method is not allowed on this path.";
            case 413 -> "The request body is over the limit.";
            default -> status >= 500 ? "The request could not be completed." : VertxProblems.reason(status) + ".";
        };
        context.response().setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .end(VertxProblems.json(status, detail));
    }
}
