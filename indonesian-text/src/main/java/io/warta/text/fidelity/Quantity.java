package io.warta.text.fidelity;

import java.util.List;

/**
 * One number, amount, date or time found in a sentence, as the keys it may match on the other side (a value such as
 * {@code n:5000000000}, a day and month {@code dm:12/8}, a time {@code t:7:56}); an ambiguous form has several keys.
 * {@code written} is true for digits (they must survive translation) and false for number words (which a translator
 * may render in many ways, so they only help to match).
 */
record Quantity(List<String> keys, boolean written) {

    boolean sharesKeyWith(Quantity other) {
        for (String key : keys) {
            if (other.keys.contains(key)) {
                return true;
            }
        }
        return false;
    }

    /** The first key without its prefix: what a warning shows. */
    String shown() {
        String key = keys.get(0);
        return key.substring(key.indexOf(':') + 1);
    }
}
