package io.warta.translate.engine.phrase.options;

import io.warta.translate.engine.phrase.ChunkContext;
import io.warta.translate.engine.phrase.OptionSource;
import io.warta.translate.engine.phrase.PhraseResources;
import io.warta.translate.engine.phrase.PhraseTable;
import io.warta.translate.engine.phrase.SourceWords;
import java.util.List;

/**
 * The phrase table's best options for every span of free words (up to the table's longest source phrase), carrying
 * their table scores for the translation-model features ({@code tm.*}). Records each word's
 * single-word entries in the context for the copying stages after it.
 */
public final class TableOptions implements OptionSource {

    private final PhraseTable table;
    private final int optionsPerSpan;

    public TableOptions(PhraseResources resources) {
        this.table = resources.table();
        this.optionsPerSpan = resources.optionsPerSpan();
    }

    @Override
    public void addOptions(ChunkContext chunk) {
        List<String> lower = chunk.lower();
        int n = chunk.size();
        for (int i = 0; i < n; i++) {
            if (chunk.fixed(i)) {
                continue;
            }
            StringBuilder key = new StringBuilder();
            for (int len = 1; len <= Math.min(table.maxSourceLength(), n - i); len++) {
                if (chunk.fixed(i + len - 1)) {
                    break;
                }
                if (len > 1) {
                    key.append(' ');
                }
                key.append(lower.get(i + len - 1));
                PhraseTable.Option[] opts = table.get(key.toString());
                if (opts == null) {
                    continue;
                }
                if (len == 1) {
                    chunk.setSingles(i, opts);
                }
                int limit = Math.min(optionsPerSpan, opts.length);
                for (int k = 0; k < limit; k++) {
                    PhraseTable.Option o = opts[k];
                    if (!SourceWords.englishLetters(o.words())) {
                        continue;
                    }
                    chunk.add(chunk.option(i, i + len, o.words(), false).table(o.scores(), o.reorder()));
                }
            }
        }
    }
}
