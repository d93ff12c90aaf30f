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
        // Fixed spans: gazetteer names and place names with a compass point (Jakarta Timur -> East Jakarta) are
        // not left to the statistics, which would otherwise copy them (the LM scores a copied word as <unk>).
        boolean[] fixed = new boolean[n];
        for (int i = 0; i < n;) {
            Gazetteer.Match g = gazetteer.match(tokens, lower, i);
            String[] words = null;
            int len = 0;
            if (g != null) {
                words = g.english().toArray(new String[0]);
                len = g.length();
            } else if (i + 1 < n && Tokenizer.isCapitalized(tokens.get(i)) && DIRECTIONS.containsKey(tokens.get(i + 1))
                    && !DIRECTIONS.containsKey(tokens.get(i))) {
                words = new String[] {DIRECTIONS.get(tokens.get(i + 1)), tokens.get(i)};
                len = 2;
            }
            if (words == null) {
                i++;
                continue;
            }
            options.add(new Decoder.Option(i, i + len, lmIds(words), perPhrase + perWord * words.length, new Rendering(words, true)));
            for (int k = i; k < i + len; k++) {
                fixed[k] = true;
            }
            i += len;
        }
        double[] copyScore = new double[n];
        java.util.Arrays.fill(copyScore, Double.NaN);
        for (int i = 0; i < n; i++) {
            if (fixed[i]) {
                continue;
            }
            boolean singleFound = false;
            PhraseTable.Option[] singles = null;
            StringBuilder key = new StringBuilder();
            for (int len = 1; len <= Math.min(table.maxSourceLength(), n - i); len++) {
                if (fixed[i + len - 1]) {
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
                    singleFound = true;
                    singles = opts;
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
                // A name is usually written as is, even when its lower-case form is also a word; not when the
                // phrase table knows a proper-noun translation (Eropa -> Europe, Selasa -> Tuesday).
                if (!singleFound || !hasProperNoun(singles)) {
                    double score = perPhrase + perWord + weights.get(singleFound ? Weights.COPY_NAME : Weights.UNKNOWN);
                    options.add(copy(i, token, score));
                    copyScore[i] = score;
                }
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
        // Runs of copied names (Heru Bambang Ernanto) also as one block, so reordering cannot split them.
        for (int i = 0; i < n; i++) {
            int j = i;
            double score = 0;
            while (j < n && !Double.isNaN(copyScore[j]) && j - i < Decoder.MAX_WORDS) {
                score += copyScore[j];
                j++;
            }
            if (j - i >= 2) {
                String[] words = tokens.subList(i, j).toArray(new String[0]);
                int[] ids = new int[words.length];
                for (int k = 0; k < words.length; k++) {
                    ids[k] = lm.id(Tokenizer.lower(words[k]));
                }
                options.add(new Decoder.Option(i, j, ids, score - (j - i - 1) * perPhrase, new Rendering(words, true)));
            }
            i = Math.max(i, j - 1);
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

    private boolean hasProperNoun(PhraseTable.Option[] singles) {
        for (int k = 0; k < Math.min(3, singles.length); k++) {
            String[] w = singles[k].words();
            if (w.length == 1 && Character.isUpperCase(truecaser.apply(w[0]).charAt(0))) {
                return true;
            }
        }
        return false;
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
