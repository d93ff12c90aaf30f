package io.warta.cache;

/**
 * A value one request produced that cannot be written to the cache store (it does not serialize, say).
 * {@link CacheOutage} treats it as that request's problem, never as the store being down.
 */
public class UnstorableValue extends RuntimeException {

    public UnstorableValue(String message, Throwable cause) {
        super(message, cause);
    }
}
