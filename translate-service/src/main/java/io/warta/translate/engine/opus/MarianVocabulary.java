package io.warta.translate.engine.opus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Marian's {@code vocab.json}: one piece → id table shared by source and target. SentencePiece only
 * segments; the model's ids come from here, and a piece missing from it is {@code <unk>}.
 */
public final class MarianVocabulary {

    public static final String EOS = "</s>";
    public static final String UNKNOWN = "<unk>";
    public static final String PAD = "<pad>";

    private final Map<String, Integer> ids;
    private final String[] pieces;
    private final int eosId;
    private final int unknownId;
    private final int padId;

    public MarianVocabulary(Map<String, Integer> ids) {
        this.ids = Map.copyOf(ids);
        int size = ids.values().stream().mapToInt(Integer::intValue).max().orElse(-1) + 1;
        this.pieces = new String[size];
        ids.forEach((piece, id) -> pieces[id] = piece);
        this.eosId = required(EOS);
        this.unknownId = required(UNKNOWN);
        this.padId = required(PAD);
    }

    public static MarianVocabulary read(Path file, ObjectMapper json) throws IOException {
        JsonNode root = json.readTree(file.toFile());
        Map<String, Integer> ids = new HashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            if (!entry.getValue().canConvertToInt()) {
                throw new IllegalArgumentException("vocab.json: id of '" + entry.getKey() + "' is not an integer");
            }
            ids.put(entry.getKey(), entry.getValue().intValue());
        }
        return new MarianVocabulary(ids);
    }

    private int required(String piece) {
        Integer id = ids.get(piece);
        if (id == null) {
            throw new IllegalArgumentException("vocab.json has no " + piece);
        }
        return id;
    }

    /** Source ids for the encoder: each piece's id (or {@code <unk>}), then {@code </s>}. */
    public long[] sourceIds(List<String> sourcePieces) {
        long[] out = new long[sourcePieces.size() + 1];
        for (int i = 0; i < sourcePieces.size(); i++) {
            out[i] = ids.getOrDefault(sourcePieces.get(i), unknownId);
        }
        out[sourcePieces.size()] = eosId;
        return out;
    }

    /** Target pieces for generated ids, without the special tokens (skip_special_tokens in transformers). */
    public List<String> targetPieces(int[] targetIds) {
        List<String> out = new ArrayList<>(targetIds.length);
        for (int id : targetIds) {
            if (id == eosId || id == padId || id == unknownId || id < 0 || id >= pieces.length || pieces[id] == null) {
                continue;
            }
            out.add(pieces[id]);
        }
        return out;
    }

    public int size() {
        return pieces.length;
    }

    public int eosId() {
        return eosId;
    }

    public int unknownId() {
        return unknownId;
    }

    public int padId() {
        return padId;
    }
}
