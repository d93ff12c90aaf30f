package io.warta.gateway.service;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the gateway answers for an article: the English translation, its furniture and the English summaries. */
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(description = "An article in English")
public record ArticleResult(
        @Schema(description = "id for GET /api/v1/articles/{id}; null when the result was not stored (degraded, or the database is down)", example = "3f1c2a9e-6a0b-4d43-9a59-0c2f4b1c7d11") String id,
        @Schema(example = "id") String sourceLanguage,
        @Schema(description = "the title, when the article has one") Passage title,
        Body translation,
        @Schema(description = "standfirst, date line, captions and bylines (names are not translated)") Furniture furniture,
        @Schema(description = "English summaries; null when summary-service could not answer (see degraded)") Summaries summaries,
        @Schema(description = "parts missing because a service behind the gateway failed", example = "[]") List<String> degraded,
        @Schema(description = "why each degraded part is missing: unavailable (its service failed or was too slow), "
                + "article-too-long (the article has more sentences than are summarized), refused (its service "
                + "refused this article)", example = "{}") Map<String, String> degradedReasons,
        @Schema(description = "the engines that made this result") Engines engines,
        @Schema(description = "whether this answer came from the article cache") boolean cached,
        @Schema(description = "the names the article mentions (people, places, organizations, titles) with the English "
                + "the translation gives them, most frequent first; aliases with the same English are one entity "
                + "(Korea Utara and Korut: North Korea); count is how often the name occurs in the title, body and "
                + "furniture. A name is listed only where the translation shows it.") List<Entity> entities) {

    public ArticleResult {
        degraded = List.copyOf(degraded);
        degradedReasons = degradedReasons == null ? Map.of() : Map.copyOf(degradedReasons);
        entities = entities == null ? List.of() : List.copyOf(entities);
    }

    /** Without entities (added with {@link #withEntities}). */
    public ArticleResult(String id, String sourceLanguage, Passage title, Body translation, Furniture furniture,
            Summaries summaries, List<String> degraded, Map<String, String> degradedReasons, Engines engines,
            boolean cached) {
        this(id, sourceLanguage, title, translation, furniture, summaries, degraded, degradedReasons, engines, cached,
                List.of());
    }

    public ArticleResult withCached(boolean isCached) {
        return new ArticleResult(id, sourceLanguage, title, translation, furniture, summaries, degraded, degradedReasons, engines, isCached, entities);
    }

    public ArticleResult withId(String newId) {
        return new ArticleResult(newId, sourceLanguage, title, translation, furniture, summaries, degraded, degradedReasons, engines, cached, entities);
    }

    public ArticleResult withEntities(List<Entity> found) {
        return new ArticleResult(id, sourceLanguage, title, translation, furniture, summaries, degraded, degradedReasons, engines, cached, found);
    }

    /** A name and its English; {@code source} lists its forms in the article (aliases), in order of first use. */
    public record Entity(
            @Schema(example = "[\"Korea Utara\", \"Korut\"]") List<String> source,
            @Schema(example = "North Korea") String translation,
            @Schema(example = "5") int count) {

        public Entity {
            source = source == null ? List.of() : List.copyOf(source);
        }
    }

    /** A piece of source text and its translation. */
    public record Passage(String source, String translation) {
    }

    /** The translated article: the text (paragraphs separated by blank lines) and every sentence. */
    public record Body(String text, List<Segment> segments) {
    }

    public record Segment(String source, String translation,
            @Schema(description = "the engine (id/version) that translated this sentence", example = "builtin/phrase-1-43927d1aea3d") String engine,
            boolean cached,
            @Schema(description = "the engine's confidence in this sentence, 0 to 1 (null for engines without one): a "
                    + "ranking aid to find the sentences most worth checking, not a probability of being right. The "
                    + "built-in engine places its model score per source word in its own score distribution on dev "
                    + "data (0.8: better than about 80% of dev sentences); compare segments of one engine only.",
                    example = "0.62", nullable = true) Double confidence,
            @Schema(description = "translate-service's fidelity warnings on this sentence, whatever the engine: "
                    + "\"number-mismatch\" (a number, amount, date or time of the source has another value or magnitude "
                    + "in the translation), \"untranslated\", \"glossary-miss\" (a term of the article's glossary whose "
                    + "English is not in the translation); empty when none") List<Warning> warnings) {

        public Segment {
            warnings = warnings == null ? List.of() : List.copyOf(warnings);
        }
    }

    public record Warning(
            @Schema(enumeration = {"number-mismatch", "untranslated", "glossary-miss"}, example = "number-mismatch")
            String type,
            @Schema(example = "source has 5000000000; translation has 5000000") String detail) {
    }

    public record Furniture(Passage standfirst, Passage date, List<Passage> captions, List<String> bylines) {
    }

    public record Summaries(
            @Schema(example = "Putin calls Kim Jong-un before meeting Trump") String headline,
            @JsonProperty("short") String shortSummary,
            String standard,
            String detailed,
            List<String> keyPoints) {
    }

    /**
     * Which engines made this result. {@code translation} is the one engine that translated every text, or
     * {@value #MIXED} when a fallback engine took over part of the article; {@code translationEngines} lists each
     * engine that translated something, in order of first use (each segment names its own).
     */
    public record Engines(
            @Schema(description = "the engine that translated every text, or \"mixed\" (see translationEngines)", example = "builtin/phrase-43927d1aea3d") String translation,
            @Schema(description = "every engine that translated part of this result, in order of first use", example = "[\"builtin/phrase-43927d1aea3d\"]") List<String> translationEngines,
            @Schema(example = "ranked-5d0e8a41c2f7-1b2c3d4e") String summary) {

        public static final String MIXED = "mixed";

        public Engines {
            translationEngines = translationEngines == null ? List.of() : List.copyOf(translationEngines);
        }

        /** The engines of a result made by these translation engines (in order of first use) and this summarizer. */
        public static Engines of(List<String> translationEngines, String summary) {
            String translation = translationEngines.isEmpty() ? null
                    : translationEngines.size() == 1 ? translationEngines.get(0) : MIXED;
            return new Engines(translation, translationEngines, summary);
        }
    }
}
