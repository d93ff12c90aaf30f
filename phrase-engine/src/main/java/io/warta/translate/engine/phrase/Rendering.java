package io.warta.translate.engine.phrase;

/**
 * How an option's words are written out: as they are ({@code fixedCase}: names, numbers, gazetteer entries), or
 * truecased by {@link Casing}, except for the first {@code fixedPrefix} words (a country adjective put in front).
 */
public record Rendering(String[] words, boolean fixedCase, int fixedPrefix) {

    public Rendering(String[] words, boolean fixedCase) {
        this(words, fixedCase, 0);
    }
}
