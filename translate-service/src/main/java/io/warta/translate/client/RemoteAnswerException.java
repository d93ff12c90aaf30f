package io.warta.translate.client;

import io.warta.translate.engine.EngineRefusal;

/**
 * A remote engine answered, but not with what was asked: the translation chain moves on to the next engine, and
 * the engine's breaker does not count it (an answer is not an outage).
 */
public class RemoteAnswerException extends EngineRefusal {

    public RemoteAnswerException(String message) {
        super(message);
    }
}
