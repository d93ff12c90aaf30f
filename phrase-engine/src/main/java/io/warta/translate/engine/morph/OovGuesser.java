package io.warta.translate.engine.morph;

import io.warta.text.morph.Analysis;
import io.warta.text.morph.IndonesianMorphology;
import java.util.function.Function;

/**
 * Translates a word the model has never seen from a root it knows (readings by indonesian-text's
 * {@link IndonesianMorphology}): reduplication becomes a plural
 * (sampah-sampah -> garbages is wrong, but negara-negara -> countries is the common case), di-/ter-
 * passives a past participle, -ku/-mu a possessive, other affixes fall back to the root's meaning.
 */
public final class OovGuesser {

    private OovGuesser() {
    }

    /**
     * @param word lower-case Indonesian word
     * @param lookup best English for a known lower-case Indonesian word, or null
     * @return English words, or null if no reading has a known root
     */
    public static String guess(String word, Function<String, String> lookup) {
        for (Analysis a : IndonesianMorphology.analyze(word)) {
            String english = lookup.apply(a.root());
            if (english == null || english.isEmpty()) {
                continue;
            }
            // Only a bare root may be inflected safely; a translated affixed sibling already carries its own form.
            boolean singleWord = english.indexOf(' ') < 0;
            if (a.reduplicated() && a.prefix().isEmpty() && a.suffix().isEmpty() && singleWord) {
                english = EnglishInflection.plural(english);
            } else if (singleWord && a.prefix().startsWith("di")
                    && (a.suffix().isEmpty() || a.suffix().equals("kan") || a.suffix().equals("i"))) {
                english = EnglishInflection.pastParticiple(english);
            }
            switch (a.clitic()) {
                case "ku" -> english = "my " + english;
                case "mu" -> english = "your " + english;
                default -> {
                }
            }
            return english;
        }
        return null;
    }
}
