package io.warta.translate.engine.phrase.options;

import io.warta.translate.engine.morph.DerivedReadings;
import io.warta.translate.engine.phrase.ChunkContext;
import io.warta.translate.engine.phrase.LanguageModel;
import io.warta.translate.engine.phrase.OptionSource;
import io.warta.translate.engine.phrase.PhraseResources;
import io.warta.translate.engine.phrase.PhraseTable;
import io.warta.translate.engine.phrase.SourceWords;
import io.warta.translate.engine.phrase.WordLists;
import io.warta.translate.engine.phrase.features.RuleFeature;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A derived word the phrase table has no reading of from the corpus (dikoordinasikan, pengeboman): readings from
 * its root's translations in the English form its affixes ask for ({@link DerivedReadings}), each carrying the table
 * scores of the root's translation it came from and priced by {@code morphology}. The root's translations are its
 * one-word corpus options, ranked by both translation probabilities (the table's own order favours "the" for many
 * roots), then its dictionary senses; English function words are no reading of a content word.
 */
public final class DerivedWords implements OptionSource {

    static final boolean DICTIONARY_ONLY_TOO = Boolean.getBoolean("warta.derived.dictOnly");

    static final boolean RANK_BY_PHI = Boolean.getBoolean("warta.derived.rankByPhi");

    private final PhraseTable table;
    private final LanguageModel lm;

    public DerivedWords(PhraseResources resources) {
        this.table = resources.table();
        this.lm = resources.lm();
    }

    @Override
    public void addOptions(ChunkContext chunk) {
        for (int i = 0; i < chunk.size(); i++) {
            String token = chunk.tokens().get(i);
            if (chunk.fixed(i) || NumbersAndSymbols.handles(token) || Names.isName(chunk, i)
                    || !(chunk.singles(i) == null || DICTIONARY_ONLY_TOO && dictionaryOnly(chunk.singles(i)))) {
                continue;
            }
            List<DerivedReadings.Reading> readings = DerivedReadings.readings(chunk.lower().get(i),
                    this::rootTranslations, w -> lm.id(w) != LanguageModel.UNK);
            for (DerivedReadings.Reading r : readings) {
                chunk.add(chunk.option(i, i + 1, r.words(), false).table(r.scores(), PhraseTable.DEFAULT_REORDER)
                        .mark(RuleFeature.MORPHOLOGY));
            }
            if (!readings.isEmpty()) {
                chunk.setDerived(i);
            }
        }
    }

    private static boolean dictionaryOnly(PhraseTable.Option[] options) {
        for (PhraseTable.Option o : options) {
            if (o.scores()[PhraseTable.DICTIONARY_FLAG] == 0) {
                return false;
            }
        }
        return true;
    }

    /** A root's one-word translations: corpus options by phi both ways, then dictionary senses; null if none. */
    private List<DerivedReadings.RootTranslation> rootTranslations(String root) {
        PhraseTable.Option[] options = table.get(root);
        if (options == null) {
            return null;
        }
        List<PhraseTable.Option> corpus = new ArrayList<>();
        List<PhraseTable.Option> dictionary = new ArrayList<>();
        for (PhraseTable.Option o : options) {
            if (o.words().length != 1 || !SourceWords.englishLetters(o.words())
                    || WordLists.ENGLISH_FUNCTION_WORDS.contains(o.words()[0])) {
                continue;
            }
            (o.scores()[PhraseTable.DICTIONARY_FLAG] == 0 ? corpus : dictionary).add(o);
        }
        if (RANK_BY_PHI) {
            corpus.sort((a, b) -> Float.compare(b.scores()[0] + b.scores()[1], a.scores()[0] + a.scores()[1]));
        }
        List<DerivedReadings.RootTranslation> out = new ArrayList<>(corpus.size() + dictionary.size());
        for (PhraseTable.Option o : corpus) {
            out.add(new DerivedReadings.RootTranslation(o.words(), o.scores()));
        }
        for (PhraseTable.Option o : dictionary) {
            out.add(new DerivedReadings.RootTranslation(o.words(), o.scores()));
        }
        return out;
    }
}
