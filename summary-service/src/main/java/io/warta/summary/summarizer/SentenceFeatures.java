package io.warta.summary.summarizer;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The explainable features of each sentence that the ranking weighs: where it stands (news puts
 * the gist first), how central it is in the similarity graph, how much it shares with the first
 * sentence and the title, how long it is, and whether it is direct speech or page boilerplate.
 */
public final class SentenceFeatures {

    /** Feature names, in vector order; the keys of the weights resource. */
    public static final List<String> NAMES = List.of(
            "position.inverse", "position.first", "position.relative",
            "centrality.lexrank", "centrality.centroid", "similarity.first", "title.overlap",
            "length.words", "length.short", "length.relative",
            "quote", "boilerplate", "position.second", "position.third", "length.log");

    static final int LENGTH_CAP = 60;

    /** "Read also" teasers, credits and bylines at the start of a sentence: text of the page, not of the story. */
    private static final Pattern BOILERPLATE_START = Pattern.compile(
            "(?iu)\\W*(?:baca juga|baca pula|lihat juga|simak juga|simak video|saksikan|tonton|klik|ikuti|"
                    + "read more|read also|see also|related|watch|advertisement|sumber\\s*:|editor\\s*:|penulis\\s*:|"
                    + "reporter\\s*:|foto\\s*:|photo\\s*:|copyright|©|photos? by|images? by|image edited by|edited by|illustration by"
                    + "|screenshot|screen shot|foto oleh|diedit oleh|ilustrasi\\s*:|featured image|disclosure\\s*:)");
    /** Links, and script code scraped with the page. */
    private static final Pattern LINK = Pattern.compile(
            "[hH][tT][tT][pP][sS]?\\s*:|[wW]{3}\\s*\\.|\\.com\\s*/|[{}]|CDATA|function\\s*\\(");
    /** An agency credit on its own, such as "( ant / gil )". */
    private static final Pattern CREDIT_ONLY = Pattern.compile("\\W*\\(\\s*\\p{L}{2,5}\\s*/\\s*\\p{L}{2,5}\\s*\\)\\W*");
    private static final Pattern QUOTE = Pattern.compile("[\"“”]");

    private SentenceFeatures() {
    }

    /** One feature vector per sentence, in the order of {@link #NAMES}. */
    public static double[][] compute(DocumentGraph graph) {
        int n = graph.size();
        double[][] x = new double[n][NAMES.size()];
        int maxWords = 1;
        for (int w : graph.wordCounts) {
            maxWords = Math.max(maxWords, Math.min(w, LENGTH_CAP));
        }
        for (int i = 0; i < n; i++) {
            String s = graph.sentences.get(i);
            int words = graph.wordCounts[i];
            double[] f = x[i];
            f[0] = 1.0 / (i + 1);
            f[1] = i == 0 ? 1 : 0;
            f[2] = n <= 1 ? 0 : (double) i / (n - 1);
            f[3] = graph.lexRank[i];
            f[4] = graph.centroidSimilarity[i];
            f[5] = i == 0 ? 1 : graph.similarity[0][i];
            f[6] = graph.titleOverlap[i];
            f[7] = (double) Math.min(words, LENGTH_CAP) / LENGTH_CAP;
            f[8] = words < 8 ? 1 : 0;
            f[9] = (double) Math.min(words, LENGTH_CAP) / maxWords;
            f[10] = QUOTE.matcher(s).find() ? 1 : 0;
            f[11] = isBoilerplate(s) ? 1 : 0;
            f[12] = i == 1 ? 1 : 0;
            f[13] = i == 2 ? 1 : 0;
            f[14] = Math.log(1 + words);
        }
        return x;
    }

    private static boolean hasLetter(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetter(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    static boolean isBoilerplate(String sentence) {
        return !hasLetter(sentence) || BOILERPLATE_START.matcher(sentence).lookingAt() || LINK.matcher(sentence).find()
                || CREDIT_ONLY.matcher(sentence).matches();
    }
}
