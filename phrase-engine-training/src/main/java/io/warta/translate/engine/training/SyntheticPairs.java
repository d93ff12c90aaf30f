package io.warta.translate.engine.training;

import io.warta.text.morph.CliticSplitter;
import io.warta.translate.engine.phrase.PhraseTranslator;
import io.warta.translate.engine.text.Tokenizer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Lightly-supervised training data (Schwenk 2008; Ueffing et al. 2007): in-domain Indonesian news (IndoSum) translated
 * by the engine itself, as extra sentence pairs for the phrase table only (never for the LM: the engine's English must
 * not teach the LM). Written under target/ ({@code synthetic.id}, {@code synthetic.en}, {@code synthetic.score}: the
 * decoder's score per source token), never committed: the model files built from them are.
 */
public final class SyntheticPairs {

    /** Fewer source tokens than this carry little phrase structure (headlines, "Baca juga :" lines). */
    static final int MIN_TOKENS = 3;
    /** As {@link Corpora#trainingPairs}: the aligner's length limit. */
    static final int MAX_TOKENS = 80;
    /** An output whose words are more than this share copies of source words is a list of names or foreign text. */
    static final double MAX_COPIED_SHARE = 0.5;
    static final String SOURCE_FILE = "synthetic.id";
    static final String TARGET_FILE = "synthetic.en";
    static final String SCORE_FILE = "synthetic.score";
    private static final Pattern SPACE = Pattern.compile("[\\s\\p{Z}\\p{Cc}]+");
    private static final Set<String> CLOSES_QUOTE = Set.of(".", ",", "!", "?", ";");

    private SyntheticPairs() {
    }

    /**
     * A tokenized sentence as running text, so that the engine's own tokenizer reads it as it reads a request: no
     * space before closing punctuation or after opening brackets, paired double quotes, and a slash joined on both
     * sides (27 / 3 → 27/3, one date token for the tokenizer). White space inside a token (IndoSum has tokens with
     * line breaks) becomes one space, so that a sentence stays one line.
     */
    public static String sourceText(List<String> tokens) {
        StringBuilder b = new StringBuilder();
        boolean noSpaceNext = true;
        boolean insideQuote = false;
        String previous = "";
        for (String token : tokens) {
            String t = SPACE.matcher(token).replaceAll(" ").trim();
            if (t.isEmpty()) {
                continue;
            }
            boolean attachLeft;
            boolean attachRight = false;
            switch (t) {
                case "\"" -> {
                    // A quote right after sentence punctuation closes one opened in an earlier sentence.
                    boolean closes = insideQuote || CLOSES_QUOTE.contains(previous);
                    attachLeft = closes;
                    attachRight = !closes;
                    insideQuote = !closes;
                }
                case "(", "[", "{" -> {
                    attachLeft = false;
                    attachRight = true;
                }
                case "/" -> {
                    attachLeft = true;
                    attachRight = true;
                }
                case ".", ",", ";", ":", "!", "?", ")", "]", "}", "%", "..." -> attachLeft = true;
                default -> attachLeft = false;
            }
            if (b.length() > 0 && !noSpaceNext && !attachLeft) {
                b.append(' ');
            }
            b.append(t);
            noSpaceNext = attachRight;
            previous = t;
        }
        return b.toString();
    }

    /** Letters and digits only, lower case, single spaces: what "the same sentence" means for the dev-set check. */
    public static String normalized(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
    }

    /** The normalized source lines of every dev set ({@code data/parallel/dev/*.id}): never used as training data. */
    public static Set<String> devLines(Path shared) throws IOException {
        Set<String> out = new HashSet<>();
        try (var files = Files.list(shared.resolve("data/parallel/dev"))) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".id")).sorted().toList()) {
                for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                    out.add(normalized(line));
                }
            }
        }
        return out;
    }

    /**
     * The sentences worth decoding, as running text, in corpus order: {@value #MIN_TOKENS}-{@value #MAX_TOKENS} tokens,
     * not a dev line, the first occurrence only, and every lower-case word known to the engine after clitic splitting
     * ({@code known}: the phrase table's source words). An unknown word would come back copied and the table would
     * learn it as its own translation.
     */
    public static List<String> candidates(List<List<String>> sentences, Set<String> devLines, Predicate<String> known) {
        List<String> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (List<String> sentence : sentences) {
            String text = sourceText(sentence);
            List<String> tokens = Tokenizer.tokenizeIndonesian(text);
            if (tokens.size() < MIN_TOKENS || tokens.size() > MAX_TOKENS) {
                continue;
            }
            String key = normalized(text);
            if (key.isEmpty() || devLines.contains(key) || !seen.add(key)) {
                continue;
            }
            if (allLowerCaseWordsKnown(tokens, known)) {
                out.add(text);
            }
        }
        return out;
    }

    static boolean allLowerCaseWordsKnown(List<String> tokens, Predicate<String> known) {
        for (String t : CliticSplitter.split(tokens, known, known)) {
            if (Tokenizer.hasLetter(t) && t.equals(Tokenizer.lower(t)) && !Tokenizer.isWebAddress(t) && !known.test(t)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Each source's translation, decoded by {@code threads} threads; the result at index i is source i's whatever
     * thread decoded it (the engine keeps no state between sentences), so the output does not depend on the threads.
     */
    public static PhraseTranslator.Scored[] decode(List<String> sources, Function<String, PhraseTranslator.Scored> engine,
            int threads, long t0) throws InterruptedException {
        PhraseTranslator.Scored[] out = new PhraseTranslator.Scored[sources.size()];
        AtomicInteger next = new AtomicInteger();
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        Runnable work = () -> {
            int i;
            while (failure.get() == null && (i = next.getAndIncrement()) < out.length) {
                try {
                    out[i] = engine.apply(sources.get(i));
                } catch (RuntimeException e) {
                    failure.compareAndSet(null, e);
                }
                if (i > 0 && i % 5000 == 0) {
                    TrainModel.log(t0, "decoded " + i + " of " + out.length);
                }
            }
        };
        Thread[] pool = new Thread[Math.max(1, threads)];
        for (int k = 0; k < pool.length; k++) {
            pool[k] = new Thread(work, "synthetic-" + k);
            pool[k].start();
        }
        for (Thread t : pool) {
            t.join();
        }
        if (failure.get() != null) {
            throw failure.get();
        }
        return out;
    }

    /** Whether more than {@value #MAX_COPIED_SHARE} of the output's words are copies of source words. */
    static boolean mostlyCopied(String source, String output) {
        Set<String> sourceWords = new HashSet<>(Tokenizer.lower(Tokenizer.tokenizeIndonesian(source)));
        int words = 0;
        int copied = 0;
        for (String t : Tokenizer.lower(Tokenizer.tokenizeEnglish(output))) {
            if (Tokenizer.hasLetter(t)) {
                words++;
                copied += sourceWords.contains(t) ? 1 : 0;
            }
        }
        return words == 0 || copied > MAX_COPIED_SHARE * words;
    }

    /**
     * Decodes IndoSum's candidate sentences with {@code engine} and writes the pairs that are not mostly copied to
     * {@code dir}, one line each in the three files, corpus order.
     */
    public static void build(Path shared, Path dir, Function<String, PhraseTranslator.Scored> engine,
            Predicate<String> known, int threads, long t0) throws IOException, InterruptedException {
        List<List<String>> sentences = IndoSum.sentences(shared.resolve("data/summarization/indosum-dev.jsonl"));
        List<String> sources = candidates(sentences, devLines(shared), known);
        TrainModel.log(t0, "IndoSum: " + sentences.size() + " sentences, " + sources.size()
                + " to decode (length, dev lines, duplicates, unknown lower-case words filtered)");
        PhraseTranslator.Scored[] out = decode(sources, engine, threads, t0);
        List<String> id = new ArrayList<>();
        List<String> en = new ArrayList<>();
        List<Double> score = new ArrayList<>();
        for (int i = 0; i < out.length; i++) {
            if (mostlyCopied(sources.get(i), out[i].text())) {
                continue;
            }
            id.add(sources.get(i));
            en.add(out[i].text());
            score.add(out[i].scorePerToken());
        }
        write(dir, id, en, score);
        TrainModel.log(t0, id.size() + " synthetic pairs written to " + dir);
    }

    /** Writes synthetic pairs in the form {@link #read} reads: one line each in the three files, in this order. */
    public static void write(Path dir, List<String> indonesian, List<String> english, List<Double> scorePerToken)
            throws IOException {
        List<String> score = new ArrayList<>();
        for (double s : scorePerToken) {
            score.add(String.format(Locale.ROOT, "%.6f", s));
        }
        Files.createDirectories(dir);
        Files.write(dir.resolve(SOURCE_FILE), indonesian, StandardCharsets.UTF_8);
        Files.write(dir.resolve(TARGET_FILE), english, StandardCharsets.UTF_8);
        Files.write(dir.resolve(SCORE_FILE), score, StandardCharsets.UTF_8);
    }

    /**
     * The synthetic pairs of {@code dir} through {@link Corpora}'s filters: all of them ({@code keepShare} 1), or the
     * share with the best score per source token (ties: corpus order), in corpus order.
     */
    public static List<Corpora.Pair> read(Path dir, double keepShare, int maxLength) throws IOException {
        List<String> id = Files.readAllLines(dir.resolve(SOURCE_FILE), StandardCharsets.UTF_8);
        List<String> en = Files.readAllLines(dir.resolve(TARGET_FILE), StandardCharsets.UTF_8);
        if (keepShare < 1) {
            List<String> score = Files.readAllLines(dir.resolve(SCORE_FILE), StandardCharsets.UTF_8);
            Integer[] order = new Integer[id.size()];
            for (int i = 0; i < order.length; i++) {
                order[i] = i;
            }
            Arrays.sort(order, (a, b) -> {
                int c = Double.compare(Double.parseDouble(score.get(b)), Double.parseDouble(score.get(a)));
                return c != 0 ? c : Integer.compare(a, b);
            });
            int keep = (int) Math.round(keepShare * order.length);
            Integer[] kept = Arrays.copyOf(order, keep);
            Arrays.sort(kept);
            List<String> keptId = new ArrayList<>();
            List<String> keptEn = new ArrayList<>();
            for (int i : kept) {
                keptId.add(id.get(i));
                keptEn.add(en.get(i));
            }
            id = keptId;
            en = keptEn;
        }
        List<Corpora.Pair> out = new ArrayList<>();
        Corpora.addPairs(id, en, maxLength, out);
        return out;
    }
}
