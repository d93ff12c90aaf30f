package io.warta.text.fidelity;

/**
 * Something a reader should check in one translated segment: {@code type} says what ({@link #NUMBER_MISMATCH},
 * {@link #UNTRANSLATED}, {@link #GLOSSARY_MISS}), {@code detail} says where in a few words (never the whole sentence).
 */
public record FidelityWarning(String type, String detail) {

    /** A number, amount, date or time of the source is missing or has another value or magnitude in the translation. */
    public static final String NUMBER_MISMATCH = "number-mismatch";
    /** The translation is the source sentence itself, and the source has Indonesian words. */
    public static final String UNTRANSLATED = "untranslated";
    /** A glossary term of the source whose English (as the glossary gives it) is not in the translation. */
    public static final String GLOSSARY_MISS = "glossary-miss";
}
