package io.warta.problem;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/**
 * A JSON string holding half of a surrogate pair ({@code "\ud800"}): not Unicode text. Refused
 * rather than passed on, where it would be echoed, or turned into {@code ?} by an encoder so that
 * two different texts share one cache key.
 */
public class LoneSurrogateException extends MismatchedInputException {

    LoneSurrogateException(JsonParser parser) {
        super(parser, "a string holds a lone surrogate", String.class);
    }
}
