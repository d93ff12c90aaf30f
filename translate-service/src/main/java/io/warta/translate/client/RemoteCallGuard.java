package io.warta.translate.client;

import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import io.smallrye.faulttolerance.api.Guard;
import io.vertx.core.http.HttpClosedException;
import java.net.ConnectException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The fault tolerance every remote engine call gets: a timeout from the engine's configuration, and one retry
 * when the connection itself failed (refused or reset before an answer), which is cheap and often a restarting
 * pod. Timeouts, HTTP errors and bad answers are not retried: the next engine in the order answers instead,
 * and the translation chain's circuit breaker decides when to stop asking this server.
 */
final class RemoteCallGuard {

    private RemoteCallGuard() {
    }

    static Guard create(String description, Duration timeout) {
        return Guard.create()
                .withDescription(description)
                .withTimeout().duration(timeout.toMillis(), ChronoUnit.MILLIS).done()
                .withRetry().maxRetries(1).delay(200, ChronoUnit.MILLIS).jitter(100, ChronoUnit.MILLIS)
                .whenException(RemoteCallGuard::connectionFailed).done()
                .build();
    }

    /**
     * Runs a call that answers a list of texts under the guard. Guard wants the result's class, which List<String>
     * does not have; a TypeLiteral would need generic signatures at run time, which native images may lack.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static List<String> texts(Guard guard, Supplier<List<String>> call) {
        return guard.get((Supplier) call, List.class);
    }

    /** A REST client whose own connect/read timeouts back up the guard's timeout. */
    static <T> T client(Class<T> api, URI baseUri, Duration timeout) {
        return QuarkusRestClientBuilder.newBuilder()
                .baseUri(baseUri)
                .connectTimeout(Math.min(timeout.toMillis(), 5_000), TimeUnit.MILLISECONDS)
                .readTimeout(timeout.toMillis() + 1_000, TimeUnit.MILLISECONDS)
                .build(api);
    }

    /** Refused, reset or closed before an answer came: worth one more try. Timeouts are not. */
    static boolean connectionFailed(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ConnectException || t instanceof HttpClosedException
                    || (t instanceof SocketException && !(t instanceof SocketTimeoutException))) {
                return true;
            }
        }
        return false;
    }
}
