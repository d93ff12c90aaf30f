package io.warta.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.List;
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

    @Test
    void oneRequestsBadDataLeavesTheCacheOnForEveryoneElse() {
        CacheOutage outage = new CacheOutage("test store", 60_000_000_000L);
        List<RuntimeException> badData = List.of(
                wrapped(new SQLException("invalid byte sequence for encoding", "22021")),
                wrapped(new SQLException("value too long for type character varying(255)", "22001")),
                wrapped(new SQLException("null value in column violates not-null constraint", "23502")),
                wrapped(new SQLException("could not serialize access", "40001")),
                wrapped(new SQLException("index row size exceeds btree maximum", "54000")),
                new RuntimeException(new UnstorableValue("result does not serialize", null)));
        java.util.concurrent.atomic.AtomicInteger attempts = new java.util.concurrent.atomic.AtomicInteger();
        for (RuntimeException failure : badData) {
            assertThat(StoreFailure.of(failure)).as(failure.getCause().toString()).isEqualTo(StoreFailure.REQUEST);
            assertThat(outage.call("write", () -> {
                attempts.incrementAndGet();
                throw failure;
            }, "fallback")).isEqualTo("fallback");
            assertThat(outage.isDown()).as("after %s", failure.getCause()).isFalse();
        }
        // every request was tried against the store: none was skipped because of another one's data
        assertThat(attempts).hasValue(badData.size());
        assertThat(outage.call("read", () -> "stored", "fallback")).isEqualTo("stored");
    }

    @Test
    void aDatabaseThatIsDownSwitchesCachingOff() {
        List<RuntimeException> outages = List.of(
                wrapped(new SQLException("Connection refused", "08001")),
                wrapped(new SQLException("An I/O error occurred while sending to the backend", "08006")),
                wrapped(new SQLException("terminating connection due to administrator command", "57P01")),
                wrapped(new SQLException("the database system is starting up", "57P03")),
                wrapped(new SQLException("too many connections", "53300")),
                wrapped(new java.sql.SQLTransientConnectionException("acquisition timeout")),
                wrapped(new java.sql.SQLTimeoutException("statement timeout")),
                wrapped(new SQLException("no state", (String) null, new java.net.SocketTimeoutException("read timed out"))),
                // a data error reported on a connection that then broke is still an outage
                wrapped(new SQLException("broken", "08006", new SQLException("bad data", "22021"))),
                new IllegalStateException("unrecognized failure"));
        for (RuntimeException failure : outages) {
            CacheOutage outage = new CacheOutage("test store", 60_000_000_000L);
            assertThat(StoreFailure.of(failure)).as(String.valueOf(failure.getCause())).isEqualTo(StoreFailure.OUTAGE);
            outage.call("read", () -> {
                throw failure;
            }, "fallback");
            assertThat(outage.isDown()).as("after %s", failure.getCause()).isTrue();
            assertThat(outage.call("read", () -> "stored", "fallback")).as("skipped while down").isEqualTo("fallback");
        }
    }

    private static RuntimeException wrapped(SQLException driverError) {
        return new RuntimeException("commit failed", new IllegalStateException("could not execute statement", driverError));
    }
}
