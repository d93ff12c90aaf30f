package io.warta.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DeadlineTest {

    @Test
    void aRequestsBudgetGrowsWithItsSizeUpToTheMaximumAndNeverPastTheCallers() {
        Duration base = Duration.ofSeconds(5);
        Duration perThousand = Duration.ofMillis(250);
        Duration max = Duration.ofSeconds(60);
        assertThat(Deadline.forRequest(0, base, perThousand, max, null).remainingMillis()).isBetween(4_000L, 5_000L);
        assertThat(Deadline.forRequest(100_000, base, perThousand, max, null).remainingMillis()).isBetween(29_000L, 30_000L);
        assertThat(Deadline.forRequest(10_000_000, base, perThousand, max, null).remainingMillis()).isBetween(59_000L, 60_000L);
        assertThat(Deadline.forRequest(100_000, base, perThousand, max, 1_500L).remainingMillis()).isBetween(500L, 1_500L);
        // A caller's budget never extends the service's own; zero or negative means none was sent.
        assertThat(Deadline.forRequest(0, base, perThousand, max, 3_600_000L).remainingMillis()).isLessThanOrEqualTo(5_000L);
        assertThat(Deadline.forRequest(0, base, perThousand, max, 0L).remainingMillis()).isGreaterThan(4_000L);
    }

    @Test
    void workChecksTheDeadlineBoundToItsThread() throws Exception {
        assertThat(Deadline.current()).isSameAs(Deadline.NONE);
        Deadline.NONE.check();
        Deadline passed = Deadline.after(Duration.ZERO);
        Deadline later = Deadline.after(Duration.ofMinutes(1));
        try (Deadline.Scope outer = later.bind()) {
            Deadline.current().check();
            try (Deadline.Scope inner = passed.bind()) {
                assertThatThrownBy(() -> Deadline.current().check()).isInstanceOf(Deadline.Exceeded.class);
            }
            assertThat(Deadline.current()).isSameAs(later);
            Thread other = new Thread(() -> assertThat(Deadline.current()).isSameAs(Deadline.NONE));
            other.start();
            other.join();
        }
        assertThat(Deadline.current()).isSameAs(Deadline.NONE);
        assertThat(passed.min(later)).isSameAs(passed);
        assertThat(later.min(passed)).isSameAs(passed);
    }
}
