package io.warta.text.glossary;

/**
 * A glossary that breaks a rule (too many entries, a blank or too long term, a source given twice). The message
 * names the entry by position and the limit it broke, never the caller's text, so it may be answered as it is.
 */
public class InvalidGlossary extends IllegalArgumentException {

    private final String field;

    public InvalidGlossary(String field, String message) {
        super(field + " " + message);
        this.field = field;
    }

    /** Where in the request: {@code entries}, {@code entries[3].source}, ... */
    public String field() {
        return field;
    }
}
