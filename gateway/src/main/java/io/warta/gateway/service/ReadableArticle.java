package io.warta.gateway.service;

import java.util.List;

/** Renders an article result as plain text for people: title, summaries, then the full translation. */
public final class ReadableArticle {

    private ReadableArticle() {
    }

    public static String render(ArticleResult article) {
        StringBuilder out = new StringBuilder();
        if (article.title() != null) {
            out.append(article.title().translation()).append('\n')
                    .append("=".repeat(Math.min(80, article.title().translation().length()))).append("\n\n");
        }
        ArticleResult.Furniture furniture = article.furniture();
        if (furniture != null && furniture.date() != null) {
            out.append(furniture.date().translation()).append('\n');
        }
        if (furniture != null && !furniture.bylines().isEmpty()) {
            out.append("By ").append(String.join("; ", furniture.bylines())).append('\n');
        }
        ArticleResult.Summaries summaries = article.summaries();
        if (summaries != null) {
            section(out, "HEADLINE", summaries.headline());
            section(out, "SHORT", summaries.shortSummary());
            section(out, "STANDARD", summaries.standard());
            section(out, "DETAILED", summaries.detailed());
            out.append("\nKEY POINTS\n");
            summaries.keyPoints().forEach(point -> out.append("  • ").append(point).append('\n'));
        } else {
            out.append("\n(summaries unavailable: ").append(String.join(", ", article.degraded())).append(")\n");
        }
        out.append("\nTRANSLATION\n").append(article.translation().text()).append('\n');
        List<ArticleResult.Passage> captions = furniture == null ? List.of() : furniture.captions();
        if (!captions.isEmpty()) {
            out.append("\nPHOTO CAPTIONS\n");
            captions.forEach(caption -> out.append("  ").append(caption.translation()).append('\n'));
        }
        return out.toString();
    }

    private static void section(StringBuilder out, String name, String text) {
        out.append('\n').append(name).append('\n').append(text).append('\n');
    }
}
