package io.warta.translate.engine.phrase;

import io.warta.translate.engine.phrase.features.Candidate;
import io.warta.translate.engine.text.Tokenizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * One chunk of a sentence on its way through the stages: its tokens, what the stages found so far (spans fixed by a
 * rule, single-word table entries, names copied) and the options collected for the decoder.
 */
public final class ChunkContext {

    /** A span fixed before the statistics (a gazetteer name, a rule's reading); {@code adjective}: a country's, or null. */
    public record FixedSpan(int start, int end, String[] words, String[] adjective) {
    }

    private final PhraseResources resources;
    private final List<String> tokens;
    private final List<String> lower;
    private final boolean[] startLike;
    private final boolean[] fixed;
    private final List<FixedSpan> fixedSpans = new ArrayList<>();
    private final PhraseTable.Option[][] singles;
    private final double[] copyScore;
    private final double[][] copyFeatures;
    /** Whether options keep their unweighted feature values (for the tuner's n-best lists; off in production). */
    private final boolean featureValues;
    private final List<Decoder.Option> options = new ArrayList<>();

    public ChunkContext(PhraseResources resources, List<String> tokens, boolean sentenceStart) {
        this(resources, tokens, sentenceStart, false);
    }

    /** {@code featureValues}: each option also keeps its unweighted feature values (the tuner's n-best lists). */
    public ChunkContext(PhraseResources resources, List<String> tokens, boolean sentenceStart, boolean featureValues) {
        this.featureValues = featureValues;
        this.resources = resources;
        this.tokens = tokens;
        this.lower = Tokenizer.lower(tokens);
        this.startLike = Casing.capitalizedByPosition(tokens, sentenceStart);
        this.fixed = new boolean[tokens.size()];
        this.singles = new PhraseTable.Option[tokens.size()][];
        this.copyScore = new double[tokens.size()];
        Arrays.fill(copyScore, Double.NaN);
        this.copyFeatures = new double[tokens.size()][];
    }

    public PhraseResources resources() {
        return resources;
    }

    public int size() {
        return tokens.size();
    }

    public List<String> tokens() {
        return tokens;
    }

    public List<String> lower() {
        return lower;
    }

    /** Whether a capital letter here says nothing about a name (sentence start, a title-case headline, ...). */
    public boolean startLike(int i) {
        return startLike[i];
    }

    public boolean fixed(int i) {
        return fixed[i];
    }

    /** Records a span fixed by a rule: later sources leave its words alone. */
    public void fix(FixedSpan span) {
        fixedSpans.add(span);
        for (int k = span.start(); k < span.end(); k++) {
            fixed[k] = true;
        }
    }

    public List<FixedSpan> fixedSpans() {
        return Collections.unmodifiableList(fixedSpans);
    }

    /** The phrase table's options for the single word at i (recorded by {@code TableOptions}), or null. */
    public PhraseTable.Option[] singles(int i) {
        return singles[i];
    }

    public void setSingles(int i, PhraseTable.Option[] options) {
        singles[i] = options;
    }

    /** The score of copying the name at i as is, or NaN when it is not a copied name. */
    public double copyScore(int i) {
        return copyScore[i];
    }

    /** The feature values of copying the name at i (null when not a copied name or not kept). */
    public double[] copyFeatures(int i) {
        return copyFeatures[i];
    }

    /** Records the option copying the name at i: its score and feature values. */
    public void setCopy(int i, Decoder.Option copy) {
        copyScore[i] = copy.staticScore();
        copyFeatures[i] = copy.features();
    }

    /** Scores the candidate by the option features and adds it as an option for the decoder; returns that option. */
    public Decoder.Option add(Candidate candidate) {
        Rendering r = candidate.rendering();
        Decoder.Option option = new Decoder.Option(candidate.start(), candidate.end(), lmIds(r.words()),
                resources.features().score(candidate, this), candidate.reorder(), r,
                featureValues ? resources.features().values(candidate, this) : null);
        options.add(option);
        return option;
    }

    /** The options so far, in the order added (a live, read-only view). */
    public List<Decoder.Option> options() {
        return Collections.unmodifiableList(options);
    }

    /** An option for [start, end) writing these words, truecased ({@code fixedCase} false) or as they are. */
    public Candidate option(int start, int end, String[] words, boolean fixedCase) {
        return new Candidate(start, end, new Rendering(words, fixedCase));
    }

    /** The language model's ids of these English words (lower-cased). */
    public int[] lmIds(String[] words) {
        int[] ids = new int[words.length];
        for (int i = 0; i < words.length; i++) {
            ids[i] = resources.lm().id(Tokenizer.lower(words[i]));
        }
        return ids;
    }

    /** An option writing the word at i as {@code surface}, as is. */
    public Candidate copy(int i, String surface) {
        return option(i, i + 1, new String[] {surface}, true);
    }

    /**
     * A word of a place's name: capitalized, and either unknown to the phrase table, copied by it, or translated as a
     * proper noun (Meksiko -> Mexico); null otherwise.
     */
    public String placeNameWord(int i) {
        String t = tokens.get(i);
        if (!Tokenizer.isCapitalized(t) || WordLists.PLACE_TYPES.containsKey(t) || WordLists.DIRECTIONS.containsKey(t)) {
            return null;
        }
        PhraseTable.Option[] o = resources.table().get(lower.get(i));
        if (o == null || (o[0].words().length == 1 && o[0].words()[0].equals(lower.get(i)))) {
            return t;
        }
        String cased = o[0].words().length == 1 ? resources.truecaser().apply(o[0].words()[0]) : "";
        return !cased.isEmpty() && Character.isUpperCase(cased.charAt(0)) ? cased : null;
    }

    /** A word that may head or modify a noun phrase: a plain lower-case content word, not fixed, not a name. */
    public boolean swappable(int i) {
        String t = tokens.get(i);
        String w = lower.get(i);
        return !fixed[i] && Tokenizer.hasLetter(t) && !Tokenizer.isNumber(t) && !WordLists.NOT_A_HEAD.contains(w)
                && !WordLists.NOT_A_MODIFIER.contains(w) && !SourceWords.looksVerbal(w)
                && !(Tokenizer.isCapitalized(t) && !startLike[i]) && w.chars().allMatch(Character::isLetter);
    }
}
