package io.warta.summary.summarizer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.warta.text.testing.ProjectFiles;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads IndoSum ({@code indosum-dev.jsonl}): pre-tokenized paragraphs → sentences → tokens, the
 * gold summary, and gold labels marking the extractive gold sentences. Sentences are the tokens
 * joined with spaces (as the scorer sees them); paragraphs are flattened, as the service
 * receives a flat sentence list. The title is the slug of the article's URL (IndoSum keeps no
 * title field), since the service uses the title as a signal.
 */
final class IndoSum {

    private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("[\\s\\u0085\\u2028\\u2029]+");

    static final String DEV = "data/summarization/indosum-dev.jsonl";

    record Article(String id, String title, List<String> sentences, boolean[] gold, String reference) {
    }

    private IndoSum() {
    }

    /** The dev set under ../shared (skips the calling test when absent, fails it under CI=true). */
    static Path devPath() {
        return ProjectFiles.requireShared(DEV);
    }

    static List<Article> read(Path path, int limit) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<Article> articles = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null && articles.size() < limit) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode doc = json.readTree(line);
                List<String> sentences = new ArrayList<>();
                List<Boolean> gold = new ArrayList<>();
                JsonNode paragraphs = doc.get("paragraphs");
                JsonNode labels = doc.get("gold_labels");
                for (int p = 0; p < paragraphs.size(); p++) {
                    for (int s = 0; s < paragraphs.get(p).size(); s++) {
                        sentences.add(join(paragraphs.get(p).get(s)));
                        gold.add(labels.get(p).get(s).asBoolean());
                    }
                }
                StringBuilder reference = new StringBuilder();
                for (JsonNode s : doc.get("summary")) {
                    if (!reference.isEmpty()) {
                        reference.append(' ');
                    }
                    reference.append(join(s));
                }
                boolean[] g = new boolean[gold.size()];
                for (int i = 0; i < g.length; i++) {
                    g[i] = gold.get(i);
                }
                articles.add(new Article(doc.get("id").asText(), title(doc), sentences, g, reference.toString()));
            }
        }
        return articles;
    }

    private static String join(JsonNode tokens) {
        StringBuilder sb = new StringBuilder();
        for (JsonNode t : tokens) {
            if (!sb.isEmpty()) {
                sb.append(' ');
            }
            sb.append(t.asText());
        }
        // A few tokens carry line breaks; one document must stay one line for the scorer.
        return WHITESPACE.matcher(sb).replaceAll(" ").strip();
    }

    /** The URL slug (the last path segment with hyphens), else the id's slug, as words. */
    static String title(JsonNode doc) {
        String slug = null;
        JsonNode url = doc.get("source_url");
        if (url != null) {
            String[] parts = url.asText().split("/");
            for (int i = parts.length - 1; i >= 0 && slug == null; i--) {
                if (parts[i].contains("-") && parts[i].matches("[\\p{L}\\p{N}-]+")) {
                    slug = parts[i].replaceFirst("^\\d+(?:-\\d+)*-", "");
                }
            }
        }
        if (slug == null) {
            slug = doc.get("id").asText().replaceFirst("^\\d+-", "");
        }
        return slug.replace('-', ' ').strip();
    }
}
