package io.warta.translate.engine.opus;

import io.warta.translate.engine.opus.SentencePieceModel.Piece;
import io.warta.translate.engine.opus.SentencePieceModel.Type;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * SentencePiece unigram segmentation in plain Java: normalize, then the Viterbi path through every way of
 * covering the text with pieces, scoring each piece by its log probability from the model file.
 */
public final class SentencePieceTokenizer {

    /** The whitespace marker SentencePiece puts where a space was. */
    public static final String SPACE = "\u2581";
    /** sentencepiece's penalty below the lowest piece score for a character no piece covers. */
    private static final float UNKNOWN_PENALTY = 10f;

    private final SentencePieceModel model;
    private final Map<String, Integer> ids = new HashMap<>();
    private final int maxPieceLength;
    private final float maxScore;
    private final float unknownScore;
    private final int[] byteIds = new int[256];

    public SentencePieceTokenizer(SentencePieceModel model) {
        if (!model.unigram()) {
            throw new IllegalArgumentException("only unigram SentencePiece models are supported");
        }
        this.model = model;
        int longest = 1;
        float max = Float.NEGATIVE_INFINITY;
        float min = Float.POSITIVE_INFINITY;
        java.util.Arrays.fill(byteIds, -1);
        List<Piece> pieces = model.pieces();
        for (int id = 0; id < pieces.size(); id++) {
            Piece piece = pieces.get(id);
            if (piece.type() == Type.NORMAL || piece.type() == Type.USER_DEFINED) {
                ids.putIfAbsent(piece.text(), id);
                longest = Math.max(longest, piece.text().codePointCount(0, piece.text().length()));
                if (piece.type() == Type.NORMAL) {
                    max = Math.max(max, piece.score());
                    min = Math.min(min, piece.score());
                }
            } else if (piece.type() == Type.BYTE && piece.text().matches("<0x[0-9A-Fa-f]{2}>")) {
                byteIds[Integer.parseInt(piece.text().substring(3, 5), 16)] = id;
            }
        }
        this.maxPieceLength = longest;
        this.maxScore = max == Float.NEGATIVE_INFINITY ? 0 : max;
        this.unknownScore = (min == Float.POSITIVE_INFINITY ? 0 : min) - UNKNOWN_PENALTY;
    }

    public SentencePieceModel model() {
        return model;
    }

    /**
     * The normalized text SentencePiece segments. NFKC stands in for sentencepiece's {@code nmt_nfkc} rules
     * (NFKC plus folding control characters and odd whitespace): the precompiled character map in the model
     * file is a compiled trie this class does not read, and for news text the two agree.
     */
    public String normalize(String text) {
        String normalized = model.normalizerName().isEmpty() || model.normalizerName().equals("identity")
                ? text : Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(normalized.length() + 1);
        boolean lastWasSpace = true;
        for (int i = 0; i < normalized.length(); ) {
            int cp = normalized.codePointAt(i);
            i += Character.charCount(cp);
            boolean space = cp == ' ' || Character.isWhitespace(cp) || Character.isSpaceChar(cp);
            if (!space && (Character.getType(cp) == Character.CONTROL || cp == 0x200B || cp == 0xFEFF)) {
                continue;
            }
            if (space) {
                if (model.removeExtraWhitespaces() && lastWasSpace) {
                    continue;
                }
                out.append(' ');
            } else {
                out.appendCodePoint(cp);
            }
            lastWasSpace = space;
        }
        if (model.removeExtraWhitespaces()) {
            while (out.length() > 0 && out.charAt(out.length() - 1) == ' ') {
                out.setLength(out.length() - 1);
            }
        }
        String result = out.toString();
        if (model.addDummyPrefix() && !result.isEmpty()) {
            result = " " + result;
        }
        return model.escapeWhitespaces() ? result.replace(" ", SPACE) : result;
    }

    /** The pieces of the best segmentation; characters no piece covers come out as the unknown piece (or bytes). */
    public List<String> encode(String text) {
        List<String> pieces = new ArrayList<>();
        for (int id : encodeIds(text)) {
            pieces.add(model.pieces().get(id).text());
        }
        return pieces;
    }

    /** Ids in this model's own numbering (Marian maps pieces through vocab.json instead). */
    public int[] encodeIds(String text) {
        String normalized = normalize(text);
        int[] codePoints = normalized.codePoints().toArray();
        int[] offsets = new int[codePoints.length + 1];
        for (int i = 0; i < codePoints.length; i++) {
            offsets[i + 1] = offsets[i] + Character.charCount(codePoints[i]);
        }
        int n = codePoints.length;
        double[] best = new double[n + 1];
        int[] bestStart = new int[n + 1];
        int[] bestId = new int[n + 1];
        java.util.Arrays.fill(best, Double.NEGATIVE_INFINITY);
        best[0] = 0;
        for (int start = 0; start < n; start++) {
            if (best[start] == Double.NEGATIVE_INFINITY) {
                continue;
            }
            boolean singleCharCovered = false;
            for (int length = 1; length <= maxPieceLength && start + length <= n; length++) {
                Integer id = ids.get(normalized.substring(offsets[start], offsets[start + length]));
                if (id == null) {
                    continue;
                }
                Piece piece = model.pieces().get(id);
                // sentencepiece lets user-defined symbols win over any split of the same text.
                double score = piece.type() == Type.USER_DEFINED ? length * maxScore - 0.1 : piece.score();
                relax(best, bestStart, bestId, start, start + length, best[start] + score, id);
                singleCharCovered |= length == 1;
            }
            if (!singleCharCovered) {
                relax(best, bestStart, bestId, start, start + 1, best[start] + unknownScore, model.unknownId());
            }
        }
        List<Integer> reversed = new ArrayList<>();
        List<String> surfaces = new ArrayList<>();
        for (int end = n; end > 0; end = bestStart[end]) {
            reversed.add(bestId[end]);
            surfaces.add(normalized.substring(offsets[bestStart[end]], offsets[end]));
        }
        Collections.reverse(reversed);
        Collections.reverse(surfaces);
        return unknownsMerged(reversed, surfaces);
    }

    private static void relax(double[] best, int[] bestStart, int[] bestId, int start, int end, double score, int id) {
        if (score > best[end]) {
            best[end] = score;
            bestStart[end] = start;
            bestId[end] = id;
        }
    }

    /** As sentencepiece does: a run of unknown characters is one unknown piece, or its UTF-8 bytes with byte fallback. */
    private int[] unknownsMerged(List<Integer> path, List<String> surfaces) {
        List<Integer> out = new ArrayList<>(path.size());
        boolean previousUnknown = false;
        for (int i = 0; i < path.size(); i++) {
            int id = path.get(i);
            boolean unknown = id == model.unknownId();
            if (unknown && model.byteFallback()) {
                for (byte b : surfaces.get(i).getBytes(StandardCharsets.UTF_8)) {
                    int byteId = byteIds[b & 0xff];
                    out.add(byteId >= 0 ? byteId : model.unknownId());
                }
            } else if (!(unknown && previousUnknown)) {
                out.add(id);
            }
            previousUnknown = unknown;
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Joins pieces back into text: {@code ▁} becomes a space, byte pieces become their UTF-8 characters. */
    public static String decode(List<String> pieces) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (String piece : pieces) {
            if (piece.length() == 6 && piece.startsWith("<0x") && piece.endsWith(">")) {
                bytes.write(Integer.parseInt(piece.substring(3, 5), 16));
            } else {
                bytes.writeBytes(piece.replace(SPACE, " ").getBytes(StandardCharsets.UTF_8));
            }
        }
        return bytes.toString(StandardCharsets.UTF_8).strip();
    }
}
