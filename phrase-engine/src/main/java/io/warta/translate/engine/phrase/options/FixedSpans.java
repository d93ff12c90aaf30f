package io.warta.translate.engine.phrase.options;

import io.warta.translate.engine.lexicon.Gazetteer;
import io.warta.translate.engine.morph.ReportingVerbs;
import io.warta.translate.engine.phrase.ChunkContext;
import io.warta.translate.engine.phrase.ChunkContext.FixedSpan;
import io.warta.translate.engine.phrase.OptionSource;
import io.warta.translate.engine.phrase.SourceWords;
import io.warta.translate.engine.phrase.WordLists;
import io.warta.translate.engine.text.Tokenizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Spans not left to the statistics, which would otherwise copy them (the LM scores a copied word as {@code <unk>}):
 * attribution verbs (tandasnya, he stressed; dikatakan Sukesti, Sukesti said), gazetteer names, places with a compass
 * point (Jakarta Timur, East Jakarta), streets (Jl Taman Aries Utama, as is) and administrative units (Kecamatan
 * Kramatjati, Kramatjati Sub-District). Each becomes the only reading of its words; the first that matches at a word
 * wins, in that order.
 */
public final class FixedSpans implements OptionSource {

    private static final int MAX_STREET_WORDS = 5;
    private static final int MAX_PLACE_NAME_WORDS = 3;

    private final Gazetteer gazetteer;

    public FixedSpans(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    @Override
    public void addOptions(ChunkContext chunk) {
        List<String> tokens = chunk.tokens();
        List<String> lower = chunk.lower();
        int n = chunk.size();
        for (int i = 0; i < n;) {
            String[] attribution = ReportingVerbs.attribution(tokens, lower, i);
            ReportingVerbs.Span passive = attribution == null ? ReportingVerbs.passiveAttribution(tokens, lower, i) : null;
            Gazetteer.Match g = attribution == null && passive == null ? gazetteer.match(tokens, lower, i) : null;
            String[] words = null;
            int len = 0;
            if (attribution != null) {
                words = attribution;
                len = 1;
            } else if (passive != null) {
                words = passive.words();
                len = passive.length();
            } else if (g != null) {
                words = g.english().toArray(new String[0]);
                len = g.length();
            } else if (i + 1 < n && Tokenizer.isCapitalized(tokens.get(i)) && WordLists.DIRECTIONS.containsKey(tokens.get(i + 1))
                    && !WordLists.DIRECTIONS.containsKey(tokens.get(i))) {
                words = new String[] {WordLists.DIRECTIONS.get(tokens.get(i + 1)), tokens.get(i)};
                len = 2;
            }
            if (words == null) {
                words = street(chunk, i);
                len = words == null ? 0 : words.length;
            }
            int placeEnd = words == null ? placeEnd(chunk, i) : -1;
            if (placeEnd > 0) {
                words = SourceWords.concat(placeName(chunk, i + 1, placeEnd), WordLists.PLACE_TYPES.get(tokens.get(i)));
                len = placeEnd - i;
            }
            if (words == null) {
                i++;
                continue;
            }
            chunk.add(chunk.option(i, i + len, words, true));
            chunk.fix(new FixedSpan(i, i + len, words,
                    g != null && g.adjective() != null ? g.adjective().toArray(new String[0]) : null));
            i += len;
        }
    }

    /** A street prefix and up to five capitalized words of the street's name, as written; null if none. */
    private static String[] street(ChunkContext chunk, int i) {
        List<String> tokens = chunk.tokens();
        if (!WordLists.STREET_PREFIXES.contains(tokens.get(i))) {
            return null;
        }
        int end = i + 1;
        while (end < chunk.size() && end - i <= MAX_STREET_WORDS && Tokenizer.isCapitalized(tokens.get(end))
                && !chunk.startLike(end)) {
            end++;
        }
        return end > i + 1 ? tokens.subList(i, end).toArray(new String[0]) : null;
    }

    /** Where an administrative unit's span (unit and up to three name words) ends, or -1 when this is none. */
    private static int placeEnd(ChunkContext chunk, int i) {
        if (!WordLists.PLACE_TYPES.containsKey(chunk.tokens().get(i))) {
            return -1;
        }
        int end = i + 1;
        while (end < chunk.size() && end - i - 1 < MAX_PLACE_NAME_WORDS && chunk.placeNameWord(end) != null) {
            end++;
        }
        boolean named = end > i + 1;
        return named && (end >= chunk.size() || !WordLists.DIRECTIONS.containsKey(chunk.tokens().get(end))) ? end : -1;
    }

    private static String[] placeName(ChunkContext chunk, int start, int end) {
        List<String> name = new ArrayList<>();
        for (int k = start; k < end; k++) {
            name.add(chunk.placeNameWord(k));
        }
        return name.toArray(new String[0]);
    }
}
