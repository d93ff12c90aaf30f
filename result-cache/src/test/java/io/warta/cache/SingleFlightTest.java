package io.warta.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

class SingleFlightTest {

    @Test
    void concurrentCallersShareOneComputation() throws Exception {
        AtomicInteger joined = new AtomicInteger();
        SingleFlight<String, String> flight = new SingleFlight<>(joined::incrementAndGet);
        AtomicInteger computations = new AtomicInteger();
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                results.add(pool.submit(() -> flight.run("k", () -> {
                    computations.incrementAndGet();
                    awaitQuietly(release);
                    return "value";
                })));
            }
            // The computation holds until every other caller has joined it: a state, not a time margin.
            awaitUntil(() -> computations.get() == 1 && joined.get() == 15, "15 callers joined the one computation");
            assertThat(computations).hasValue(1);
            release.countDown();
            for (Future<String> result : results) {
                assertThat(result.get(60, TimeUnit.SECONDS)).isEqualTo("value");
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(computations).hasValue(1);
        assertThat(joined).hasValue(15);
        // finished computations are forgotten: the next caller computes (a cache in front keeps results, not this)
        assertThat(flight.run("k", () -> "computed again")).isEqualTo("computed again");
        assertThat(joined).hasValue(15);
    }

    @Test
    void failureIsSharedAndNotRemembered() {
        SingleFlight<String, String> flight = new SingleFlight<>();
        assertThatThrownBy(() -> flight.run("k", () -> {
            throw new IllegalStateException("engine failed");
        })).hasMessage("engine failed");
        assertThat(flight.run("k", () -> "second try")).isEqualTo("second try");
    }

    /** Polls a state with a generous deadline (the machine may be loaded); fails if it never holds. */
    private static void awaitUntil(BooleanSupplier state, String what) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!state.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited 60 s for: " + what).isLessThan(deadline);
            Thread.sleep(5);
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void aWaiterGivesUpAtItsDeadlineWhileTheComputationGoesOnForTheOthers() throws Exception {
        AtomicInteger joined = new AtomicInteger();
        SingleFlight<String, String> flight = new SingleFlight<>(joined::incrementAndGet);
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<String> leader = pool.submit(() -> flight.run("k", () -> {
                started.countDown();
                awaitQuietly(release); // runs until the waiter has given up: no race on timing
                return "value";
            }));
            assertThat(started.await(30, TimeUnit.SECONDS)).isTrue();
            assertThatThrownBy(() -> flight.run("k", TimeUnit.MILLISECONDS.toNanos(20), () -> "computed twice"))
                    .isInstanceOf(SingleFlight.WaitExpired.class);
            assertThat(joined).as("the waiter joined the leader's computation, it did not run its own").hasValue(1);
            release.countDown();
            assertThat(leader.get(30, TimeUnit.SECONDS)).isEqualTo("value");
            assertThat(flight.run("k", () -> "computed again")).isEqualTo("computed again");
            assertThat(joined).hasValue(1);
        } finally {
            pool.shutdownNow();
        }
    }
}
