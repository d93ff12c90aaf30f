package io.warta.gateway.rest;

import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Holds the answers of the stubs that name it until the test {@link #release()}s them (at most {@link #MAX_HOLD_SECONDS},
 * below the gateway's translate-service timeout), so a test keeps calls in flight until the state it checks is
 * reached instead of hoping a fixed delay is long enough on a loaded machine.
 */
public final class HeldResponses implements ResponseDefinitionTransformerV2 {

    public static final String NAME = "held";
    static final int MAX_HOLD_SECONDS = 25;
    private static final AtomicInteger ARRIVED = new AtomicInteger();
    private static volatile CountDownLatch gate = new CountDownLatch(1);

    /** Closes the gate: answers of held stubs wait from now on. */
    public static void close() {
        ARRIVED.set(0);
        gate = new CountDownLatch(1);
    }

    public static void release() {
        gate.countDown();
    }

    /** Held requests received since {@link #close()}. */
    public static int arrived() {
        return ARRIVED.get();
    }

    @Override
    public ResponseDefinition transform(ServeEvent event) {
        CountDownLatch waitFor = gate;
        ARRIVED.incrementAndGet();
        try {
            waitFor.await(MAX_HOLD_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return event.getResponseDefinition();
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }

    @Override
    public String getName() {
        return NAME;
    }
}
