package io.warta.translate.engine;

import io.warta.text.glossary.Glossary;
import io.warta.text.glossary.GlossaryEntry;
import io.warta.translate.engine.lexicon.Gazetteer;
import io.warta.translate.engine.names.ArticleNames;
import io.warta.translate.engine.names.NameFinder;
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
 * copied in some sentences and not in others ([copied, not copied] mid-sentence, then at sentence starts). With
 * {@code -Dnames.article=N} the sentences first go through the article pass of translate-service's batches
 * ({@link ArticleNames}) in articles of N consecutive sentences (0: the whole set as one article); with
 * {@code -Dnames.out=FILE} the translations are written there, one a line, to score them.
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
        String article = System.getProperty("names.article", "");
        boolean pass = !"false".equals(System.getProperty("names.pass"));
        Map<String, int[]> byArticle = new TreeMap<>(); // article and name: copied mid, not copied mid
        List<String> written = new ArrayList<>();
        for (String set : a) {
            List<String> sources = Files.readAllLines(shared.resolve("data/parallel/dev/" + set + ".id"));
            List<String> outs = new ArrayList<>(sources.stream().map(t::translate).toList());
            int size = article.isEmpty() || Integer.parseInt(article) <= 0 ? sources.size() : Integer.parseInt(article);
            if (!article.isEmpty() && pass) {
                ArticleNames articlePass = new ArticleNames(g);
                int again = 0;
                for (int from = 0; from < sources.size(); from += size) {
                    int to = Math.min(sources.size(), from + size);
                    List<NameFinder.Pair> pairs = new ArrayList<>();
                    for (int k = from; k < to; k++) pairs.add(new NameFinder.Pair(sources.get(k), outs.get(k)));
                    List<List<String>> pins = articlePass.pins(pairs);
                    for (int k = from; k < to; k++) {
                        List<String> names = pins.get(k - from);
                        if (names.isEmpty()) continue;
                        again++;
                        Glossary glossary = Glossary.of(names.stream().map(n -> new GlossaryEntry(n, n)).toList(), Glossary.Limits.DEFAULT);
                        outs.set(k, t.translate(sources.get(k), glossary));
                    }
                }
                System.out.printf("%s: article pass (articles of %s sentences) translated %d sentences again%n", set, article, again);
            }
            written.addAll(outs);
            for (int line = 0; line < sources.size(); line++) {
                String src = sources.get(line);
                String out = outs.get(line);
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
                        if (!pos[s]) byArticle.computeIfAbsent(set + "/" + line / size + "\t" + name, k -> new int[2])[copied ? 0 : 1]++;
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
        String outFile = System.getProperty("names.out", "");
        if (!outFile.isEmpty()) Files.write(Path.of(outFile), written);
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
        int inArticle = 0, mixedInArticle = 0;
        for (int[] c : byArticle.values()) {
            if (c[0] + c[1] < 2) continue;
            inArticle++;
            if (c[0] > 0 && c[1] > 0) mixedInArticle++;
        }
        System.out.printf("within articles (%s sentences): names seen twice or more mid-sentence in one article %d; copied and not copied %d%n",
                article.isEmpty() ? "all" : article, inArticle, mixedInArticle);
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
