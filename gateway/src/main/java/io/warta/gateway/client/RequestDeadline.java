package io.warta.gateway.client;

import java.time.Duration;

/**
 * When one request's work must be done: set by the gateway as the request arrives (proportional to its
 * size), shared by everything done for it — waiting for a computation slot or for an identical article
 * in flight, and each call behind the gateway, which is told how long it has left in the
 * {@value #HEADER} header (remaining milliseconds) so it can stop in time too.
 */
public final class RequestDeadline {

    /** The header carrying the milliseconds a service has left to answer the gateway's call. */
    public static final String HEADER = "X-Request-Deadline-Ms";

    private final long atNanos;

    private RequestDeadline(long atNanos) {
        this.atNanos = atNanos;
    }

    public static RequestDeadline after(Duration time) {
        return new RequestDeadline(System.nanoTime() + time.toNanos());
    }

    public long remainingNanos() {
        return Math.max(0, atNanos - System.nanoTime());
    }

    public Duration remaining() {
        return Duration.ofNanos(remainingNanos());
    }

    /** What goes into {@value #HEADER}: at least 1, since 0 would read as "no time at all" to every service. */
    public long remainingMillis() {
        return Math.max(1, remainingNanos() / 1_000_000);
    }

    public boolean passed() {
        return remainingNanos() == 0;
    }

    /** A deadline for a part of the work: this one's remaining time times {@code share} from now. */
    public RequestDeadline share(double share) {
        return new RequestDeadline(System.nanoTime() + (long) (remainingNanos() * share));
    }

    /** Throws {@link Passed} once the deadline has passed: no more calls are made for this request. */
    public void check() {
        if (passed()) {
            throw new Passed();
        }
    }

    /** The request's time ran out before a call behind the gateway was made: nothing to retry, nothing to count. */
    public static final class Passed extends RuntimeException {
        public Passed() {
            super("the request's deadline passed", null, false, false);
        }
    }
}
