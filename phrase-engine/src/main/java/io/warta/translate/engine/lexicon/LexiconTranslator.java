package io.warta.translate.engine.lexicon;

import io.warta.text.Deadline;
import io.warta.translate.engine.morph.OovGuesser;
import io.warta.translate.engine.text.Detokenizer;
import io.warta.translate.engine.text.Tokenizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Word-for-word translation: gazetteer, then the longest lexicon phrase, then a morphological guess
 * from a known root, else the word is copied. Names (capitalized words the lexicon does not know)
 * pass through unchanged.
 */
public final class LexiconTranslator {

    private final Lexicon lexicon;
    private final Gazetteer gazetteer;

    public LexiconTranslator(Lexicon lexicon, Gazetteer gazetteer) {
        this.lexicon = lexicon;
        this.gazetteer = gazetteer;
    }

    public String translate(String sentence) {
        return Detokenizer.detokenize(capitalizeFirst(translateTokens(Tokenizer.tokenizeIndonesian(sentence))));
    }

    public List<String> translateTokens(List<String> tokens) {
        List<String> lower = Tokenizer.lower(tokens);
        List<String> out = new ArrayList<>();
        int i = 0;
        Deadline deadline = Deadline.current();
        while (i < tokens.size()) {
            if ((i & 255) == 0) {
                deadline.check();
            }
            Gazetteer.Match g = gazetteer.match(tokens, lower, i);
            if (g != null) {
                out.addAll(g.english());
                i += g.length();
                continue;
            }
            String token = tokens.get(i);
            if (Tokenizer.isNumber(token)) {
                out.add(Tokenizer.englishNumber(token));
                i++;
                continue;
            }
            int matched = 0;
            for (int n = Math.min(lexicon.maxSourceTokens(), tokens.size() - i); n >= 1 && matched == 0; n--) {
                String key = String.join(" ", lower.subList(i, i + n));
                String[] senses = lexicon.senses(key);
                if (senses != null && senses.length > 0) {
                    boolean name = Tokenizer.isCapitalized(token) && i > 0;
                    for (String w : senses[0].split(" ")) {
                        out.add(name ? capitalize(w) : w);
                    }
                    matched = n;
                }
            }
            if (matched > 0) {
                i += matched;
                continue;
            }
            String guess = Tokenizer.isCapitalized(token) || !Tokenizer.hasLetter(token) ? null
                    : OovGuesser.guess(lower.get(i), root -> {
                        String[] s = lexicon.senses(root);
                        return s == null ? null : s[0];
                    });
            if (guess != null) {
                for (String w : guess.split(" ")) {
                    out.add(w);
                }
            } else {
                out.add(token);
            }
            i++;
        }
        return out;
    }

    static String capitalize(String w) {
        if (w.isEmpty() || !Character.isLowerCase(w.charAt(0))) {
            return w;
        }
        return Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }

    /** Upper-cases the first word's first letter, skipping leading quotes and brackets. */
    public static List<String> capitalizeFirst(List<String> tokens) {
        List<String> out = new ArrayList<>(tokens);
        for (int i = 0; i < out.size(); i++) {
            if (Tokenizer.hasLetter(out.get(i))) {
                out.set(i, capitalize(out.get(i)));
                break;
            }
        }
        return out;
    }
}
