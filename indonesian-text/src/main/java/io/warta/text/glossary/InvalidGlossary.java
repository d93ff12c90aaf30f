package io.warta.text.glossary;

/**
 * A glossary that breaks a rule (too many entries, a blank or too long term, a source given twice). The message
 * names the entry by position and the limit it broke, never the caller's text, so it may be answered as it is.
 */
public class InvalidGlossary extends IllegalArgumentException {

    private final String field;
    private final String rule;

    public InvalidGlossary(String field, String rule) {
        super(field + " " + rule);
        this.field = field;
        this.rule = rule;
    }

    /** What is wrong, without the field: "must not be blank", "is 120 characters; at most 100 are allowed". */
    public String rule() {
        return rule;
    }

    /** As {@link #rule()}, with other entries named as the request names the list. */
    public String rule(String entriesName) {
        return rule.replace("entries[", entriesName + "[");
    }

    /** The field as a request names the list of entries: {@code glossary[3].source} for "glossary". */
    public String field(String entriesName) {
        return field.startsWith("entries") ? entriesName + field.substring("entries".length()) : field;
    }

    /** Where in the request: {@code entries}, {@code entries[3].source}, ... */
    public String field() {
        return field;
    }
}
