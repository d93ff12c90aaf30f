package io.warta.gateway.compat;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CharacterUsageTest {

    /** A clock the test moves by hand. */
    private static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(String instant) {
            this.now = Instant.parse(instant);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void reservesWithinTheLimitAndRefundsFailedRequests() {
        CharacterUsage usage = new CharacterUsage(100, new MovableClock("2026-03-10T12:00:00Z"));
        assertThat(usage.reserve("alice", 60)).isTrue();
        assertThat(usage.reserve("alice", 41)).isFalse();
        assertThat(usage.used("alice")).isEqualTo(60);
        assertThat(usage.reserve("alice", 40)).isTrue();
        assertThat(usage.used("alice")).isEqualTo(100);
        usage.refund("alice", 40);
        assertThat(usage.used("alice")).isEqualTo(60);
        // Each account has its own allowance.
        assertThat(usage.reserve("bob", 100)).isTrue();
        assertThat(usage.used("alice")).isEqualTo(60);
    }

    @Test
    void aNewMonthStartsFromZeroInUtc() {
        MovableClock clock = new MovableClock("2026-03-31T23:59:00Z");
        CharacterUsage usage = new CharacterUsage(100, clock);
        assertThat(usage.reserve("alice", 90)).isTrue();
        clock.now = Instant.parse("2026-04-01T00:00:01Z");
        assertThat(usage.used("alice")).isZero();
        assertThat(usage.reserve("alice", 100)).isTrue();
        // A refund of last month's request does not credit this month.
        CharacterUsage other = new CharacterUsage(100, clock);
        other.reserve("carol", 10);
        clock.now = Instant.parse("2026-05-01T00:00:00Z");
        other.refund("carol", 10);
        assertThat(other.used("carol")).isZero();
        assertThat(other.reserve("carol", 100)).isTrue();
    }

    @Test
    void concurrentRequestsNeverOverrunTheLimit() throws Exception {
        CharacterUsage usage = new CharacterUsage(1_000, Clock.systemUTC());
        AtomicInteger granted = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        for (int i = 0; i < 400; i++) {
            pool.submit(() -> {
                if (usage.reserve("alice", 7)) {
                    granted.incrementAndGet();
                }
            });
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(1, TimeUnit.MINUTES)).isTrue();
        assertThat(granted.get()).isEqualTo(1_000 / 7);
        assertThat(usage.used("alice")).isEqualTo(1_000 / 7 * 7);
    }
}
