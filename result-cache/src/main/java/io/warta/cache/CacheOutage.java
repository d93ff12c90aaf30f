package io.warta.cache;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * Guards the calls a service makes to its cache store so that an outage never fails a request:
 * a failing call returns the fallback, the outage is logged once when it starts and once when it
 * ends, and the next successful call resumes caching by itself.
 */
public final class CacheOutage {

    private static final System.Logger LOG = System.getLogger(CacheOutage.class.getName());

    private final String store;
    private final AtomicBoolean down = new AtomicBoolean();

    public CacheOutage(String store) {
        this.store = store;
    }

    public <T> T call(String operation, Supplier<T> action, T fallback) {
        try {
            T result = action.get();
            recovered();
            return result;
        } catch (RuntimeException e) {
            failed(operation, e);
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
        if (down.compareAndSet(false, true)) {
            LOG.log(System.Logger.Level.WARNING, "{0} unavailable ({1} failed: {2}); serving without it until it returns",
                    store, operation, rootMessage(e));
        }
    }

    private void recovered() {
        if (down.compareAndSet(true, false)) {
            LOG.log(System.Logger.Level.INFO, "{0} is back; caching resumed", store);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + ": " + t.getMessage();
    }
}
