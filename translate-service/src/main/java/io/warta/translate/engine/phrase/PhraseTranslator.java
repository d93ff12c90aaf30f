package io.warta.translate.engine.phrase;

import io.warta.translate.engine.lexicon.Gazetteer;
import io.warta.translate.engine.lexicon.LexiconTranslator;
import io.warta.translate.engine.morph.OovGuesser;
import io.warta.translate.engine.text.Detokenizer;
import io.warta.translate.engine.text.Tokenizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Phrase-based translation of one sentence: tokenize, collect options (gazetteer, phrase table,
 * numbers, morphological guesses for unknown words, names copied), beam search, then truecase and
 * detokenize.
 */
public final class PhraseTranslator {

    /** How an option's words are written out. */
    record Rendering(String[] words, boolean fixedCase) {
    }

    private static final Set<String> LOWER_IN_TITLES = Set.of("of", "the", "and", "in", "for", "a", "an", "to", "on", "at", "'s");

    private static final java.util.Map<String, String> DIRECTIONS = java.util.Map.of(
            "Timur", "East", "Barat", "West", "Utara", "North", "Selatan", "South", "Tengah", "Central",
            "Tenggara", "Southeast");

    private final PhraseTable table;
    private final LanguageModel lm;
    private final Truecaser truecaser;
    private final Gazetteer gazetteer;
    private final Weights weights;
    private final Decoder decoder;
    private final int optionsPerSpan;

    public PhraseTranslator(PhraseTable table, LanguageModel lm, Truecaser truecaser, Gazetteer gazetteer, Weights weights,
            int beam, int distortionLimit, int optionsPerSpan) {
        this.table = table;
        this.lm = lm;
        this.truecaser = truecaser;
        this.gazetteer = gazetteer;
        this.weights = weights;
        this.optionsPerSpan = optionsPerSpan;
        this.decoder = new Decoder(lm, weights.get(Weights.LM), weights.get(Weights.DISTORTION), beam, distortionLimit);
    }

    public PhraseTranslator withWeights(Weights w, int beam, int distortionLimit, int optionsPerSpan) {
        return new PhraseTranslator(table, lm, truecaser, gazetteer, w, beam, distortionLimit, optionsPerSpan);
    }

    public String translate(String sentence) {
        List<String> tokens = Tokenizer.tokenizeIndonesian(sentence);
        List<String> out = new ArrayList<>();
        int start = 0;
        while (start < tokens.size()) {
            int end = chunkEnd(tokens, start);
            out.addAll(translateChunk(tokens.subList(start, end), start == 0));
            start = end;
        }
        return Detokenizer.detokenize(LexiconTranslator.capitalizeFirst(out));
    }

    /** Long sentences are searched in pieces of at most 60 tokens, cut after punctuation where possible. */
    private static int chunkEnd(List<String> tokens, int start) {
        int limit = 60;
        if (tokens.size() - start <= limit) {
            return tokens.size();
        }
        for (int i = start + limit - 1; i > start + limit / 2; i--) {
            String t = tokens.get(i);
            if (t.equals(",") || t.equals(";") || t.equals(":") || t.equals(".")) {
                return i + 1;
            }
        }
        return start + limit;
    }

    List<String> translateChunk(List<String> tokens, boolean sentenceStart) {
        List<String> lower = Tokenizer.lower(tokens);
        int n = tokens.size();
        List<Decoder.Option> options = new ArrayList<>();
        double perPhrase = weights.get(Weights.PHRASE);
        double perWord = weights.get(Weights.WORD);
        for (int i = 0; i < n; i++) {
            Gazetteer.Match g = gazetteer.match(tokens, lower, i);
            if (g != null) {
                String[] words = g.english().toArray(new String[0]);
                options.add(new Decoder.Option(i, i + g.length(), lmIds(words), perPhrase + perWord * words.length,
                        new Rendering(words, true)));
            }
            String direction = i + 1 < n && Tokenizer.isCapitalized(tokens.get(i)) ? DIRECTIONS.get(tokens.get(i + 1)) : null;
            if (direction != null && g == null) {
                // Place names with a compass point: Jakarta Timur -> East Jakarta, Sulawesi Selatan -> South Sulawesi.
                String[] words = {direction, tokens.get(i)};
                options.add(new Decoder.Option(i, i + 2, lmIds(words), perPhrase + perWord * 2, new Rendering(words, true)));
            }
            boolean singleFound = false;
            StringBuilder key = new StringBuilder();
            for (int len = 1; len <= Math.min(table.maxSourceLength(), n - i); len++) {
                if (len > 1) {
                    key.append(' ');
                }
                key.append(lower.get(i + len - 1));
                PhraseTable.Option[] opts = table.get(key.toString());
                if (opts == null) {
                    continue;
                }
                if (len == 1) {
                    singleFound = true;
                }
                int limit = Math.min(optionsPerSpan, opts.length);
                for (int k = 0; k < limit; k++) {
                    PhraseTable.Option o = opts[k];
                    double s = perPhrase + perWord * o.words().length;
                    for (int f = 0; f < PhraseTable.SCORES; f++) {
                        s += weights.get(Weights.TM0 + f) * o.scores()[f];
                    }
                    options.add(new Decoder.Option(i, i + len, lmIds(o.words()), s, new Rendering(o.words(), false)));
                }
            }
            String token = tokens.get(i);
            boolean number = Tokenizer.isNumber(token);
            boolean letters = Tokenizer.hasLetter(token);
            if (number || !letters) {
                if (!singleFound) {
                    String w = number ? Tokenizer.englishNumber(token) : token;
                    options.add(copy(i, w, perPhrase + perWord));
                }
                continue;
            }
            if (Tokenizer.isCapitalized(token) && !(sentenceStart && i == 0)) {
                // A name is usually written as is, even when its lower-case form is also a word.
                options.add(copy(i, token, perPhrase + perWord + weights.get(singleFound ? Weights.COPY_NAME : Weights.UNKNOWN)));
                continue;
            }
            if (!singleFound) {
                String guess = OovGuesser.guess(lower.get(i), root -> {
                    PhraseTable.Option[] o = table.get(root);
                    return o == null ? null : String.join(" ", o[0].words());
                });
                if (guess != null) {
                    String[] words = guess.split(" ");
                    options.add(new Decoder.Option(i, i + 1, lmIds(words),
                            perPhrase + perWord * words.length + weights.get(Weights.MORPH), new Rendering(words, false)));
                }
                options.add(copy(i, token, perPhrase + perWord + weights.get(Weights.UNKNOWN)));
            }
        }
        List<Decoder.Option> best = decoder.decode(n, options);
        List<String> out = new ArrayList<>();
        for (Decoder.Option o : best) {
            Rendering r = (Rendering) o.payload;
            boolean titleCase = !r.fixedCase() && allCapitalized(tokens, o.start(), o.end()) && !(sentenceStart && o.start() == 0);
            for (String w : r.words()) {
                if (r.fixedCase()) {
                    out.add(w);
                } else {
                    String cased = truecaser.apply(w);
                    if (titleCase && !LOWER_IN_TITLES.contains(w)) {
                        cased = Character.toUpperCase(cased.charAt(0)) + cased.substring(1);
                    }
                    out.add(cased);
                }
            }
        }
        return out;
    }

    private Decoder.Option copy(int i, String surface, double score) {
        String[] words = {surface};
        return new Decoder.Option(i, i + 1, new int[] {lm.id(Tokenizer.lower(surface))}, score, new Rendering(words, true));
    }

    private static boolean allCapitalized(List<String> tokens, int start, int end) {
        boolean any = false;
        for (int i = start; i < end; i++) {
            String t = tokens.get(i);
            if (Tokenizer.hasLetter(t)) {
                if (!Tokenizer.isCapitalized(t)) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }

    private int[] lmIds(String[] words) {
        int[] ids = new int[words.length];
        for (int i = 0; i < words.length; i++) {
            ids[i] = lm.id(Tokenizer.lower(words[i]));
        }
        return ids;
    }
}
