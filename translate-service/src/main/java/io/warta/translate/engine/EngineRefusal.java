package io.warta.translate.engine;

/**
 * An engine could not give a usable translation of this input (a source longer than its model reads, an answer
 * that does not fit the question): the next engine in the order translates it. It says nothing about the engine
 * being down, so its circuit breaker does not count it; otherwise one caller's text could switch an engine off
 * for everybody.
 */
public class EngineRefusal extends RuntimeException {

    public EngineRefusal(String message) {
        super(message);
    }
}
