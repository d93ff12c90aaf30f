package io.warta.cache;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * Guards the calls a service makes to its cache store so that an outage never fails a request:
 * a failing call returns the fallback, the outage is logged once when it starts and once when it
 * ends, and caching resumes by itself. While the store is down, calls within the retry interval
 * after a failure are skipped, so requests do not each wait for a connection timeout.
 *
 * <p>Only a store that is down switches caching off ({@link StoreFailure#OUTAGE}); a call that fails
 * on one request's data gets the fallback for that request alone and everybody else keeps the cache.
 */
public final class CacheOutage {

    private static final System.Logger LOG = System.getLogger(CacheOutage.class.getName());

    private static final long DEFAULT_RETRY_NANOS = 2_000_000_000L;

    private final String store;
    private final long retryNanos;
    private final AtomicBoolean down = new AtomicBoolean();
    private volatile long failedAt;

    public CacheOutage(String store) {
        this(store, DEFAULT_RETRY_NANOS);
    }

    CacheOutage(String store, long retryNanos) {
        this.store = store;
        this.retryNanos = retryNanos;
    }

    public <T> T call(String operation, Supplier<T> action, T fallback) {
        if (down.get() && System.nanoTime() - failedAt < retryNanos) {
            return fallback;
        }
        try {
            T result = action.get();
            recovered();
            return result;
        } catch (RuntimeException e) {
            if (StoreFailure.of(e) == StoreFailure.OUTAGE) {
                failed(operation, e);
            } else {
                refusedData(operation, e);
            }
            return fallback;
        }
    }

    public void run(String operation, Runnable action) {
        call(operation, () -> {
            action.run();
            return null;
        }, null);
    }

    public boolean isDown() {
        return down.get();
    }

    private void failed(String operation, RuntimeException e) {
        failedAt = System.nanoTime();
        if (down.compareAndSet(false, true)) {
            LOG.log(System.Logger.Level.WARNING, "{0} unavailable ({1} failed: {2}); serving without it until it returns",
                    store, operation, rootMessage(e));
        }
    }

    /** Not an outage: logged without the data (it may be an attacker's), and the store stays in use. */
    private void refusedData(String operation, RuntimeException e) {
        LOG.log(System.Logger.Level.INFO, "{0} refused one request''s data ({1} failed: {2}); caching goes on for others",
                store, operation, rootKind(e));
    }

    private void recovered() {
        if (down.compareAndSet(true, false)) {
            LOG.log(System.Logger.Level.INFO, "{0} is back; caching resumed", store);
        }
    }

    private static String rootKind(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t instanceof java.sql.SQLException sql ? "SQLState " + sql.getSQLState() : t.getClass().getSimpleName();
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + ": " + t.getMessage();
    }
}
