package io.warta.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class CacheOutageTest {

    @Test
    void failingStoreGivesFallbackAndRecoversByItself() {
        CacheOutage outage = new CacheOutage("test store", 0);
        AtomicBoolean databaseUp = new AtomicBoolean(false);

        String value = outage.call("read", () -> {
            if (!databaseUp.get()) {
                throw new IllegalStateException("connection refused");
            }
            return "stored";
        }, "fallback");
        assertThat(value).isEqualTo("fallback");
        assertThat(outage.isDown()).isTrue();

        databaseUp.set(true);
        assertThat(outage.call("read", () -> databaseUp.get() ? "stored" : "x", "fallback")).isEqualTo("stored");
        assertThat(outage.isDown()).isFalse();
    }

    @Test
    void skipsTheStoreForAWhileAfterAFailure() {
        CacheOutage outage = new CacheOutage("test store", 60_000_000_000L);
        java.util.concurrent.atomic.AtomicInteger attempts = new java.util.concurrent.atomic.AtomicInteger();
        for (int i = 0; i < 5; i++) {
            outage.call("read", () -> {
                attempts.incrementAndGet();
                throw new IllegalStateException("connection refused");
            }, "fallback");
        }
        assertThat(attempts).hasValue(1);
    }

    @Test
    void recognizesUniqueViolationDeepInTheCauseChain() {
        RuntimeException wrapped = new RuntimeException("commit failed",
                new IllegalStateException(new SQLException("duplicate key", "23505")));
        assertThat(UniqueViolation.isCause(wrapped)).isTrue();
        assertThat(UniqueViolation.isCause(new RuntimeException(new SQLException("timeout", "08006")))).isFalse();
    }
}
