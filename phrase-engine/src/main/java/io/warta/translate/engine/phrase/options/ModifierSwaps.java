package io.warta.translate.engine.phrase.options;

import io.warta.translate.engine.phrase.ChunkContext;
import io.warta.translate.engine.phrase.OptionSource;
import io.warta.translate.engine.phrase.PhraseResources;
import io.warta.translate.engine.phrase.PhraseTable;
import io.warta.translate.engine.phrase.WordLists;
import io.warta.translate.engine.phrase.features.RuleFeature;
import java.util.Arrays;
import java.util.List;

/**
 * Indonesian noun phrases are head-first: the modifier follows its head (monyet kecil "small monkey", korban banjir
 * "flood victims", kemiskinan global "global poverty"). For a word after a head of one or two words, its one-word
 * English senses also go in front of the head's translation, as one option carrying both phrases' scores and the
 * {@code nounPhraseSwap} weight; the language model decides between that and the literal order. Function words,
 * verb forms, numbers, fixed spans and names are never swapped.
 */
public final class ModifierSwaps implements OptionSource {

    private static final int HEAD_WORDS = 2;
    private static final int MODIFIER_SENSES = 2;
    private static final int HEAD_OPTIONS = 3;

    private final PhraseTable table;

    public ModifierSwaps(PhraseResources resources) {
        this.table = resources.table();
    }

    @Override
    public void addOptions(ChunkContext chunk) {
        List<String> lower = chunk.lower();
        for (int c = 1; c < chunk.size(); c++) {
            if (!chunk.swappable(c) || chunk.placeNameWord(c) != null) {
                continue;
            }
            PhraseTable.Option[] mods = table.get(lower.get(c));
            if (mods == null) {
                continue;
            }
            for (int h = Math.max(0, c - HEAD_WORDS); h < c; h++) {
                boolean ok = true;
                for (int k = h; k < c && ok; k++) {
                    // A name (Putin in a title-case headline) is neither head nor modifier.
                    ok = chunk.swappable(k) && chunk.placeNameWord(k) == null;
                }
                PhraseTable.Option[] heads = ok ? table.get(String.join(" ", lower.subList(h, c))) : null;
                if (heads != null) {
                    addSwaps(chunk, h, c, mods, heads);
                }
            }
        }
    }

    private void addSwaps(ChunkContext chunk, int h, int c, PhraseTable.Option[] mods, PhraseTable.Option[] heads) {
        int modCount = 0;
        for (int m = 0; m < mods.length && modCount < MODIFIER_SENSES; m++) {
            PhraseTable.Option mod = mods[m];
            if (mod.words().length != 1 || WordLists.ENGLISH_FUNCTION_WORDS.contains(mod.words()[0])) {
                continue;
            }
            modCount++;
            for (int k = 0; k < Math.min(HEAD_OPTIONS, heads.length); k++) {
                PhraseTable.Option head = heads[k];
                if (Arrays.asList(head.words()).contains(mod.words()[0])) {
                    continue;
                }
                String[] words = modifierFirst(mod.words()[0], head.words());
                float[] scores = new float[PhraseTable.SCORES];
                for (int f = 0; f < PhraseTable.SCORES; f++) {
                    scores[f] = head.scores()[f] + mod.scores()[f];
                }
                chunk.add(chunk.option(h, c + 1, words, false).mark(RuleFeature.NOUN_PHRASE_SWAP)
                        .table(scores, head.reorder()));
            }
        }
    }

    /** The modifier goes after a leading article or possessive of the head's translation (the big monkey). */
    public static String[] modifierFirst(String modifier, String[] head) {
        int at = head.length > 1 && WordLists.DETERMINERS.contains(head[0]) ? 1 : 0;
        String[] out = new String[head.length + 1];
        System.arraycopy(head, 0, out, 0, at);
        out[at] = modifier;
        System.arraycopy(head, at, out, at + 1, head.length - at);
        return out;
    }
}
