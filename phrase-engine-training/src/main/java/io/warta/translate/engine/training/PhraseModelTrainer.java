package io.warta.translate.engine.training;

import io.warta.text.morph.Analysis;
import io.warta.text.morph.CliticSplitter;
import io.warta.text.morph.IndonesianMorphology;
import io.warta.translate.engine.phrase.PhraseTable;
import io.warta.translate.engine.text.Tokenizer;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** Aligns the parallel text, extracts and scores phrases, merges the lexicon, builds the LM and the truecaser. */
public final class PhraseModelTrainer {

    static final int MAX_SOURCE_PHRASE = 5;
    static final int MAX_TARGET_PHRASE = 7;
    static final int OPTIONS_PER_SOURCE = 20;
    static final int MIN_COUNT_MULTIWORD = Integer.getInteger("warta.train.minPhraseCount", 2);
    static final int LEXICON_SENSES = 3;
    static final int MAX_SOURCE_OF_SINGLETON = Integer.getInteger("warta.train.maxSourceOfSingleton", 2);
    static final int MAX_TARGET_OF_SINGLETON = Integer.getInteger("warta.train.maxTargetOfSingleton", 2);
    static final double PHRASE_DISCOUNT = Double.parseDouble(System.getProperty("warta.train.phraseDiscount", "0.5"));
    /** phi(e|f) and phi(f|e): "kn" = Kneser-Ney smoothing (PhraseSmoothing), "absolute" = PHRASE_DISCOUNT alone. */
    static final String PHRASE_SMOOTHING = System.getProperty("warta.train.phraseSmoothing", "kn");
    static final int EM_ITERATIONS = Integer.getInteger("warta.train.emIterations", 5);
    /**
     * Minimum raw counts of the 2-, 3- and 4-grams the LM keeps (unigrams: the whole vocabulary). Round 5's LM
     * rebuild keeps 4-grams seen 3 times (2 before): as good on the dev sets and 20% smaller; keeping every 3- and
     * 4-gram gained 0.05 chrF for a 36 MB file (docs/evaluation/translation.md).
     */
    static final int LM_MIN_COUNT_2 = Integer.getInteger("warta.train.lmMinCount2", 1);
    static final int LM_MIN_COUNT_3 = Integer.getInteger("warta.train.lmMinCount3", 2);
    static final int LM_MIN_COUNT_4 = Integer.getInteger("warta.train.lmMinCount4", 3);
    /** LM vocabulary size (word ids are 16 bits: at most 65,532 words besides <unk>, <s>, </s>). */
    static final int LM_VOCAB = Integer.getInteger("warta.train.lmVocab", 65000);
    /** Which parallel sets' English feeds the LM: "lm" = Corpora.LM_SETS, "round4" = Corpora.ROUND4_LM_SETS. */
    static final String LM_SET_CHOICE = System.getProperty("warta.train.lmSets", "lm");
    /**
     * How many times the parallel sets' English enters the LM's counts (weighting the closer domain over the news;
     * 3 copies raised the dev references' perplexity and lowered chrF: left at 1).
     */
    static final int LM_PARALLEL_COPIES = Integer.getInteger("warta.train.lmParallelCopies", 1);
    /**
     * Whether synthetic pairs (TrainModel's -Dwarta.train.synthetic) count in the word aligners' EM statistics; false:
     * they are aligned by what the corpora teach, and only their phrases are counted.
     */
    static final boolean SYNTHETIC_IN_ALIGNMENT = Boolean.parseBoolean(
            System.getProperty("warta.train.syntheticInAlignment", "true"));
    /** Whether synthetic pairs are extracted into phrases; false: they only shape the alignment of the corpora. */
    static final boolean SYNTHETIC_IN_PHRASES = Boolean.parseBoolean(
            System.getProperty("warta.train.syntheticInPhrases", "true"));
    /** With synthetic pairs: fill up the corpora's table with their new multi-word phrases only ({@link #filledUp}). */
    static final boolean SYNTHETIC_FILL_UP = Boolean.getBoolean("warta.train.syntheticFillUp");
    static final int HMM_ITERATIONS = Integer.getInteger("warta.train.hmmIterations", 0);
    /** Clitics split off words seen fewer times than this, onto roots seen at least this often (CliticSplitter). */
    static final int CLITIC_KEEP_COUNT = Integer.getInteger("warta.train.cliticKeepCount", 5);
    /**
     * Words seen fewer times than this are aligned as their root when IndonesianMorphology finds one seen at least
     * {@link #ALIGN_ROOT_MIN} times and more often than the word (dikoordinasikan as koordinasi); the phrases are
     * still extracted on the words as written. 0 turns it off. Round 5: 5, the clitic splitter's threshold
     * (held-out chrF +0.10 news-dev, +0.03 general-dev; docs/evaluation/translation.md).
     */
    static final int ALIGN_ROOT_BELOW = Integer.getInteger("warta.train.alignRootBelow", 5);
    /** The least count of a root that a rare word is aligned as (default: ALIGN_ROOT_BELOW). */
    static final int ALIGN_ROOT_MIN = Integer.getInteger("warta.train.alignRootMin", ALIGN_ROOT_BELOW);

    private PhraseModelTrainer() {
    }

    /**
     * The phrase table from {@code tablePairs} (all aligned, the first {@code extractedPairs} extracted), the truecaser
     * from {@code truecasePairs} (the corpora alone: synthetic pairs' English is the engine's own casing), and the LM
     * when asked.
     */
    public static void train(Path shared, Path modelDir, List<Corpora.Pair> tablePairs, int extractedPairs,
            List<Corpora.Pair> truecasePairs, Map<String, List<String>> lexicon, long t0, boolean withLanguageModel)
            throws IOException {
        // Synthetic pairs follow the corpora's in tablePairs (TrainModel).
        SortedMap<String, List<PhraseTable.Option>> table = buildPhraseTable(tablePairs, lexicon, t0,
                SYNTHETIC_IN_ALIGNMENT ? tablePairs.size() : truecasePairs.size(),
                SYNTHETIC_IN_PHRASES ? extractedPairs : truecasePairs.size());
        if (SYNTHETIC_FILL_UP && tablePairs.size() > truecasePairs.size()) {
            table = filledUp(buildPhraseTable(truecasePairs, lexicon, t0), table);
            TrainModel.log(t0, "filled up: " + table.size() + " source phrases");
        }
        try (OutputStream out = Files.newOutputStream(modelDir.resolve("phrase-table.bin.gz"))) {
            PhraseTable.write(out, table);
        }
        TrainModel.log(t0, "phrase-table.bin.gz: " + table.size() + " source phrases, "
                + Files.size(modelDir.resolve("phrase-table.bin.gz")) / 1024 + " KiB");
        TruecaserBuilder.build(shared, truecasePairs, modelDir.resolve("truecase.tsv.gz"));
        TrainModel.log(t0, "truecase.tsv.gz written");
        if (!withLanguageModel) {
            return;
        }
        buildLanguageModel(shared, modelDir, t0);
    }

    /**
     * Fill-up (Bisazza et al. 2011): the corpora's table as it is, plus the multi-word source phrases only the table
     * with synthetic pairs has, with that table's options.
     */
    static SortedMap<String, List<PhraseTable.Option>> filledUp(SortedMap<String, List<PhraseTable.Option>> corpora,
            SortedMap<String, List<PhraseTable.Option>> withSynthetic) {
        SortedMap<String, List<PhraseTable.Option>> out = new TreeMap<>(corpora);
        for (Map.Entry<String, List<PhraseTable.Option>> e : withSynthetic.entrySet()) {
            if (e.getKey().indexOf(' ') >= 0 && !corpora.containsKey(e.getKey())) {
                out.put(e.getKey(), e.getValue());
            }
        }
        return out;
    }

    /** Builds lm.bin.gz alone (TrainModel stage "lm"): the English of Corpora.LM_SETS plus the monolingual news. */
    static void buildLanguageModel(Path shared, Path modelDir, long t0) throws IOException {
        KneserNeyBuilder lm = new KneserNeyBuilder(4, LM_VOCAB, new int[] {1, LM_MIN_COUNT_2, LM_MIN_COUNT_3, LM_MIN_COUNT_4});
        String[] sets = LM_SET_CHOICE.equals("round4") ? Corpora.ROUND4_LM_SETS : Corpora.LM_SETS;
        for (int copy = 0; copy < LM_PARALLEL_COPIES; copy++) {
            for (Corpora.Pair p : Corpora.trainingPairs(shared, 80, sets)) {
                lm.add(Tokenizer.lower(p.target()));
            }
        }
        Corpora.monolingualEnglish(shared, tokens -> lm.add(Tokenizer.lower(tokens)));
        TrainModel.log(t0, "LM sentences read (" + sets.length + " parallel sets + monolingual news)");
        lm.build(modelDir.resolve("lm.bin.gz"));
        TrainModel.log(t0, "lm.bin.gz: " + Files.size(modelDir.resolve("lm.bin.gz")) / 1024 + " KiB");
    }

    static SortedMap<String, List<PhraseTable.Option>> buildPhraseTable(List<Corpora.Pair> pairs,
            Map<String, List<String>> lexicon, long t0) {
        return buildPhraseTable(pairs, lexicon, t0, pairs.size(), pairs.size());
    }

    /**
     * As above; the pairs from {@code countedPairs} on are aligned but left out of the aligners' EM counts, and the
     * pairs from {@code extractedPairs} on are aligned but not extracted (nor counted in the lexical weights).
     */
    static SortedMap<String, List<PhraseTable.Option>> buildPhraseTable(List<Corpora.Pair> pairs,
            Map<String, List<String>> lexicon, long t0, int countedPairs, int extractedPairs) {
        Vocabulary sv = new Vocabulary();
        Vocabulary tv = new Vocabulary();
        List<int[]> src = new ArrayList<>();
        List<int[]> tgt = new ArrayList<>();
        Map<String, Integer> sourceCounts = new HashMap<>();
        for (Corpora.Pair p : pairs) {
            for (String w : Tokenizer.lower(p.source())) {
                sourceCounts.merge(w, 1, Integer::sum);
            }
        }
        int split = 0;
        for (Corpora.Pair p : pairs) {
            List<String> source = CLITIC_KEEP_COUNT <= 0 ? p.source() : CliticSplitter.split(p.source(),
                    w -> sourceCounts.getOrDefault(w, 0) >= CLITIC_KEEP_COUNT,
                    r -> r.startsWith(CliticSplitter.MARK) || sourceCounts.getOrDefault(r, 0) >= CLITIC_KEEP_COUNT);
            split += source.size() - p.source().size();
            src.add(ids(sv, Tokenizer.lower(source)));
            tgt.add(ids(tv, Tokenizer.lower(p.target())));
        }
        TrainModel.log(t0, "clitics split off: " + split);
        int realPairs = src.size();
        // Dictionary word pairs as tiny extra sentences: they anchor the alignment of rare words.
        for (Map.Entry<String, List<String>> e : lexicon.entrySet()) {
            if (e.getKey().indexOf(' ') >= 0) {
                continue;
            }
            int k = 0;
            for (String sense : e.getValue()) {
                if (sense.indexOf(' ') < 0 && k < 2) {
                    src.add(new int[] {sv.id(e.getKey())});
                    tgt.add(new int[] {tv.id(Tokenizer.lower(sense))});
                    k++;
                }
            }
        }
        TrainModel.log(t0, "aligning " + realPairs + " pairs + " + (src.size() - realPairs) + " dictionary pairs");
        List<int[]> alignSrc = ALIGN_ROOT_BELOW <= 0 ? src
                : alignedOnRoots(src, sv, sourceCounts, ALIGN_ROOT_BELOW, ALIGN_ROOT_MIN, t0);
        java.util.BitSet uncounted = new java.util.BitSet();
        uncounted.set(countedPairs, realPairs);
        WordAligner forward = new WordAligner(alignSrc, tgt, 4.0, 0.08);
        forward.excludeFromCounts(uncounted);
        forward.train(EM_ITERATIONS, 1);
        forward.trainHmm(HMM_ITERATIONS);
        List<int[]> s2t = HMM_ITERATIONS > 0 ? forward.hmmAlign() : forward.viterbi();
        forward = null;
        TrainModel.log(t0, "source->target aligned");
        WordAligner backward = new WordAligner(tgt, alignSrc, 4.0, 0.08);
        backward.excludeFromCounts(uncounted);
        backward.train(EM_ITERATIONS, 1);
        backward.trainHmm(HMM_ITERATIONS);
        List<int[]> t2s = HMM_ITERATIONS > 0 ? backward.hmmAlign() : backward.viterbi();
        backward = null;
        TrainModel.log(t0, "target->source aligned");

        // Word translation tables from the symmetrized links (Koehn's lexical weighting), NULL = id -1.
        LongIntMap wordPair = new LongIntMap(1 << 20);
        LongIntMap srcWordTotal = new LongIntMap(1 << 16);
        LongIntMap tgtWordTotal = new LongIntMap(1 << 16);
        Vocabulary sp = new Vocabulary();
        Vocabulary tp = new Vocabulary();
        LongIntMap phrasePair = new LongIntMap(1 << 22);
        LongIntMap srcPhraseTotal = new LongIntMap(1 << 20);
        LongIntMap tgtPhraseTotal = new LongIntMap(1 << 20);
        List<int[]> srcPhraseWords = new ArrayList<>();
        List<int[]> tgtPhraseWords = new ArrayList<>();
        // Orientation counts per phrase pair: [previous M, S, D, next M, S, D].
        LongIntMap[] orientation = new LongIntMap[PhraseTable.REORDER_SCORES];
        for (int o = 0; o < orientation.length; o++) {
            orientation[o] = new LongIntMap(1 << 22);
        }
        long[] orientationTotals = new long[PhraseTable.REORDER_SCORES];
        for (int s = 0; s < extractedPairs; s++) {
            int[] f = src.get(s);
            int[] e = tgt.get(s);
            boolean[][] links = Symmetrizer.growDiagFinalAnd(s2t.get(s), t2s.get(s));
            boolean[] tAligned = new boolean[e.length];
            for (int i = 0; i < f.length; i++) {
                boolean any = false;
                for (int j = 0; j < e.length; j++) {
                    if (links[i][j]) {
                        wordPair.add(key(f[i], e[j]), 1);
                        srcWordTotal.add(f[i], 1);
                        tgtWordTotal.add(e[j], 1);
                        any = true;
                        tAligned[j] = true;
                    }
                }
                if (!any) {
                    wordPair.add(key(f[i], -1), 1);
                    srcWordTotal.add(f[i], 1);
                    tgtWordTotal.add(-1, 1);
                }
            }
            for (int j = 0; j < e.length; j++) {
                if (!tAligned[j]) {
                    wordPair.add(key(-1, e[j]), 1);
                    srcWordTotal.add(-1, 1);
                    tgtWordTotal.add(e[j], 1);
                }
            }
            PhraseExtractor.extract(links, f.length, e.length, MAX_SOURCE_PHRASE, MAX_TARGET_PHRASE, (s1, s2, t1, t2) -> {
                int sid = phraseId(sp, srcPhraseWords, sv, f, s1, s2);
                int tid = phraseId(tp, tgtPhraseWords, tv, e, t1, t2);
                long pk = key(sid, tid);
                phrasePair.add(pk, 1);
                srcPhraseTotal.add(sid, 1);
                tgtPhraseTotal.add(tid, 1);
                int previous = previousOrientation(links, f.length, s1, s2, t1);
                int next = nextOrientation(links, f.length, e.length, s1, s2, t2);
                orientation[previous].add(pk, 1);
                orientation[3 + next].add(pk, 1);
                orientationTotals[previous]++;
                orientationTotals[3 + next]++;
            });
        }
        TrainModel.log(t0, "extracted " + phrasePair.size() + " phrase pairs, " + sp.size() + " source phrases");
        double[] orientationPrior = new double[PhraseTable.REORDER_SCORES];
        for (int o = 0; o < 6; o++) {
            long side = orientationTotals[o < 3 ? 0 : 3] + orientationTotals[o < 3 ? 1 : 4] + orientationTotals[o < 3 ? 2 : 5];
            orientationPrior[o] = orientationTotals[o] / (double) side;
        }
        TrainModel.log(t0, String.format(java.util.Locale.ROOT,
                "orientation shares: previous M %.3f S %.3f D %.3f, next M %.3f S %.3f D %.3f", orientationPrior[0],
                orientationPrior[1], orientationPrior[2], orientationPrior[3], orientationPrior[4], orientationPrior[5]));

        SortedMap<String, List<PhraseTable.Option>> table = new TreeMap<>();
        long[] keys = phrasePair.sortedKeys();
        PhraseSmoothing smoothing = PHRASE_SMOOTHING.equals("kn")
                ? PhraseSmoothing.kneserNey(keys, phrasePair, sp.size(), tp.size())
                : PhraseSmoothing.absolute(PHRASE_DISCOUNT);
        TrainModel.log(t0, "phrase smoothing: " + smoothing);
        int i = 0;
        while (i < keys.length) {
            int sid = (int) (keys[i] >> 32);
            int j = i;
            List<PhraseTable.Option> opts = new ArrayList<>();
            List<Double> rank = new ArrayList<>();
            int[] fw = srcPhraseWords.get(sid);
            double cs = srcPhraseTotal.get(sid, 0);
            while (j < keys.length && (int) (keys[j] >> 32) == sid) {
                int tid = (int) keys[j];
                int c = phrasePair.get(keys[j], 0);
                j++;
                int[] ew = tgtPhraseWords.get(tid);
                // Pairs seen once are mostly alignment noise when either side is long (dki -> "is now being
                // investigated"): keep them only for one or two source words with a short translation (two since
                // Kneser-Ney smoothing: its discount of 0.94 for a pair seen once keeps such a pair's phi low).
                if ((fw.length > MAX_SOURCE_OF_SINGLETON || ew.length > MAX_TARGET_OF_SINGLETON) && c < MIN_COUNT_MULTIWORD) {
                    continue;
                }
                // Discounted (a pair seen once no longer claims phi = 1 for a target seen once), and with Kneser-Ney
                // smoothing the discounted mass goes back to each side by how many distinct phrases it pairs with.
                double phiTs = smoothing.probability(c, cs, sid, tid, true);
                double phiSt = smoothing.probability(c, tgtPhraseTotal.get(tid, 0), sid, tid, false);
                double lexTs = lexical(ew, fw, wordPair, srcWordTotal, false);
                double lexSt = lexical(fw, ew, wordPair, tgtWordTotal, true);
                String[] words = new String[ew.length];
                for (int k = 0; k < ew.length; k++) {
                    words[k] = tv.word(ew[k]);
                }
                float[] reorder = new float[PhraseTable.REORDER_SCORES];
                for (int side = 0; side < 6; side += 3) {
                    double total = 0;
                    for (int o = side; o < side + 3; o++) {
                        total += orientation[o].get(keys[j - 1], 0);
                    }
                    // Smoothed towards the corpus-wide shares (Moses' default smoothing of 0.5 per orientation).
                    for (int o = side; o < side + 3; o++) {
                        reorder[o] = (float) Math.log((orientation[o].get(keys[j - 1], 0) + 1.5 * orientationPrior[o])
                                / (total + 1.5));
                    }
                }
                opts.add(new PhraseTable.Option(words, new float[] {(float) Math.log(phiTs), (float) Math.log(phiSt),
                    (float) Math.log(lexTs), (float) Math.log(lexSt), 0}, reorder));
                rank.add(Math.log(phiTs) + 0.5 * Math.log(lexTs));
            }
            i = j;
            if (opts.isEmpty()) {
                continue;
            }
            sortAndTrim(opts, rank);
            table.put(joined(sv, fw), opts);
        }
        // Dictionary senses not seen in the parallel text become options of their own, flagged.
        int added = 0;
        for (Map.Entry<String, List<String>> e : lexicon.entrySet()) {
            List<PhraseTable.Option> opts = table.computeIfAbsent(e.getKey(), k -> new ArrayList<>());
            int r = 0;
            for (String sense : e.getValue()) {
                if (r >= LEXICON_SENSES) {
                    break;
                }
                String[] words = Tokenizer.lower(Tokenizer.tokenizeEnglish(sense)).toArray(new String[0]);
                boolean present = false;
                for (PhraseTable.Option o : opts) {
                    present |= java.util.Arrays.equals(o.words(), words);
                }
                float lp = (float) Math.log(0.5 / (r + 1));
                r++;
                if (!present && opts.size() < 255) {
                    opts.add(new PhraseTable.Option(words, new float[] {lp, lp, lp, lp, 1}));
                    added++;
                }
            }
        }
        TrainModel.log(t0, "dictionary options added: " + added);
        return table;
    }

    /**
     * The source sentences for the aligner, with each word seen fewer than {@code below} times replaced by the first
     * root {@link IndonesianMorphology#analyze} gives that is seen at least {@code rootMin} times and more often than
     * the word (one token for one, so the links fall on the same positions of the sentences as written: the phrases
     * are extracted on the words as written). Rare derived forms then share the statistics of their roots instead of
     * pairing with whatever their few sentences hold. Clitic tokens stay as they are. One pass over the vocabulary
     * (each word's readings are bounded: IndonesianMorphology caps words at 64 letters) and one over the tokens.
     */
    public static List<int[]> alignedOnRoots(List<int[]> src, Vocabulary sv, Map<String, Integer> counts, int below,
            int rootMin, long t0) {
        int[] root = new int[sv.size()];
        int mapped = 0;
        for (int id = 0; id < root.length; id++) {
            root[id] = id;
            String w = sv.word(id);
            int own = counts.getOrDefault(w, 0);
            if (own >= below || w.startsWith(CliticSplitter.MARK)) {
                continue;
            }
            Analysis a = IndonesianMorphology.firstKnown(w,
                    r -> counts.getOrDefault(r, 0) >= rootMin && counts.getOrDefault(r, 0) > own);
            int r = a == null ? -1 : sv.idOrMinus(a.root());
            if (r >= 0) {
                root[id] = r;
                mapped++;
            }
        }
        List<int[]> out = new ArrayList<>(src.size());
        long tokens = 0;
        for (int[] f : src) {
            int[] g = new int[f.length];
            for (int k = 0; k < f.length; k++) {
                g[k] = root[f[k]];
                tokens += g[k] != f[k] ? 1 : 0;
            }
            out.add(g);
        }
        TrainModel.log(t0, "aligned on roots: " + mapped + " word types, " + tokens + " tokens");
        return out;
    }

    /** Word-based orientation of a phrase pair towards the previous target phrase (Koehn et al. 2005). */
    public static int previousOrientation(boolean[][] links, int m, int s1, int s2, int t1) {
        if (t1 == 0) {
            return s1 == 0 ? PhraseTable.MONOTONE : PhraseTable.DISCONTINUOUS;
        }
        if (s1 > 0 && links[s1 - 1][t1 - 1]) {
            return PhraseTable.MONOTONE;
        }
        if (s2 < m && links[s2][t1 - 1]) {
            return PhraseTable.SWAP;
        }
        return PhraseTable.DISCONTINUOUS;
    }

    /** Word-based orientation of a phrase pair towards the next target phrase. */
    public static int nextOrientation(boolean[][] links, int m, int n, int s1, int s2, int t2) {
        if (t2 == n) {
            return s2 == m ? PhraseTable.MONOTONE : PhraseTable.DISCONTINUOUS;
        }
        if (s2 < m && links[s2][t2]) {
            return PhraseTable.MONOTONE;
        }
        if (s1 > 0 && links[s1 - 1][t2]) {
            return PhraseTable.SWAP;
        }
        return PhraseTable.DISCONTINUOUS;
    }

    private static void sortAndTrim(List<PhraseTable.Option> opts, List<Double> rank) {
        Integer[] order = new Integer[opts.size()];
        for (int k = 0; k < order.length; k++) {
            order[k] = k;
        }
        java.util.Arrays.sort(order, (a, b) -> {
            int c = Double.compare(rank.get(b), rank.get(a));
            return c != 0 ? c : String.join(" ", opts.get(a).words()).compareTo(String.join(" ", opts.get(b).words()));
        });
        List<PhraseTable.Option> sorted = new ArrayList<>();
        for (int k = 0; k < Math.min(OPTIONS_PER_SOURCE, order.length); k++) {
            sorted.add(opts.get(order[k]));
        }
        opts.clear();
        opts.addAll(sorted);
    }

    /** Koehn-style lexical weight without the internal alignment: each word averages over the other side plus NULL. */
    private static double lexical(int[] out, int[] given, LongIntMap wordPair, LongIntMap givenTotal, boolean outIsSource) {
        double p = 1;
        for (int o : out) {
            double sum = 0;
            for (int g : given) {
                long k = outIsSource ? key(o, g) : key(g, o);
                double tot = givenTotal.get(g, 0);
                if (tot > 0) {
                    sum += wordPair.get(k, 0) / tot;
                }
            }
            long nk = outIsSource ? key(o, -1) : key(-1, o);
            double nullTot = givenTotal.get(-1, 0);
            double nullP = nullTot > 0 ? wordPair.get(nk, 0) / nullTot : 0;
            p *= Math.max(1e-7, (sum + nullP) / (given.length + 1));
        }
        return p;
    }

    private static long key(int a, int b) {
        return ((long) a << 32) | (b & 0xffffffffL);
    }

    private static int[] ids(Vocabulary v, List<String> tokens) {
        int[] out = new int[tokens.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = v.id(tokens.get(i));
        }
        return out;
    }

    private static int phraseId(Vocabulary phrases, List<int[]> phraseWords, Vocabulary words, int[] sent, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int k = from; k < to; k++) {
            if (k > from) {
                b.append(' ');
            }
            b.append(sent[k]);
        }
        int before = phrases.size();
        int id = phrases.id(b.toString());
        if (id == before) {
            phraseWords.add(java.util.Arrays.copyOfRange(sent, from, to));
        }
        return id;
    }

    private static String joined(Vocabulary v, int[] ids) {
        StringBuilder b = new StringBuilder();
        for (int k = 0; k < ids.length; k++) {
            if (k > 0) {
                b.append(' ');
            }
            b.append(v.word(ids[k]));
        }
        return b.toString();
    }
}
