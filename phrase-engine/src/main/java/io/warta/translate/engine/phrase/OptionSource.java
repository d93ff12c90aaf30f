package io.warta.translate.engine.phrase;

/**
 * One stage of the phrase engine: adds translation options for a chunk (phrase-table entries, names copied, a rule's
 * reading, ...), in the manner of a Moses feature function or a Lucene token filter. Sources run in the order
 * {@link PhraseTranslator} lists them and may read what earlier ones recorded in the {@link ChunkContext} (spans
 * fixed, words copied). A source is built once per engine from the {@link PhraseResources} (it reads its weights
 * there, by name) and must be thread-safe: all per-sentence state lives in the context.
 */
public interface OptionSource {

    void addOptions(ChunkContext chunk);
}
