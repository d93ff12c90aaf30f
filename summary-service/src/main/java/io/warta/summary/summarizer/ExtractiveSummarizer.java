package io.warta.summary.summarizer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Plain-Java summarizer: ranks the sentences once ({@link SentenceRanker}) and cuts every tier
 * from that ranking. Standard and detailed are prefixes of the ranking, the short summary is its
 * first sentence, so short ⊂ standard ⊂ detailed by construction; the headline and the key points
 * are compressed forms of highly ranked sentences. Thread-safe and deterministic.
 */
public final class ExtractiveSummarizer implements Summarizer {

    public static final int HEADLINE_MAX_WORDS = 14;
    public static final int SHORT_MAX_WORDS = 45;
    public static final int KEY_POINT_MAX_WORDS = 30;
    public static final int KEY_POINTS_MIN = 3;
    public static final int KEY_POINTS_MAX = 5;
    /** Two bullets sharing this share of the shorter one's content terms say the same thing. */
    public static final double NEAR_DUPLICATE_OVERLAP = 0.6;
    /** Headlines and bullets need a statement, not a date line or a two-word caption. */
    public static final int MIN_STATEMENT_WORDS = 5;
    /** Quotes in the first or second person ("Kami akan ...") read oddly as a bullet out of their context. */
    private static final java.util.regex.Pattern PERSONAL_OPENING = java.util.regex.Pattern.compile(
            "(?iu)^[\"“]?\\s*(?:saya|aku|kami|kita|anda|kamu|i|we|you|i'm|we're|we've|i've)\\b");


    /** The component digest (written by the build) of the summarizer's code and resources, part of its version. */
    public static final String COMPONENT = "summarizer";

    private final SentenceRanker ranker;
    private final String version;

    public ExtractiveSummarizer(RankingModel model) {
        this.ranker = new SentenceRanker(model);
        this.version = version(io.warta.digest.ComponentDigest.load(COMPONENT), model);
    }

    /**
     * {@code ranked-<code digest>-<weights>}: derived, never typed. The digest covers the summarizer's classes, the
     * shared text classes and its resources (the committed weights among them); the weights' own fingerprint tells
     * apart rankers built with other weights, as the evaluation tool does.
     */
    public static String version(io.warta.digest.ComponentDigest code, RankingModel model) {
        return "ranked-" + code.shortDigest() + "-" + java.util.UUID.nameUUIDFromBytes(
                model.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString().substring(0, 8);
    }

    @Override
    public String version() {
        return version;
    }

    /** With the committed model from the classpath. */
    public static ExtractiveSummarizer withDefaultModel() {
        return new ExtractiveSummarizer(RankingModel.load());
    }

    public SentenceRanker ranker() {
        return ranker;
    }

    @Override
    public Summary summarize(List<String> sentences, String title, String language, TierLengths lengths) {
        String lang = TextAnalyzer.normalizeLanguage(language);
        TierLengths tierLengths = lengths == null ? TierLengths.DEFAULTS : lengths;
        List<String> input = sentences.stream().map(s -> s == null ? "" : s.strip()).toList();
        if (input.isEmpty()) {
            Tier empty = new Tier("", List.of());
            return new Summary(lang, input, empty, empty, empty, empty, new KeyPoints(List.of(), List.of()));
        }
        SentenceRanker.Ranking ranking = ranker.rank(input, title, lang);
        return tiers(input, lang, ranking, tierLengths);
    }

    /** Builds every tier from a ranking (the evaluation tool calls this with its own rankings). */
    public static Summary tiers(List<String> sentences, String language, SentenceRanker.Ranking ranking, TierLengths lengths) {
        int n = sentences.size();
        int[] order = ranking.order();
        int standardCount = lengths.standard().resolve(n);
        int detailedCount = Math.max(standardCount, lengths.detailed().resolve(n));

        int best = order[0];
        Tier shortSummary = new Tier(shortText(sentences.get(best), language), List.of(best));
        Tier standard = prefixTier(sentences, order, standardCount);
        Tier detailed = prefixTier(sentences, order, detailedCount);
        Tier headline = headline(sentences, language, order);
        KeyPoints keyPoints = keyPoints(sentences, language, order, lengths.keyPoints().resolve(n));
        return new Summary(language, sentences, headline, shortSummary, standard, detailed, keyPoints);
    }

    /** The best sentence as written, less its dateline (page furniture, not content); compressed if too long. */
    private static String shortText(String sentence, String language) {
        String withoutDateline = SentenceCompressor.dropDateline(sentence);
        if (TextAnalyzer.wordCount(withoutDateline) <= SHORT_MAX_WORDS && TextAnalyzer.wordCount(withoutDateline) >= 2) {
            return withoutDateline;
        }
        return SentenceCompressor.fit(sentence, language, SHORT_MAX_WORDS)
                .orElseGet(() -> hardCut(SentenceCompressor.compress(sentence, language), SHORT_MAX_WORDS, true));
    }

    private static Tier prefixTier(List<String> sentences, int[] order, int count) {
        List<Integer> picked = new ArrayList<>();
        for (int r = 0; r < count; r++) {
            picked.add(order[r]);
        }
        picked.sort(null);
        StringBuilder text = new StringBuilder();
        for (int i : picked) {
            if (!text.isEmpty()) {
                text.append(' ');
            }
            text.append(sentences.get(i));
        }
        return new Tier(text.toString(), picked);
    }

    /**
     * The most central sentence compressed to a headline; if it cannot be shortened without
     * cutting a phrase, the next sentence in the ranking is tried.
     */
    private static Tier headline(List<String> sentences, String language, int[] order) {
        io.warta.text.Deadline deadline = io.warta.text.Deadline.current();
        for (int i : order) {
            deadline.check();
            if (SentenceFeatures.isBoilerplate(sentences.get(i))) {
                continue;
            }
            Optional<String> h = SentenceCompressor.headline(sentences.get(i), language, HEADLINE_MAX_WORDS);
            if (h.isPresent() && TextAnalyzer.wordCount(h.get()) >= MIN_STATEMENT_WORDS) {
                return new Tier(h.get(), List.of(i));
            }
        }
        for (int i : order) { // a text of short lines only: the best one that fits
            Optional<String> h = SentenceCompressor.headline(sentences.get(i), language, HEADLINE_MAX_WORDS);
            if (h.isPresent()) {
                return new Tier(h.get(), List.of(i));
            }
        }
        // Every sentence is one long phrase: fall back to the first words of the best one.
        int best = order[0];
        return new Tier(hardCut(SentenceCompressor.compress(sentences.get(best), language), HEADLINE_MAX_WORDS, false),
                List.of(best));
    }

    private static KeyPoints keyPoints(List<String> sentences, String language, int[] order, int wanted) {
        int max = Math.min(KEY_POINTS_MAX, Math.max(KEY_POINTS_MIN, wanted));
        TextAnalyzer analyzer = TextAnalyzer.forLanguage(language);
        List<Integer> picked = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        List<Set<String>> termSets = new ArrayList<>();
        // First statements in the third person; then, if that leaves fewer than three, anything that fits.
        for (boolean strict : new boolean[] {true, false}) {
            for (int i : order) {
                io.warta.text.Deadline.current().check();
                if (picked.size() == max || !strict && picked.size() >= Math.min(KEY_POINTS_MIN, max)) {
                    break;
                }
                String s = sentences.get(i);
                if (picked.contains(i) || SentenceFeatures.isBoilerplate(s)) {
                    continue;
                }
                Optional<String> text = SentenceCompressor.fit(s, language, KEY_POINT_MAX_WORDS);
                if (text.isEmpty() || strict && (TextAnalyzer.wordCount(text.get()) < MIN_STATEMENT_WORDS
                        || PERSONAL_OPENING.matcher(text.get()).find())) {
                    continue;
                }
                Set<String> terms = new HashSet<>(analyzer.terms(text.get()));
                if (terms.isEmpty() || termSets.stream().anyMatch(t -> isNearDuplicate(t, terms))) {
                    continue;
                }
                picked.add(i);
                texts.add(text.get());
                termSets.add(terms);
            }
        }
        // Document order.
        Integer[] idx = new Integer[picked.size()];
        for (int k = 0; k < idx.length; k++) {
            idx[k] = k;
        }
        java.util.Arrays.sort(idx, (a, b) -> Integer.compare(picked.get(a), picked.get(b)));
        List<String> items = new ArrayList<>();
        List<Integer> from = new ArrayList<>();
        for (int k : idx) {
            items.add(texts.get(k));
            from.add(picked.get(k));
        }
        return new KeyPoints(items, from);
    }

    /** Overlap coefficient of content terms: |A ∩ B| / min(|A|, |B|). */
    public static boolean isNearDuplicate(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        Set<String> small = a.size() <= b.size() ? a : b;
        Set<String> large = small == a ? b : a;
        int shared = 0;
        for (String t : small) {
            if (large.contains(t)) {
                shared++;
            }
        }
        return (double) shared / small.size() >= NEAR_DUPLICATE_OVERLAP;
    }

    /** Last resort for a text with no phrase boundary: its first {@code maxWords} words. */
    private static String hardCut(String text, int maxWords, boolean period) {
        String[] tokens = text.strip().split("\\s+");
        StringBuilder sb = new StringBuilder();
        int words = 0;
        for (String t : tokens) {
            boolean isWord = t.chars().anyMatch(Character::isLetterOrDigit);
            if (isWord && words == maxWords) {
                break;
            }
            if (!sb.isEmpty()) {
                sb.append(' ');
            }
            sb.append(t);
            if (isWord) {
                words++;
            }
        }
        String s = SentenceCompressor.trimEnd(sb.toString(), ",;:.!?…", true);
        return period ? s + "." : s;
    }
}
