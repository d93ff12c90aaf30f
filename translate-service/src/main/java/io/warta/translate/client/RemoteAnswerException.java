package io.warta.translate.client;

/** A remote engine answered, but not with what was asked: the translation chain moves on to the next engine. */
public class RemoteAnswerException extends RuntimeException {

    public RemoteAnswerException(String message) {
        super(message);
    }
}
