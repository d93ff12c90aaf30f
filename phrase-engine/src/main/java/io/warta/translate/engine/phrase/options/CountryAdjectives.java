package io.warta.translate.engine.phrase.options;

import io.warta.translate.engine.phrase.ChunkContext;
import io.warta.translate.engine.phrase.ChunkContext.FixedSpan;
import io.warta.translate.engine.phrase.OptionSource;
import io.warta.translate.engine.phrase.PhraseResources;
import io.warta.translate.engine.phrase.PhraseTable;
import io.warta.translate.engine.phrase.Rendering;
import io.warta.translate.engine.phrase.SourceWords;
import io.warta.translate.engine.phrase.WordLists;
import io.warta.translate.engine.phrase.features.Candidate;
import io.warta.translate.engine.text.Tokenizer;
import java.util.List;

/**
 * Indonesian puts a country after the noun it modifies (militer Rusia, Presiden Rusia); English puts its adjective
 * first (Russian military, Russian President). For a country from the gazetteer, the fixed span or the one or two
 * words before it become one option with the adjective in front, next to the literal reading.
 */
public final class CountryAdjectives implements OptionSource {

    private static final int HEAD_WORDS = 2;
    private static final int HEAD_OPTIONS = 3;

    private final PhraseTable table;

    public CountryAdjectives(PhraseResources resources) {
        this.table = resources.table();
    }

    @Override
    public void addOptions(ChunkContext chunk) {
        List<String> tokens = chunk.tokens();
        List<String> lower = chunk.lower();
        List<FixedSpan> spans = chunk.fixedSpans();
        for (FixedSpan c : spans) {
            if (c.adjective() == null) {
                continue;
            }
            for (FixedSpan h : spans) {
                if (h.end() == c.start() && h.adjective() == null) {
                    String[] words = SourceWords.concat(c.adjective(), h.words());
                    chunk.add(chunk.option(h.start(), c.end(), words, true));
                }
            }
            for (int h = Math.max(0, c.start() - HEAD_WORDS); h < c.start(); h++) {
                boolean ok = true;
                for (int k = h; k < c.start() && ok; k++) {
                    ok = !chunk.fixed(k) && Tokenizer.hasLetter(tokens.get(k)) && !WordLists.NOT_A_HEAD.contains(lower.get(k))
                            && !SourceWords.looksVerbal(lower.get(k));
                }
                PhraseTable.Option[] opts = ok ? table.get(String.join(" ", lower.subList(h, c.start()))) : null;
                if (opts == null) {
                    continue;
                }
                for (int k = 0; k < Math.min(HEAD_OPTIONS, opts.length); k++) {
                    PhraseTable.Option o = opts[k];
                    String[] words = SourceWords.concat(c.adjective(), o.words());
                    chunk.add(new Candidate(h, c.end(), new Rendering(words, false, c.adjective().length))
                            .table(o.scores(), o.reorder()));
                }
            }
        }
    }
}
