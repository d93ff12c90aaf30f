package io.warta.translate.engine.phrase.options;

import io.warta.translate.engine.phrase.ChunkContext;
import io.warta.translate.engine.phrase.OptionSource;
import io.warta.translate.engine.phrase.WordLists;
import io.warta.translate.engine.text.Tokenizer;
import java.util.List;

/**
 * Web addresses written as is; numbers in English notation (2,5 -> 2.5; a bracketed date after a weekday month
 * first: Selasa (12/8/2025) -> Tuesday (8/12/2025)) and symbols as is, unless the phrase table knows the token.
 */
public final class NumbersAndSymbols implements OptionSource {

    /** Tokens this stage writes (web addresses, numbers, tokens without letters): never a name or an unknown word. */
    static boolean handles(String token) {
        return Tokenizer.isWebAddress(token) || Tokenizer.isNumber(token) || !Tokenizer.hasLetter(token);
    }

    @Override
    public void addOptions(ChunkContext chunk) {
        List<String> tokens = chunk.tokens();
        for (int i = 0; i < chunk.size(); i++) {
            String token = tokens.get(i);
            if (chunk.fixed(i) || !handles(token)) {
                continue;
            }
            if (Tokenizer.isWebAddress(token)) {
                chunk.add(chunk.copy(i, token));
            } else if (chunk.singles(i) == null) {
                boolean number = Tokenizer.isNumber(token);
                String w = number ? Tokenizer.englishNumber(token) : token;
                if (number && i >= 2 && tokens.get(i - 1).equals("(") && WordLists.WEEKDAYS.contains(tokens.get(i - 2))) {
                    w = Tokenizer.monthFirstDate(w);
                }
                chunk.add(chunk.copy(i, w));
            }
        }
    }
}
