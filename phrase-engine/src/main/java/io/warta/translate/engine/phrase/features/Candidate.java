package io.warta.translate.engine.phrase.features;

import io.warta.translate.engine.phrase.PhraseTable;
import io.warta.translate.engine.phrase.Rendering;

/**
 * An option as an option source describes it, before the {@link OptionFeature}s score it: its source span, its
 * English ({@link Rendering}), the phrase-table scores it carries (or none), and the rules that made it (marks named
 * like their features: {@code copyName}, {@code nounPhraseSwap}, ...). An option made from options already scored (a
 * run of names, another reading of a verb) starts from their score and counts only what it adds.
 */
public final class Candidate {

    private static final String[] NO_MARKS = {};

    private final int start;
    private final int end;
    private final Rendering rendering;
    private float[] tableScores;
    private float[] reorder = PhraseTable.DEFAULT_REORDER;
    private String[] marks = NO_MARKS;
    private double base;
    private double[] baseFeatures;
    private int phrases = 1;
    private int countedWords;

    public Candidate(int start, int end, Rendering rendering) {
        this.start = start;
        this.end = end;
        this.rendering = rendering;
        this.countedWords = rendering.words().length;
    }

    /** The phrase-table scores ({@code tm.*}) and orientation scores this option carries. */
    public Candidate table(float[] scores, float[] reorder) {
        this.tableScores = scores;
        this.reorder = reorder;
        return this;
    }

    /** Marks the option as made by the rule so named; the feature of that name prices it. */
    public Candidate mark(String rule) {
        String[] m = new String[marks.length + 1];
        System.arraycopy(marks, 0, m, 0, marks.length);
        m[marks.length] = rule;
        this.marks = m;
        return this;
    }

    /**
     * An option made of {@code parts} options already scored ({@code partsScore} together): it pays the phrase
     * penalty once instead of {@code parts} times, and nothing more per word.
     */
    public Candidate combining(double partsScore, int parts) {
        return combining(partsScore, null, parts);
    }

    /** As {@link #combining(double, int)}, with the parts' summed feature values (null where none were kept). */
    public Candidate combining(double partsScore, double[] partsFeatures, int parts) {
        this.base = partsScore;
        this.baseFeatures = partsFeatures;
        this.phrases = 1 - parts;
        this.countedWords = 0;
        return this;
    }

    /** Another reading of an option already scored, of as many words: priced like it, plus what is marked. */
    public Candidate rereading(double score, float[] reorder) {
        return rereading(score, null, reorder);
    }

    /** As {@link #rereading(double, float[])}, with the feature values of the option reread (null where none). */
    public Candidate rereading(double score, double[] features, float[] reorder) {
        this.base = score;
        this.baseFeatures = features;
        this.reorder = reorder;
        this.phrases = 0;
        this.countedWords = 0;
        return this;
    }

    public int start() {
        return start;
    }

    public int end() {
        return end;
    }

    public Rendering rendering() {
        return rendering;
    }

    /** The phrase table's scores (in {@link PhraseTable} order), or null for an option not from the table. */
    public float[] tableScores() {
        return tableScores;
    }

    public float[] reorder() {
        return reorder;
    }

    public boolean marked(String rule) {
        for (String m : marks) {
            if (m.equals(rule)) {
                return true;
            }
        }
        return false;
    }

    /** Where the feature scores start: 0, or the score of the options this one is made of. */
    public double base() {
        return base;
    }

    /** The feature values of the options this one is made of ({@link #base}'s vector), or null. */
    public double[] baseFeatures() {
        return baseFeatures;
    }

    /** Phrases this option adds (1; 0 for another reading; fewer for one made of several). */
    public int phrases() {
        return phrases;
    }

    /** English words this option adds for the word penalty. */
    public int countedWords() {
        return countedWords;
    }
}
