package io.warta.translate.engine.training;

import io.warta.translate.engine.ModelFiles;
import io.warta.translate.engine.phrase.Decoder;
import io.warta.translate.engine.phrase.LanguageModel;
import io.warta.translate.engine.phrase.PhraseModel;
import io.warta.translate.engine.phrase.PhraseTable;
import io.warta.translate.engine.phrase.Rendering;
import io.warta.translate.engine.phrase.Weights;
import io.warta.translate.engine.phrase.features.Distortion;
import io.warta.translate.engine.phrase.features.LanguageModelScore;
import io.warta.translate.engine.phrase.features.UnknownWordPenalty;
import io.warta.translate.engine.text.Tokenizer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Back-translation (Bojar and Tamchyna 2011 for phrase-based SMT; Sennrich et al. 2016): English news sentences are
 * translated into Indonesian by a reverse model, and the pairs (synthetic Indonesian, real English) join the forward
 * phrase table's training data, so that it learns phrases of real English news. The reverse model is the forward
 * phrase table read backwards ({@link ReversePhraseTable}) with an Indonesian 4-gram LM of the training pairs'
 * Indonesian side and IndoSum's Indonesian news; only the search and its LM, distortion and unknown-word features,
 * none of the forward engine's rules. Deterministic. Not part of train-model.sh: it lowered both held-out halves
 * (docs/evaluation/translation.md, round 5, fifth sitting).
 * Usage: {@code BackTranslation SHARED_DIR OUT_DIR [max-sentences]} with the model files on the classpath; writes the
 * pairs where {@link SyntheticPairs#read} reads them, so {@code TrainModel ... phrases -Dwarta.train.synthetic=OUT_DIR}
 * trains on them (written under target/: derived from a raw corpus, never committed).
 */
public final class BackTranslation {

    static final int MAX_WORDS = 40;
    private static final int OPTIONS_PER_PHRASE = 8;

    private final PhraseTable reverse;
    private final LanguageModel indonesianLm;
    private final Decoder decoder;
    private final double[] tmWeights;
    private final double wordPenalty;
    private final double phrasePenalty;
    private final double copyPenalty;

    /** A reverse model over {@code reverse} and {@code indonesianLm}, weighted like the forward engine's {@code w}. */
    public BackTranslation(PhraseTable reverse, LanguageModel indonesianLm, Weights w) {
        this.reverse = reverse;
        this.indonesianLm = indonesianLm;
        // The reverse table's scores sit in the forward roles (target given source first), so the forward weights fit.
        this.tmWeights = new double[] {w.get("tm.phiEF"), w.get("tm.phiFE"), w.get("tm.lexEF"), w.get("tm.lexFE")};
        this.wordPenalty = w.get("wordPenalty");
        this.phrasePenalty = w.get("phrasePenalty");
        this.copyPenalty = w.get("unknown");
        this.decoder = new Decoder(List.of(new UnknownWordPenalty(w), new LanguageModelScore(indonesianLm, w),
                new Distortion(w)), 10, PhraseModel.DISTORTION_LIMIT);
    }

    /** Indonesian tokens for English tokens (original case; at most {@link Decoder#MAX_WORDS}). */
    public List<String> translate(List<String> english) {
        List<String> lower = Tokenizer.lower(english);
        int n = english.size();
        List<Decoder.Option> options = new ArrayList<>();
        boolean[] covered = new boolean[n];
        for (int i = 0; i < n; i++) {
            StringBuilder key = new StringBuilder();
            for (int len = 1; len <= Math.min(reverse.maxSourceLength(), n - i); len++) {
                if (len > 1) {
                    key.append(' ');
                }
                key.append(lower.get(i + len - 1));
                PhraseTable.Option[] opts = reverse.get(key.toString());
                if (opts == null) {
                    continue;
                }
                if (len == 1) {
                    covered[i] = true;
                }
                for (PhraseTable.Option o : opts) {
                    double s = phrasePenalty + wordPenalty * o.words().length;
                    for (int k = 0; k < tmWeights.length; k++) {
                        s += tmWeights[k] * o.scores()[k];
                    }
                    options.add(new Decoder.Option(i, i + len, lmIds(o.words()), s, PhraseTable.DEFAULT_REORDER,
                            new Rendering(o.words(), false)));
                }
            }
        }
        for (int i = 0; i < n; i++) {
            // Names, numbers and words the table lacks are copied; a copy of a known word only as a last resort.
            String[] word = {english.get(i)};
            double s = phrasePenalty + wordPenalty + (covered[i] ? copyPenalty : 0);
            options.add(new Decoder.Option(i, i + 1, lmIds(new String[] {lower.get(i)}), s, PhraseTable.DEFAULT_REORDER,
                    new Rendering(word, true)));
        }
        List<String> out = new ArrayList<>();
        for (Decoder.Option o : decoder.decode(n, options)) {
            for (String w : o.rendering().words()) {
                // A clitic the table keeps apart (-nya) is written onto its word, as Indonesian text has it.
                if (w.length() > 1 && w.charAt(0) == '-' && Character.isLetter(w.charAt(1)) && !out.isEmpty()) {
                    out.set(out.size() - 1, out.get(out.size() - 1) + w.substring(1));
                } else {
                    out.add(w);
                }
            }
        }
        return out;
    }

    private int[] lmIds(String[] words) {
        int[] ids = new int[words.length];
        for (int k = 0; k < words.length; k++) {
            ids[k] = indonesianLm.id(words[k]);
        }
        return ids;
    }

    /** An Indonesian 4-gram LM of the training pairs' Indonesian side and IndoSum's articles, written to {@code file}. */
    static void buildIndonesianLm(Path shared, Path file) throws IOException {
        KneserNeyBuilder lm = new KneserNeyBuilder(4, 65000, new int[] {1, 1, 2, 3});
        for (Corpora.Pair p : Corpora.trainingPairs(shared, 80)) {
            lm.add(Tokenizer.lower(p.source()));
        }
        for (List<String> sentence : IndoSum.sentences(shared.resolve("data/summarization/indosum-dev.jsonl"))) {
            lm.add(Tokenizer.lower(sentence));
        }
        lm.build(file);
    }

    public static void main(String[] args) throws Exception {
        Path shared = Path.of(args[0]);
        Path out = Path.of(args[1]);
        int max = args.length > 2 ? Integer.parseInt(args[2]) : Integer.MAX_VALUE;
        long t0 = System.nanoTime();
        ModelFiles files = new ModelFiles();
        PhraseTable forward;
        try (InputStream in = files.open("phrase-table.bin.gz")) {
            forward = PhraseTable.read(in);
        }
        Weights weights = Weights.read(files.open("weights.properties"));
        PhraseTable reverse = ReversePhraseTable.invert(forward, OPTIONS_PER_PHRASE);
        TrainModel.log(t0, "reverse table: " + reverse.size() + " English phrases");
        Files.createDirectories(out);
        Path lmFile = out.resolve("indonesian-lm.bin.gz");
        buildIndonesianLm(shared, lmFile);
        LanguageModel lm;
        try (InputStream in = Files.newInputStream(lmFile)) {
            lm = LanguageModel.read(in);
        }
        TrainModel.log(t0, "Indonesian LM: " + lm.entries() + " n-grams");
        List<List<String>> english = englishToTranslate(shared, max);
        TrainModel.log(t0, english.size() + " English sentences to translate");
        BackTranslation bt = new BackTranslation(reverse, lm, weights);
        String[] indonesian = new String[english.size()];
        IntStream.range(0, english.size()).parallel()
                .forEach(i -> indonesian[i] = String.join(" ", bt.translate(english.get(i))));
        List<String> en = new ArrayList<>();
        english.forEach(tokens -> en.add(String.join(" ", tokens)));
        // No model score ranks these pairs: all of them are used (syntheticShare 1).
        SyntheticPairs.write(out, List.of(indonesian), en, java.util.Collections.nCopies(en.size(), 0.0));
        TrainModel.log(t0, "written to " + out);
    }

    /**
     * The monolingual news sentences of 5 to {@link #MAX_WORDS} tokens, in corpus order, leaving out any sentence that
     * is the English of a training pair or of a dev line (neither half may leak into training), each once.
     */
    static List<List<String>> englishToTranslate(Path shared, int max) throws IOException {
        Set<String> seen = new HashSet<>();
        for (Corpora.Pair p : Corpora.trainingPairs(shared, Integer.MAX_VALUE)) {
            seen.add(normalized(p.target()));
        }
        for (String set : new String[] {"news-dev", "general-dev"}) {
            for (String line : Corpora.lines(shared.resolve("data/parallel/dev/" + set + ".en"))) {
                seen.add(normalized(Tokenizer.tokenizeEnglish(line)));
            }
        }
        List<List<String>> out = new ArrayList<>();
        Corpora.monolingualEnglish(shared, tokens -> {
            if (out.size() < max && tokens.size() >= 5 && tokens.size() <= MAX_WORDS && seen.add(normalized(tokens))) {
                out.add(tokens);
            }
        });
        return out;
    }

    private static String normalized(List<String> tokens) {
        return SyntheticPairs.normalized(String.join(" ", tokens));
    }
}
