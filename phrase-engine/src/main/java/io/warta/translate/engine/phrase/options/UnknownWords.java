package io.warta.translate.engine.phrase.options;

import io.warta.translate.engine.morph.Misspellings;
import io.warta.translate.engine.morph.OovGuesser;
import io.warta.translate.engine.phrase.ChunkContext;
import io.warta.translate.engine.phrase.LanguageModel;
import io.warta.translate.engine.phrase.OptionSource;
import io.warta.translate.engine.phrase.PhraseResources;
import io.warta.translate.engine.phrase.PhraseTable;
import io.warta.translate.engine.phrase.features.RuleFeature;
import io.warta.translate.engine.text.Tokenizer;

/**
 * A word the phrase table does not know: a reading of its root by morphology ({@link OovGuesser}: dimakan -> eaten),
 * else of its correct spelling ({@link Misspellings}), priced by {@code morphology}; and always the word copied,
 * priced by {@code unknown}.
 */
public final class UnknownWords implements OptionSource {

    private final PhraseTable table;
    private final LanguageModel lm;

    public UnknownWords(PhraseResources resources) {
        this.table = resources.table();
        this.lm = resources.lm();
    }

    @Override
    public void addOptions(ChunkContext chunk) {
        for (int i = 0; i < chunk.size(); i++) {
            String token = chunk.tokens().get(i);
            if (chunk.fixed(i) || chunk.singles(i) != null || NumbersAndSymbols.handles(token) || Names.isName(chunk, i)) {
                continue;
            }
            String lower = chunk.lower().get(i);
            String guess = OovGuesser.guess(lower, root -> {
                PhraseTable.Option[] o = table.get(root);
                return o == null ? null : String.join(" ", o[0].words());
            });
            // A misspelt word, but not a name at a sentence start (Tatang) or an English word (voting).
            if (guess == null && !Tokenizer.isCapitalized(token) && lm.id(lower) == LanguageModel.UNK) {
                String corrected = Misspellings.correct(lower, w -> table.get(w) != null);
                guess = corrected == null ? null : String.join(" ", table.get(corrected)[0].words());
            }
            if (guess != null) {
                String[] words = guess.split(" ");
                chunk.add(chunk.option(i, i + 1, words, false).mark(RuleFeature.MORPHOLOGY));
            }
            chunk.add(chunk.copy(i, token).mark(RuleFeature.UNKNOWN));
        }
    }
}
