package io.warta.translate.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.warta.text.Deadline;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Single flight per memory key: one request translates a key, the others wait for it, each no longer than it may. */
class SentenceFlightsTest {

    private final AtomicInteger joins = new AtomicInteger();
    private final SentenceFlights flights = new SentenceFlights(joins::incrementAndGet);

    @Test
    void theSecondClaimOfAKeyWaitsForTheFirstAndGetsItsTranslation() {
        SentenceFlights.Claim first = flights.claim("k");
        SentenceFlights.Claim second = flights.claim("k");
        assertTrue(first.mine());
        assertFalse(second.mine());
        assertEquals(1, joins.get());

        Translated translated = new Translated("The rain fell.", "phrase/x", false, 0.5);
        first.complete(translated);
        assertSame(translated, SentenceFlights.await(second.result(), Deadline.after(Duration.ofSeconds(30))));
        assertTrue(flights.claim("k").mine(), "a finished key is free to claim again");
    }

    @Test
    void aWaiterStopsAtItsOwnDeadlineWhileTheTranslationGoesOnForTheOthers() {
        SentenceFlights.Claim owner = flights.claim("k");
        SentenceFlights.Claim hurried = flights.claim("k");
        SentenceFlights.Claim patient = flights.claim("k");

        // The owner never finishes in time: the hurried waiter returns at its deadline instead of waiting forever.
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> assertThrows(Deadline.Exceeded.class,
                () -> SentenceFlights.await(hurried.result(), Deadline.after(Duration.ofMillis(20)))));

        Translated translated = new Translated("The rain fell.", "phrase/x", false, null);
        owner.complete(translated);
        assertSame(translated, SentenceFlights.await(patient.result(), Deadline.NONE));
    }

    @Test
    void aWaiterWhoseDeadlineHasPassedDoesNotWaitAtAll() {
        flights.claim("k");
        SentenceFlights.Claim late = flights.claim("k");
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> assertThrows(Deadline.Exceeded.class,
                () -> SentenceFlights.await(late.result(), Deadline.after(Duration.ZERO))));
    }

    @Test
    void theOwnersFailureReachesEveryWaiter() {
        SentenceFlights.Claim owner = flights.claim("k");
        SentenceFlights.Claim waiter = flights.claim("k");
        IllegalStateException failure = new IllegalStateException("engine down");
        owner.fail(failure);
        assertSame(failure, assertThrows(IllegalStateException.class,
                () -> SentenceFlights.await(waiter.result(), Deadline.after(Duration.ofSeconds(30)))));
        assertTrue(flights.claim("k").mine(), "a failed key is free to claim again");
    }
}
