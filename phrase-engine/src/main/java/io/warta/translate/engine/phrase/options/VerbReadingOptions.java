package io.warta.translate.engine.phrase.options;

import io.warta.translate.engine.morph.VerbReadings;
import io.warta.translate.engine.phrase.ChunkContext;
import io.warta.translate.engine.phrase.Decoder;
import io.warta.translate.engine.phrase.LanguageModel;
import io.warta.translate.engine.phrase.OptionSource;
import io.warta.translate.engine.phrase.PhraseResources;
import io.warta.translate.engine.phrase.Rendering;
import io.warta.translate.engine.phrase.SourceWords;
import io.warta.translate.engine.phrase.WordLists;
import io.warta.translate.engine.phrase.features.RuleFeature;
import java.util.List;
import java.util.function.Predicate;

/**
 * Each statistical option for a verb form (meN-, ber-, ter-, di-) that starts with a bare English verb also in the
 * past tense, priced by the {@code pastTense} weight, and after sebelum, setelah or tanpa also as a gerund (before
 * meeting), priced like the literal reading. Runs after the sources whose options it reads.
 */
public final class VerbReadingOptions implements OptionSource {

    private final Predicate<String> known;

    public VerbReadingOptions(PhraseResources resources) {
        LanguageModel lm = resources.lm();
        this.known = w -> lm.id(w) != LanguageModel.UNK;
    }

    @Override
    public void addOptions(ChunkContext chunk) {
        List<String> lower = chunk.lower();
        List<Decoder.Option> options = chunk.options();
        int count = options.size();
        for (int i = 0; i < count; i++) {
            Decoder.Option o = options.get(i);
            Rendering r = o.rendering();
            // A source word written as is (a name such as Dee) is no verb.
            if (r.fixedCase() || r.fixedPrefix() > 0 || r.words().length == 0 || !SourceWords.looksVerbal(lower.get(o.start()))
                    || lower.subList(o.start(), o.end()).contains(r.words()[0])) {
                continue;
            }
            String[] past = VerbReadings.past(r.words(), known);
            if (past != null) {
                chunk.add(chunk.option(o.start(), o.end(), past, false).rereading(o.staticScore(), o.features(), o.reorder())
                        .mark(RuleFeature.PAST_TENSE));
            }
            String[] gerund = o.start() > 0 && WordLists.GERUND_AFTER.contains(lower.get(o.start() - 1))
                    ? VerbReadings.gerund(r.words(), known) : null;
            if (gerund != null) {
                chunk.add(chunk.option(o.start(), o.end(), gerund, false).rereading(o.staticScore(), o.features(), o.reorder()));
            }
        }
    }
}
