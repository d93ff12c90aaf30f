package io.warta.translate.engine;

import io.warta.translate.engine.lexicon.Gazetteer;
import io.warta.translate.engine.phrase.Casing;
import io.warta.translate.engine.phrase.PhraseModel;
import io.warta.translate.engine.phrase.PhraseTranslator;
import io.warta.translate.engine.text.Detokenizer;
import io.warta.translate.engine.text.Tokenizer;
import java.nio.file.*;
import java.util.*;

/**
 * How consistently the engine renders copied names across the sentences of a dev set (docs/evaluation/translation.md,
 * "Names in an article"): runs of capitalized words that are not gazetteer entries, copied verbatim or not, mid-sentence
 * and at sentence starts. Usage: {@code NameConsistencyReport SHARED_DIR SET...}; prints the counts and up to 15 names
 * copied in some sentences and not in others ([copied, not copied] mid-sentence, then at sentence starts).
 */
public final class NameConsistencyReport {

    private NameConsistencyReport() {
    }

    public static void main(String[] args) throws Exception {
        Path shared = Path.of(args[0]);
        String[] a = java.util.Arrays.copyOfRange(args, 1, args.length);
        PhraseTranslator t = PhraseModel.load(new ModelFiles());
        Gazetteer g = Gazetteer.read(new ModelFiles().open("gazetteer.tsv"));
        Map<String, int[]> byName = new TreeMap<>(); // copied mid, not copied mid, copied start, not copied start
        for (String set : a) {
            for (String src : Files.readAllLines(shared.resolve("data/parallel/dev/" + set + ".id"))) {
                String out = t.translate(src);
                List<String> tok = Tokenizer.tokenizeIndonesian(src);
                List<String> low = Tokenizer.lower(tok);
                boolean[] pos = Casing.capitalizedByPosition(tok, true);
                if (Casing.isTitleCaseHeadline(tok)) continue;
                int i = 0;
                while (i < tok.size()) {
                    Gazetteer.Match m = g.match(tok, low, i);
                    if (m != null) { i += m.length(); continue; }
                    int e = i;
                    while (e < tok.size() && Tokenizer.isCapitalized(tok.get(e)) && !Tokenizer.isNumber(tok.get(e)) && (e == i || g.match(tok, low, e) == null)) e++;
                    if (e == i) { i++; continue; }
                    int s = pos[i] ? i + 1 : i; // drop a sentence-start word from the run
                    boolean start = pos[i];
                    if (s < e) {
                        String name = Detokenizer.detokenize(tok.subList(s, e));
                        boolean copied = containsWords(out, name);
                        int[] c = byName.computeIfAbsent(name, k -> new int[4]);
                        c[(pos[s] ? 2 : 0) + (copied ? 0 : 1)]++;
                    }
                    if (start && e - i == 1) {
                        String name = tok.get(i);
                        boolean copied = containsWords(out, name);
                        int[] c = byName.computeIfAbsent(name, k -> new int[4]);
                        c[2 + (copied ? 0 : 1)]++;
                    }
                    i = e;
                }
            }
        }
        int names = 0, mixedMid = 0, occMid = 0, notMid = 0, mixedAny = 0;
        List<String> examples = new ArrayList<>();
        for (var en : byName.entrySet()) {
            int[] c = en.getValue();
            occMid += c[0] + c[1]; notMid += c[1];
            if (c[0] + c[1] + c[2] + c[3] < 2) continue;
            names++;
            if (c[0] > 0 && c[1] > 0) { mixedMid++; if (examples.size() < 15) examples.add(en.getKey() + " " + Arrays.toString(c)); }
            if ((c[0] + c[2]) > 0 && (c[1] + c[3]) > 0 && c[0] + c[1] > 0) mixedAny++;
        }
        System.out.printf("mid-sentence name occurrences %d, not copied %d; names seen twice or more %d; copied and not copied mid-sentence %d; mixed counting sentence starts %d%n", occMid, notMid, names, mixedMid, mixedAny);
        examples.forEach(System.out::println);
    }

    private static boolean containsWords(String text, String words) {
        for (int at = text.indexOf(words); at >= 0; at = text.indexOf(words, at + 1)) {
            int after = at + words.length();
            if ((at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)))
                    && (after == text.length() || !Character.isLetterOrDigit(text.charAt(after)))) {
                return true;
            }
        }
        return false;
    }
}
