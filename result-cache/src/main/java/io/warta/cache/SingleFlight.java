package io.warta.cache;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * Runs at most one computation per key at a time in this process: callers that arrive while a
 * computation for their key is running wait for it and share its result (or its failure). The
 * work should store its result before returning, so that a caller arriving just after finds it
 * in the cache instead of computing again. Whoever runs it may be told each time a caller joins a computation
 * (a metric, say); this class knows nothing of metrics.
 */
public final class SingleFlight<K, V> {

    private final ConcurrentHashMap<K, CompletableFuture<V>> inFlight = new ConcurrentHashMap<>();
    private final Runnable onJoin;

    public SingleFlight() {
        this(() -> { });
    }

    /**
     * @param onJoin run each time a caller finds its key being computed and waits for that computation instead of
     *     running its own (counts a metric, say); it must be quick and must not throw
     */
    public SingleFlight(Runnable onJoin) {
        this.onJoin = Objects.requireNonNull(onJoin, "onJoin");
    }

    public V run(K key, Supplier<V> work) {
        return run(key, Long.MAX_VALUE, work);
    }

    /**
     * As {@link #run(Object, Supplier)}, but a caller that waits for another's computation waits at most
     * {@code maxWaitNanos} (its own deadline) and then gets {@link WaitExpired}; the computation goes on for
     * the others.
     */
    public V run(K key, long maxWaitNanos, Supplier<V> work) {
        CompletableFuture<V> mine = new CompletableFuture<>();
        CompletableFuture<V> running = inFlight.putIfAbsent(key, mine);
        if (running != null) {
            onJoin.run();
            return await(running, maxWaitNanos);
        }
        try {
            V value = work.get();
            mine.complete(value);
            return value;
        } catch (RuntimeException | Error e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            inFlight.remove(key, mine);
        }
    }

    private static <V> V await(CompletableFuture<V> running, long maxWaitNanos) {
        try {
            return maxWaitNanos == Long.MAX_VALUE ? running.join() : running.get(maxWaitNanos, TimeUnit.NANOSECONDS);
        } catch (CompletionException | ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } catch (TimeoutException e) {
            throw new WaitExpired();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WaitExpired();
        }
    }

    /** A caller's time ran out while it waited for the computation of its key by another caller. */
    public static final class WaitExpired extends RuntimeException {
        public WaitExpired() {
            super("waited for an identical computation until the deadline", null, false, false);
        }
    }
}
