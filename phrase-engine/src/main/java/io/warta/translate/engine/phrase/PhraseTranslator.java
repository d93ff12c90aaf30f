package io.warta.translate.engine.phrase;

import io.warta.text.Deadline;
import io.warta.text.glossary.Glossary;
import io.warta.text.morph.CliticSplitter;
import io.warta.translate.engine.lexicon.Gazetteer;
import io.warta.translate.engine.lexicon.LexiconTranslator;
import io.warta.translate.engine.phrase.options.CountryAdjectives;
import io.warta.translate.engine.phrase.options.FixedSpans;
import io.warta.translate.engine.phrase.options.GlossaryTerms;
import io.warta.translate.engine.phrase.options.InstitutionNames;
import io.warta.translate.engine.phrase.options.ModifierSwaps;
import io.warta.translate.engine.phrase.options.NameRuns;
import io.warta.translate.engine.phrase.options.Names;
import io.warta.translate.engine.phrase.options.NumbersAndSymbols;
import io.warta.translate.engine.phrase.options.TableOptions;
import io.warta.translate.engine.phrase.options.UnknownWords;
import io.warta.translate.engine.phrase.options.VerbReadingOptions;
import io.warta.translate.engine.text.Detokenizer;
import io.warta.translate.engine.text.Tokenizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Phrase-based translation of one sentence, as a pipeline: tokenize; cut into chunks the search can take; for each
 * chunk let the {@link #sources option sources} add their options in order, decode, and case the result; then
 * title-case a headline, capitalize sentence starts and detokenize. docs/engines/phrase.md shows how to add a stage.
 */
public final class PhraseTranslator {

    /** Long sentences are searched in pieces of at most this many tokens, cut after punctuation where possible. */
    private static final int CHUNK_TOKENS = 60;

    /**
     * A run of at least this many tokens without a letter or digit (markup debris, a line of dashes) is written as it
     * is, never searched: the search spends as long on a punctuation token as on a word, and has nothing to choose.
     */
    static final int SYMBOL_RUN_TOKENS = 8;

    private final PhraseResources resources;
    private final List<OptionSource> sources;
    private final Decoder decoder;
    private final Casing casing;

    public PhraseTranslator(PhraseTable table, LanguageModel lm, Truecaser truecaser, Gazetteer gazetteer, Weights weights,
            int beam, int distortionLimit, int optionsPerSpan) {
        this.resources = new PhraseResources(table, lm, truecaser, gazetteer, weights, optionsPerSpan);
        // The stages, in order: fixed spans first (later sources leave their words alone), then the statistics and
        // the copies, then the rules that read what those found.
        this.sources = List.of(
                new FixedSpans(gazetteer),
                new TableOptions(resources),
                new NumbersAndSymbols(),
                new Names(resources),
                new UnknownWords(resources),
                new NameRuns(),
                new CountryAdjectives(resources),
                new ModifierSwaps(resources),
                new InstitutionNames(resources),
                new VerbReadingOptions(resources));
        this.decoder = new Decoder(resources.features().extension(), beam, distortionLimit);
        this.casing = new Casing(truecaser);
    }

    public PhraseTranslator withWeights(Weights w, int beam, int distortionLimit, int optionsPerSpan) {
        return new PhraseTranslator(resources.table(), resources.lm(), resources.truecaser(), resources.gazetteer(), w,
                beam, distortionLimit, optionsPerSpan);
    }

    public String translate(String sentence) {
        return translateScored(sentence, null).text();
    }

    /** With a request's glossary: its terms are the first stage (see {@link GlossaryTerms}). */
    public String translate(String sentence, Glossary glossary) {
        return translate(sentence, glossary.isEmpty() ? null : new GlossaryTerms(glossary));
    }

    /** With a glossary's terms prepared once for many sentences; null for none. */
    public String translate(String sentence, GlossaryTerms glossary) {
        return translateScored(sentence, glossary).text();
    }

    /** As {@link #translateScored(String, GlossaryTerms)} without a glossary. */
    public Scored translateScored(String sentence) {
        return translateScored(sentence, null);
    }

    /**
     * A sentence's translation and the model's score of it: the best hypotheses' scores (the weighted sum the search
     * maximized) summed over the chunks, per source token, so that long and short sentences compare. Higher is better;
     * {@link ConfidenceCalibration} turns it into a 0-1 rank against the engine's own dev-set distribution. A
     * glossary's terms (null: none) are the first stage.
     */
    public Scored translateScored(String sentence, GlossaryTerms glossary) {
        List<OptionSource> stages = sources;
        if (glossary != null && !glossary.isEmpty()) {
            stages = new ArrayList<>(sources.size() + 1);
            stages.add(glossary);
            stages.addAll(sources);
        }
        List<String> tokens = tokens(sentence);
        List<String> out = new ArrayList<>();
        double[] score = {0};
        forEachPiece(tokens, stages, false, (symbols, chunk) -> {
            if (chunk == null) {
                out.addAll(symbols);
                return;
            }
            Decoder.Result best = decoder.search(chunk.size(), chunk.options());
            out.addAll(casing.render(chunk, best.options()));
            score[0] += best.score();
        });
        return new Scored(text(tokens, out), score[0], tokens.size(), out.size());
    }

    /** The sentence's tokens as the stages read them: clitics split off forms the corpus does not know whole. */
    private List<String> tokens(String sentence) {
        return CliticSplitter.split(Tokenizer.tokenizeIndonesian(sentence), this::corpusKnowsWhole,
                resources.table()::contains);
    }

    /** What is done with each piece of a sentence: a run of symbols written as it is, or a chunk to search. */
    private interface PieceVisitor {
        /** {@code symbols}: a symbol run (then {@code chunk} is null); else {@code chunk} with every stage's options. */
        void visit(List<String> symbols, ChunkContext chunk);
    }

    /**
     * The sentence's pieces in order: runs of symbols, and chunks the search can take with the stages' options
     * collected ({@code featureValues}: options keep their feature values, for the tuner). The request's deadline is
     * checked between pieces.
     */
    private void forEachPiece(List<String> tokens, List<OptionSource> stages, boolean featureValues, PieceVisitor visitor) {
        int start = 0;
        boolean wordsBefore = false;
        while (start < tokens.size()) {
            Deadline.current().check(); // the request's deadline, between the pieces of a long sentence
            int symbols = symbolRun(tokens, start);
            if (symbols >= SYMBOL_RUN_TOKENS) {
                visitor.visit(tokens.subList(start, start + symbols), null);
                start += symbols;
                continue;
            }
            int end = chunkEnd(tokens, start);
            ChunkContext chunk = new ChunkContext(resources, tokens.subList(start, end), !wordsBefore, featureValues);
            wordsBefore = true;
            for (OptionSource source : stages) {
                source.addOptions(chunk);
            }
            visitor.visit(null, chunk);
            start = end;
        }
    }

    /** The sentence's text from its output tokens: a headline title-cased, sentence starts capitalized, detokenized. */
    private static String text(List<String> tokens, List<String> out) {
        if (!tokens.isEmpty() && Casing.isTitleCaseHeadline(tokens)) {
            out = Casing.titleCase(out);
        }
        return Detokenizer.detokenize(Casing.capitalizeSentenceStarts(LexiconTranslator.capitalizeFirst(out)));
    }

    /** A translation of the n-best list: its text, model score and unweighted feature values ({@link Weights#NAMES}). */
    public record Alternative(String text, double score, double[] features) {
    }

    /**
     * For tuning ({@code training.mert.Mert}): up to {@code k} hypotheses of each chunk's final stack, written as
     * {@link #translate} writes the best, each with its feature values (weights times values = score). A sentence of
     * several chunks varies one chunk at a time, the others at their best. Distinct texts only, each with its best
     * score; best first. The first is what {@link #translate} returns.
     */
    public List<Alternative> nBest(String sentence, int k) {
        List<String> names = List.of(Weights.NAMES);
        List<String> tokens = tokens(sentence);
        // Per piece: its renderings (token lists) with score and values; a symbol run has one.
        List<List<List<String>>> renderings = new ArrayList<>();
        List<List<Decoder.Scored>> scored = new ArrayList<>();
        forEachPiece(tokens, sources, true, (symbols, chunk) -> {
            if (chunk == null) {
                renderings.add(List.of(symbols));
                scored.add(List.of(new Decoder.Scored(List.of(), 0, new double[names.size()])));
                return;
            }
            List<Decoder.Scored> hyps = decoder.nBest(chunk.size(), chunk.options(), k, names);
            List<List<String>> r = new ArrayList<>();
            for (Decoder.Scored h : hyps) {
                r.add(casing.render(chunk, h.options()));
            }
            renderings.add(r);
            scored.add(hyps);
        });
        java.util.Map<String, Alternative> byText = new java.util.LinkedHashMap<>();
        for (int piece = 0; piece < Math.max(1, scored.size()); piece++) {
            int alternatives = scored.isEmpty() ? 1 : scored.get(piece).size();
            for (int a = piece == 0 ? 0 : 1; a < alternatives; a++) {
                List<String> out = new ArrayList<>();
                double score = 0;
                double[] values = new double[names.size()];
                for (int p = 0; p < scored.size(); p++) {
                    int pick = p == piece ? a : 0;
                    Decoder.Scored h = scored.get(p).get(pick);
                    out.addAll(renderings.get(p).get(pick));
                    score += h.score();
                    for (int i = 0; i < values.length; i++) {
                        values[i] += h.features()[i];
                    }
                }
                String text = text(tokens, out);
                Alternative old = byText.get(text);
                if (old == null || old.score() < score) {
                    byText.put(text, new Alternative(text, score, values));
                }
            }
        }
        List<Alternative> list = new ArrayList<>(byText.values());
        list.sort((x, y) -> Double.compare(y.score(), x.score()));
        return list;
    }

    /** Whether the phrase table has options from the corpus (not only the dictionary) for this lower-case word. */
    private boolean corpusKnowsWhole(String word) {
        PhraseTable.Option[] options = resources.table().get(word);
        if (options != null) {
            for (PhraseTable.Option o : options) {
                if (o.scores()[PhraseTable.DICTIONARY_FLAG] == 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A translation, its model score (summed over the chunks) and how many tokens it read and wrote. */
    public record Scored(String text, double score, int sourceTokens, int outputTokens) {

        /** The score per source token: what the confidence ranks by; {@code NaN} for a sentence without tokens. */
        public double scorePerToken() {
            return sourceTokens == 0 ? Double.NaN : score / sourceTokens;
        }
    }

    /** The end of the piece searched from {@code start}: at most a chunk, and before a long run of symbols. */
    private static int chunkEnd(List<String> tokens, int start) {
        int limit = Math.min(tokens.size(), start + CHUNK_TOKENS + 1);
        for (int i = start + 1; i < limit; i++) {
            if (!hasLetterOrDigit(tokens.get(i)) && symbolRun(tokens, i) >= SYMBOL_RUN_TOKENS) {
                return i;
            }
        }
        if (tokens.size() - start <= CHUNK_TOKENS) {
            return tokens.size();
        }
        for (int i = start + CHUNK_TOKENS - 1; i > start + CHUNK_TOKENS / 2; i--) {
            String t = tokens.get(i);
            if (t.equals(",") || t.equals(";") || t.equals(":") || t.equals(".")) {
                return i + 1;
            }
        }
        return start + CHUNK_TOKENS;
    }

    /**
     * How many tokens from {@code start} have no letter or digit, counting no further than a long run needs (so that
     * scanning every position of a chunk stays linear).
     */
    private static int symbolRun(List<String> tokens, int start) {
        int end = start;
        while (end < tokens.size() && end - start < SYMBOL_RUN_TOKENS && !hasLetterOrDigit(tokens.get(end))) {
            end++;
        }
        if (end - start < SYMBOL_RUN_TOKENS) {
            return end - start;
        }
        while (end < tokens.size() && !hasLetterOrDigit(tokens.get(end))) {
            end++;
        }
        return end - start;
    }

    private static boolean hasLetterOrDigit(String token) {
        for (int i = 0; i < token.length(); i++) {
            if (Character.isLetterOrDigit(token.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
