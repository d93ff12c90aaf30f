package io.warta.gateway.service;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.warta.gateway.config.GatewayConfig;
import io.warta.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Caps the uncached article computations running at once. A request beyond the cap waits in a
 * short bounded queue for a free slot; when the queue is full or the wait runs out it is refused
 * with 503 and Retry-After, so a burst of new articles cannot pile unbounded work onto
 * translate-service or tie up every worker thread. Cached answers never pass through here.
 *
 * <p>503 rather than 429: the limit is the service's capacity, not something this caller did
 * (429 is the per-key rate limit).
 */
@ApplicationScoped
public class ComputeBulkhead {

    private final Semaphore slots;
    private final int queueSize;
    private final long maxWaitNanos;
    private final int retryAfterSeconds;
    private final AtomicInteger waiting = new AtomicInteger();
    private final AtomicInteger running = new AtomicInteger();
    private final Counter rejected;

    ComputeBulkhead(GatewayConfig config, MeterRegistry registry) {
        GatewayConfig.Bulkhead bulkhead = config.bulkhead();
        this.slots = new Semaphore(bulkhead.maxConcurrent(), true);
        this.queueSize = bulkhead.queueSize();
        this.maxWaitNanos = bulkhead.maxWait().toNanos();
        this.retryAfterSeconds = bulkhead.retryAfterSeconds();
        this.rejected = Counter.builder("warta.gateway.bulkhead.rejected")
                .description("Uncached article requests refused (503) because the computation bulkhead was full")
                .register(registry);
        Gauge.builder("warta.gateway.bulkhead.running", running, AtomicInteger::get)
                .description("Uncached article computations running now").register(registry);
        Gauge.builder("warta.gateway.bulkhead.waiting", waiting, AtomicInteger::get)
                .description("Uncached article requests waiting for a computation slot").register(registry);
    }

    /** Runs {@code work} in a slot, waiting briefly for one; a 503 problem when none frees up. */
    public <T> T run(Supplier<T> work) {
        return run(Long.MAX_VALUE, work);
    }

    /** As {@link #run(Supplier)}, waiting no longer than {@code deadlineNanos} either (the request's time left). */
    public <T> T run(long deadlineNanos, Supplier<T> work) {
        acquire(Math.min(maxWaitNanos, deadlineNanos));
        running.incrementAndGet();
        try {
            return work.get();
        } finally {
            running.decrementAndGet();
            slots.release();
        }
    }

    /** Computations (and callers waiting for an identical one) holding a slot now. */
    public int running() {
        return running.get();
    }

    /** Requests refused since start. */
    public long rejections() {
        return (long) rejected.count();
    }

    private void acquire(long waitNanos) {
        if (slots.tryAcquire()) {
            return;
        }
        if (waiting.incrementAndGet() > queueSize) {
            waiting.decrementAndGet();
            throw refused();
        }
        try {
            if (!slots.tryAcquire(waitNanos, TimeUnit.NANOSECONDS)) {
                throw refused();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw refused();
        } finally {
            waiting.decrementAndGet();
        }
    }

    private ProblemException refused() {
        rejected.increment();
        return new ProblemException(503, "overloaded", "Too many new articles at once",
                "The gateway is computing as many new articles as it can; try again shortly. "
                        + "Articles already translated are still answered.")
                .retryAfter(retryAfterSeconds);
    }
}
