package io.warta.summary.summarizer;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The news baseline: the first sentences carry the gist. Used until a ranked summarizer bean is
 * present (it replaces this default bean).
 */
@DefaultBean
@ApplicationScoped
public class LeadSummarizer implements Summarizer {

    @Override
    public String version() {
        return "lead/1";
    }

    @Override
    public Summary summarize(List<String> sentences, String title, String language, TierLengths lengths) {
        int total = sentences.size();
        int standard = lengths.standard().resolve(total);
        int detailed = Math.max(standard, lengths.detailed().resolve(total));
        int points = Math.min(Math.max(3, Math.min(5, lengths.keyPoints().resolve(total))), total);
        Tier shortTier = tier(sentences, 1);
        List<String> items = new ArrayList<>(sentences.subList(0, points));
        return new Summary(language, sentences, firstWords(sentences.get(0), 14), shortTier,
                tier(sentences, standard), tier(sentences, detailed),
                new KeyPoints(items, IntStream.range(0, points).boxed().toList()));
    }

    private static Tier tier(List<String> sentences, int n) {
        return new Tier(String.join(" ", sentences.subList(0, n)), IntStream.range(0, n).boxed().toList());
    }

    private static Tier firstWords(String sentence, int max) {
        String[] words = sentence.split("\\s+");
        String text = words.length <= max ? sentence : String.join(" ", java.util.Arrays.copyOf(words, max));
        return new Tier(text, List.of(0));
    }
}
