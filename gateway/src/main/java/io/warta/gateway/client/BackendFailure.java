package io.warta.gateway.client;

/**
 * A service behind the gateway answered with a 5xx: it is failing, so the call is retried and counts
 * towards its circuit breaker (as do timeouts and connection failures).
 */
public class BackendFailure extends RuntimeException {

    public BackendFailure(String service, int status) {
        super(service + " failed with " + status, null, false, false);
    }
}
