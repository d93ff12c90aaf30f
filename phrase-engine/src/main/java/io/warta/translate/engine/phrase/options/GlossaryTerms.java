package io.warta.translate.engine.phrase.options;

import io.warta.text.glossary.Glossary;
import io.warta.text.glossary.GlossaryEntry;
import io.warta.text.glossary.TermIndex;
import io.warta.translate.engine.phrase.ChunkContext;
import io.warta.translate.engine.phrase.ChunkContext.FixedSpan;
import io.warta.translate.engine.phrase.OptionSource;
import io.warta.translate.engine.text.Tokenizer;

/**
 * The caller's glossary (one request's, unlike every other source): each term found in the chunk, in any case, on
 * token boundaries, also with a clitic on its last word (KPK-nya), becomes the only reading of its words, written
 * exactly as the glossary's English (the DPRK). It runs first, so the rules and the statistics leave those words
 * alone. A clitic is translated as {@link Glossary#render} says: -ku and -mu as "my" and "your", the others dropped.
 * Terms are split by the engine's own tokenizer, so they match as the sentence is split; the lookup is a hashed
 * n-gram lookup bounded by the longest term ({@link TermIndex}), linear in the chunk.
 */
public final class GlossaryTerms implements OptionSource {

    private final TermIndex<GlossaryEntry> terms;

    public GlossaryTerms(Glossary glossary) {
        this.terms = TermIndex.of(glossary.entries(), e -> Tokenizer.lower(Tokenizer.tokenizeIndonesian(e.source())), true);
    }

    public boolean isEmpty() {
        return terms.isEmpty();
    }

    @Override
    public void addOptions(ChunkContext chunk) {
        for (TermIndex.Match<GlossaryEntry> match : terms.find(chunk.lower())) {
            String[] words = Glossary.render(match.term().target(), match.clitic()).split(" ");
            chunk.add(chunk.option(match.start(), match.end(), words, true)); // scored as any phrase of its length
            chunk.fix(new FixedSpan(match.start(), match.end(), words, null));
        }
    }
}
