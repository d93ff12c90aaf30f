package io.warta.translate.engine.phrase.options;

import io.warta.translate.engine.phrase.ChunkContext;
import io.warta.translate.engine.phrase.Decoder;
import io.warta.translate.engine.phrase.OptionSource;
import io.warta.translate.engine.phrase.PhraseResources;
import io.warta.translate.engine.phrase.PhraseTable;
import io.warta.translate.engine.phrase.SourceWords;
import io.warta.translate.engine.phrase.Truecaser;
import io.warta.translate.engine.phrase.features.RuleFeature;
import io.warta.translate.engine.text.Tokenizer;

/**
 * A capitalized word where a capital means a name is written as is, even when its lower-case form is also a word;
 * not when the phrase table knows a proper-noun translation (Eropa -> Europe, Selasa -> Tuesday). Acronyms (KCNA,
 * DPRK) keep the copy in any case: their table entries are mostly chance alignments. Priced by {@code copyName}, or
 * {@code unknown} for a word the table does not know; records each copy for {@link NameRuns}.
 */
public final class Names implements OptionSource {

    private final Truecaser truecaser;

    public Names(PhraseResources resources) {
        this.truecaser = resources.truecaser();
    }

    /** A word whose capital says it is a name: not a number or symbol, not at a sentence start or in a headline. */
    static boolean isName(ChunkContext chunk, int i) {
        String token = chunk.tokens().get(i);
        return !NumbersAndSymbols.handles(token) && Tokenizer.isCapitalized(token) && !chunk.startLike(i);
    }

    @Override
    public void addOptions(ChunkContext chunk) {
        for (int i = 0; i < chunk.size(); i++) {
            if (chunk.fixed(i) || !isName(chunk, i)) {
                continue;
            }
            String token = chunk.tokens().get(i);
            PhraseTable.Option[] singles = chunk.singles(i);
            if (singles == null || !hasProperNoun(singles) || SourceWords.isAcronym(token)) {
                String rule = singles != null ? RuleFeature.COPY_NAME : RuleFeature.UNKNOWN;
                Decoder.Option copy = chunk.add(chunk.copy(i, token).mark(rule));
                chunk.setCopy(i, copy);
            }
        }
    }

    private boolean hasProperNoun(PhraseTable.Option[] singles) {
        if (singles.length == 0) {
            return false;
        }
        String[] w = singles[0].words();
        return w.length == 1 && Character.isUpperCase(truecaser.apply(w[0]).charAt(0));
    }
}
