package io.warta.text;

import java.time.Duration;

/**
 * When a request's in-process work must stop. Work that can run long (an engine's decoding, the summarizer) checks
 * it cooperatively, between sentences and inside its loops, and stops with {@link Exceeded}, which the services
 * answer with 503 and {@code Retry-After} and never store. Code that cannot take the deadline as a parameter (the
 * engines behind a fixed interface) reads the one {@link #bind bound} to the current thread.
 */
public final class Deadline {

    /** No deadline: {@link #check()} never throws. */
    public static final Deadline NONE = new Deadline(Long.MAX_VALUE);

    private static final ThreadLocal<Deadline> CURRENT = new ThreadLocal<>();

    private final long atNanos;

    private Deadline(long atNanos) {
        this.atNanos = atNanos;
    }

    public static Deadline after(Duration budget) {
        long now = System.nanoTime();
        long nanos = budget.isNegative() ? 0 : budget.toNanos();
        return new Deadline(now + Math.min(nanos, Long.MAX_VALUE / 2));
    }

    /** The header in which a caller passes how many milliseconds it still waits; a service never waits longer. */
    public static final String HEADER = "X-Request-Deadline-Ms";

    /**
     * A request's deadline, proportional to its size: {@code base} plus {@code perThousandCharacters} for every
     * 1,000 characters, at most {@code max}, and no later than the caller's own budget ({@code callerMillis},
     * from {@link #HEADER}; null or not positive when it sent none).
     */
    public static Deadline forRequest(long characters, Duration base, Duration perThousandCharacters, Duration max,
            Long callerMillis) {
        return fromCaller(callerMillis).min(after(budget(characters, base, perThousandCharacters, max)));
    }

    /** {@code base} plus {@code perThousandCharacters} for every 1,000 characters, at most {@code max}. */
    public static Duration budget(long characters, Duration base, Duration perThousandCharacters, Duration max) {
        Duration budget = base.plus(perThousandCharacters.multipliedBy(Math.max(0, characters) / 1_000));
        return budget.compareTo(max) > 0 ? max : budget;
    }

    /** The caller's deadline, {@code callerMillis} from now ({@link #HEADER}); {@link #NONE} when null or not positive. */
    public static Deadline fromCaller(Long callerMillis) {
        return callerMillis == null || callerMillis <= 0 ? NONE : after(Duration.ofMillis(callerMillis));
    }

    /** The earlier of the two. */
    public Deadline min(Deadline other) {
        return other.atNanos - atNanos < 0 ? other : this;
    }

    public boolean passed() {
        return this != NONE && System.nanoTime() - atNanos >= 0;
    }

    /** Milliseconds left, 0 once passed. */
    public long remainingMillis() {
        return this == NONE ? Long.MAX_VALUE : Math.max(0, (atNanos - System.nanoTime()) / 1_000_000);
    }

    /** Stops the work by throwing {@link Exceeded} once the deadline has passed. */
    public void check() {
        if (passed()) {
            throw new Exceeded();
        }
    }

    /** The deadline bound to this thread, or {@link #NONE}. */
    public static Deadline current() {
        Deadline bound = CURRENT.get();
        return bound == null ? NONE : bound;
    }

    /** Binds this deadline to the current thread until the returned scope is closed (try-with-resources). */
    public Scope bind() {
        Deadline previous = CURRENT.get();
        CURRENT.set(this);
        return () -> {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        };
    }

    /** A binding of a deadline to a thread; closing it restores the previous one. */
    @FunctionalInterface
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }

    /** The deadline passed before the work was done; the work's partial results must not be kept. */
    public static final class Exceeded extends RuntimeException {

        private static final long serialVersionUID = 1L;

        public Exceeded() {
            super("the request's deadline passed", null, false, false);
        }
    }
}
