package io.warta.translate.engine.phrase.options;

import io.warta.translate.engine.phrase.ChunkContext;
import io.warta.translate.engine.phrase.OptionSource;
import io.warta.translate.engine.phrase.PhraseResources;
import io.warta.translate.engine.phrase.PhraseTable;
import io.warta.translate.engine.phrase.SourceWords;
import io.warta.translate.engine.phrase.WordLists;
import io.warta.translate.engine.phrase.features.RuleFeature;
import io.warta.translate.engine.text.Tokenizer;
import java.util.List;

/**
 * An office named by its field (Dinas Kesehatan, Suku Dinas Pekerjaan Umum) also gets an option with the field's
 * English first (Health Department, Public Works Sub-Department), priced like a modifier swap; the literal reading
 * stays. The field is one to three capitalized words the phrase table knows as a whole.
 */
public final class InstitutionNames implements OptionSource {

    private static final int MAX_TYPE_WORDS = 2;
    private static final int MAX_FIELD_WORDS = 3;
    private static final int FIELD_OPTIONS = 2;

    private final PhraseTable table;

    public InstitutionNames(PhraseResources resources) {
        this.table = resources.table();
    }

    @Override
    public void addOptions(ChunkContext chunk) {
        List<String> tokens = chunk.tokens();
        List<String> lower = chunk.lower();
        int n = chunk.size();
        for (int i = 0; i < n; i++) {
            int typeLength = 0;
            String[] type = null;
            for (int len = MAX_TYPE_WORDS; len >= 1 && type == null; len--) {
                if (i + len <= n && Tokenizer.isCapitalized(tokens.get(i))) {
                    type = WordLists.INSTITUTION_TYPES.get(String.join(" ", lower.subList(i, i + len)));
                    typeLength = len;
                }
            }
            if (type == null) {
                continue;
            }
            int fieldStart = i + typeLength;
            for (int end = fieldStart + 1; end <= Math.min(n, fieldStart + MAX_FIELD_WORDS); end++) {
                int last = end - 1;
                if (chunk.fixed(last) || !Tokenizer.isCapitalized(tokens.get(last)) || WordLists.NOT_A_HEAD.contains(lower.get(last))) {
                    break;
                }
                PhraseTable.Option[] fields = table.get(String.join(" ", lower.subList(fieldStart, end)));
                if (fields != null) {
                    addFields(chunk, i, end, fields, type);
                }
            }
        }
    }

    private static void addFields(ChunkContext chunk, int start, int end, PhraseTable.Option[] fields, String[] type) {
        for (int k = 0; k < Math.min(FIELD_OPTIONS, fields.length); k++) {
            PhraseTable.Option field = fields[k];
            if (WordLists.ENGLISH_FUNCTION_WORDS.contains(field.words()[0])) {
                continue;
            }
            String[] words = SourceWords.concat(field.words(), type);
            chunk.add(chunk.option(start, end, words, false).mark(RuleFeature.NOUN_PHRASE_SWAP)
                    .table(field.scores(), field.reorder()));
        }
    }
}
