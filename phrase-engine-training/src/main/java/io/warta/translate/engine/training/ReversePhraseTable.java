package io.warta.translate.engine.training;

import io.warta.translate.engine.phrase.PhraseTable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The forward (Indonesian → English) phrase table read the other way, for back-translation: each English phrase with
 * the Indonesian phrases it translates, their scores swapped into the same roles (index 0 = p(target | source), now
 * p(id | en); 1 = p(source | target); 2 and 3 the lexical weights likewise; 4 the dictionary flag). Only corpus pairs
 * are kept: dictionary senses carry no probabilities worth reading backwards.
 */
public final class ReversePhraseTable {

    private ReversePhraseTable() {
    }

    /**
     * @param forward the forward table
     * @param perPhrase options kept per English phrase, best by p(id | en) + lexical weight
     * @return lower-case English phrase → options whose {@code words} are Indonesian tokens
     */
    public static PhraseTable invert(PhraseTable forward, int perPhrase) {
        Map<String, List<PhraseTable.Option>> byEnglish = new HashMap<>();
        forward.entries().forEach((indonesian, options) -> {
            String[] idWords = indonesian.split(" ");
            for (PhraseTable.Option o : options) {
                float[] s = o.scores();
                if (s[PhraseTable.DICTIONARY_FLAG] != 0) {
                    continue;
                }
                float[] swapped = {s[1], s[0], s[3], s[2], 0f};
                byEnglish.computeIfAbsent(String.join(" ", o.words()), k -> new ArrayList<>())
                        .add(new PhraseTable.Option(idWords, swapped));
            }
        });
        Comparator<PhraseTable.Option> best = Comparator.<PhraseTable.Option>comparingDouble(o -> -(o.scores()[0] + o.scores()[2]))
                .thenComparing(o -> String.join(" ", o.words()));
        Map<String, PhraseTable.Option[]> out = new HashMap<>();
        byEnglish.forEach((english, options) -> {
            options.sort(best);
            out.put(english, options.subList(0, Math.min(perPhrase, options.size())).toArray(new PhraseTable.Option[0]));
        });
        return new PhraseTable(out);
    }
}
