package io.warta.gateway.service;

import io.warta.gateway.client.SummaryApi.SummaryResult;
import io.warta.gateway.client.TranslationApi.Translation;
import io.warta.problem.ProblemException;
import io.warta.text.Article;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One article from its parsed sentences to the result the gateway answers, without I/O: it says which sentences to
 * translate (each once, as the parser split them: translate-service takes them as they are), takes the translations
 * and summary-service's tiers as they come, and assembles the result. {@link ArticleService} makes the calls around
 * it: {@link #pending} to translate-service and back to {@link #translated}, {@link #bodySentences} to
 * summary-service and back to {@link #summarized} (whose tier texts are then pending), and at last {@link #result}.
 */
final class ArticleAssembly {

    private final Article article;
    private final TranslationBatch batch = new TranslationBatch();
    /** Every answer of translate-service, in order: who translated what (the producers, "mixed"). */
    private final List<Translation> answers = new ArrayList<>();
    private final TranslationBatch.Queued title;
    private final TranslationBatch.Queued standfirst;
    private final TranslationBatch.Queued date;
    private final List<TranslationBatch.Queued> captions;
    /** Per body paragraph, the positions of its sentences' translations. */
    private final List<List<Integer>> paragraphs;
    private final List<Integer> bodySentences;
    /** How many sentences the article itself has (sent first); the summaries' own texts come after them. */
    private final int articleSentences;
    private SummaryResult tiers;
    private SummaryTexts summaryTexts;
    private String summariesMissing = "unavailable";

    private ArticleAssembly(Article article) {
        this.article = article;
        title = batch.addText(article.title());
        standfirst = batch.addText(article.standfirst());
        date = batch.addText(article.date());
        captions = article.captions().stream().map(batch::addText).toList();
        paragraphs = article.body().stream()
                .map(paragraph -> paragraph.sentences().stream().map(batch::addSentence).toList()).toList();
        bodySentences = paragraphs.stream().flatMap(List::stream).toList();
        articleSentences = batch.pending().size();
    }

    /** The assembly of a parsed article; 400 when it has no body, only furniture. */
    static ArticleAssembly of(Article article) {
        if (article.bodySentences().isEmpty()) {
            throw ProblemException.badRequest("the text has no body to translate, only article furniture");
        }
        return new ArticleAssembly(article);
    }

    /** The title summary-service is told (a relevance signal), or null. */
    String title() {
        return article.title();
    }

    /** The body's sentences in order, as summary-service gets them: its tier indices point into this list. */
    List<String> bodySentences() {
        return article.bodySentences();
    }

    /** The sentences to translate now, already split (none once everything is translated). */
    List<String> pending() {
        return batch.pending();
    }

    /** translate-service's answer for {@link #pending}, in its order. */
    void translated(List<Translation> translations) {
        batch.answer(translations);
        answers.addAll(translations);
    }

    /**
     * summary-service's tiers; their own texts (headline, short summary, key points) are then {@link #pending} where
     * they are not body sentences. Tiers whose indices do not point into {@link #bodySentences} are not used (false):
     * the answer is then without summaries, as when summary-service is down.
     */
    boolean summarized(SummaryResult summary) {
        if (!SummaryTexts.pointsInto(summary, bodySentences.size())) {
            return false;
        }
        tiers = summary;
        summaryTexts = SummaryTexts.enqueue(summary, batch);
        return true;
    }

    /** summary-service refused this article: the answer is without summaries, saying why. */
    void summariesRefused(boolean tooLarge) {
        summariesMissing = tooLarge ? "article-too-long" : "refused";
    }

    /** The result from what was translated and summarized; every pending sentence must have been translated. */
    ArticleResult result() {
        if (!pending().isEmpty()) {
            throw new IllegalStateException(pending().size() + " sentences of the article are not translated yet");
        }
        List<ArticleResult.Segment> segments = new ArrayList<>();
        List<String> paragraphsEnglish = new ArrayList<>();
        if (standfirst != null) {
            segments.addAll(batch.segments(standfirst));
            paragraphsEnglish.add(batch.translation(standfirst));
        }
        for (List<Integer> paragraph : paragraphs) {
            paragraph.forEach(position -> segments.addAll(batch.segments(position)));
            paragraphsEnglish.add(String.join(" ", paragraph.stream().map(batch::translation).toList()));
        }
        List<String> bodyEnglish = bodySentences.stream().map(batch::translation).toList();
        ArticleResult.Summaries summaries = summaryTexts == null ? null : summaryTexts.english(batch, bodyEnglish);
        return new ArticleResult(null, "id",
                title == null ? null : batch.passage(title),
                new ArticleResult.Body(String.join("\n\n", paragraphsEnglish), segments),
                new ArticleResult.Furniture(standfirst == null ? null : batch.passage(standfirst),
                        date == null ? null : batch.passage(date), captions.stream().map(batch::passage).toList(),
                        article.bylines()),
                summaries,
                summaries == null ? List.of("summaries") : List.of(),
                summaries == null ? Map.of("summaries", summariesMissing) : Map.of(),
                ArticleResult.Engines.of(EngineVersions.producers(answers), tiers == null ? null : tiers.summarizer()),
                false).withEntities(batch.entities(articleSentences)); // the article's names, not the summaries' repeats
    }
}
