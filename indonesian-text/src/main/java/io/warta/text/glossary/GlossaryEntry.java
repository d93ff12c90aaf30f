package io.warta.text.glossary;

/** One glossary entry: an Indonesian term and the English it must become (a name may map to itself). */
public record GlossaryEntry(String source, String target) {
}
