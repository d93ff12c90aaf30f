package io.warta.problem;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.HttpServerOptionsCustomizer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A request target that is not a URI is a 400 problem, a request line over {@code quarkus.http.limits.max-initial-line-length} is a 414 problem, headers
 * over {@code quarkus.http.limits.max-header-size} a 431 problem.
 *
 * <p>Vert.x checks both limits in its HTTP decoder and answers with an empty 414 or 431 before any
 * route runs; Vert.x has a hook for that answer ({@code HttpServer.invalidRequestHandler}), but
 * Quarkus creates the server itself and offers none. So the decoder's limits are raised to a hard
 * ceiling ({@link #CEILING_FACTOR} times the configured ones, at least {@link #MIN_CEILING} bytes),
 * and the configured limits are checked here, in the first route, where the answer can be a
 * problem. Only a request beyond the ceiling still gets Vert.x' empty answer.
 */
@Singleton
public class RequestHeadLimits implements HttpServerOptionsCustomizer {

    static final int ROUTE_ORDER = BodyLimitProblem.ROUTE_ORDER - 1;
    static final int CEILING_FACTOR = 4;
    static final int MIN_CEILING = 64 * 1024;
    /** " HTTP/1.1" and the space after the method. */
    private static final int LINE_OVERHEAD = 10;

    private final int maxInitialLineLength;
    private final int maxHeaderSize;

    RequestHeadLimits(
            @ConfigProperty(name = "quarkus.http.limits.max-initial-line-length", defaultValue = "4096") int maxInitialLineLength,
            @ConfigProperty(name = "quarkus.http.limits.max-header-size", defaultValue = "20K") MemorySize maxHeaderSize) {
        this.maxInitialLineLength = maxInitialLineLength;
        this.maxHeaderSize = (int) Math.min(Integer.MAX_VALUE, maxHeaderSize.asLongValue());
    }

    @Override
    public void customizeHttpServer(HttpServerOptions options) {
        options.setMaxInitialLineLength(ceiling(maxInitialLineLength));
        options.setMaxHeaderSize(ceiling(maxHeaderSize));
    }

    @Override
    public void customizeHttpsServer(HttpServerOptions options) {
        customizeHttpServer(options);
    }

    /**
     * The check Quarkus makes in its root handler, which answers an empty 400 before any route
     * unless the JVM runs with {@value #QUARKUS_URI_CHECK_OFF}=true (as run.sh, the images and the
     * tests start it): then it is made here, and the answer is a problem.
     */
    static boolean isValidUri(String uri) {
        try {
            new URI(uri);
            return true;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    static final String QUARKUS_URI_CHECK_OFF = "vertx.disableURIValidation";

    static int ceiling(int limit) {
        return (int) Math.min(Integer.MAX_VALUE, Math.max((long) limit * CEILING_FACTOR, MIN_CEILING));
    }

    void install(@Observes Router router) {
        router.route().order(ROUTE_ORDER).handler(this::check);
    }

    private void check(RoutingContext context) {
        HttpServerRequest request = context.request();
        if (!isValidUri(request.uri())) {
            VertxProblems.refuseAndClose(context, 400,
                    "the request target is not a valid URI (for example a malformed %-escape or a raw '<')");
            return;
        }
        long line = (long) request.method().name().length() + request.uri().length() + LINE_OVERHEAD;
        if (line > maxInitialLineLength) {
            VertxProblems.refuseAndClose(context, 414,
                    "the request line is " + line + " bytes; the limit is " + maxInitialLineLength + " bytes");
            return;
        }
        long headers = 0;
        for (Map.Entry<String, String> header : request.headers()) {
            headers += header.getKey().length() + 2 + header.getValue().length();
        }
        if (headers > maxHeaderSize) {
            VertxProblems.refuseAndClose(context, 431,
                    "the request headers are " + headers + " bytes; the limit is " + maxHeaderSize + " bytes");
            return;
        }
        context.next();
    }
}
