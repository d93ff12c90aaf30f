package io.warta.translate.engine.opus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A SentencePiece model file ({@code .spm}): the {@code ModelProto} message of sentencepiece_model.proto,
 * of which only what encoding and decoding need is kept: the pieces (text, score, type), the model type,
 * byte fallback, and the normalizer's whitespace settings.
 *
 * @param pieces                 in id order
 * @param unigram                model_type is UNIGRAM (the only kind the tokenizer segments)
 * @param byteFallback           unknown characters become {@code <0xXX>} byte pieces instead of {@code <unk>}
 * @param unknownId              the {@code <unk>} piece's id
 * @param normalizerName         e.g. {@code nmt_nfkc}
 * @param addDummyPrefix         a {@code ▁} is put before the text, so the first word looks like every other
 * @param removeExtraWhitespaces leading, trailing and repeated whitespace is dropped
 * @param escapeWhitespaces      spaces become {@code ▁}
 */
public record SentencePieceModel(List<Piece> pieces, boolean unigram, boolean byteFallback, int unknownId,
                                 String normalizerName, boolean addDummyPrefix, boolean removeExtraWhitespaces,
                                 boolean escapeWhitespaces) {

    /** SentencePiece.Type in sentencepiece_model.proto. */
    public enum Type { NORMAL, UNKNOWN, CONTROL, USER_DEFINED, UNUSED, BYTE }

    public record Piece(String text, float score, Type type) {
    }

    // Field numbers from sentencepiece_model.proto.
    private static final int MODEL_PIECES = 1;
    private static final int MODEL_TRAINER_SPEC = 2;
    private static final int MODEL_NORMALIZER_SPEC = 3;
    private static final int PIECE_TEXT = 1;
    private static final int PIECE_SCORE = 2;
    private static final int PIECE_TYPE = 3;
    private static final int TRAINER_MODEL_TYPE = 3;
    private static final int TRAINER_BYTE_FALLBACK = 35;
    private static final int TRAINER_UNK_ID = 40;
    private static final int NORMALIZER_NAME = 1;
    private static final int NORMALIZER_ADD_DUMMY_PREFIX = 3;
    private static final int NORMALIZER_REMOVE_EXTRA_WHITESPACES = 4;
    private static final int NORMALIZER_ESCAPE_WHITESPACES = 5;
    private static final int MODEL_TYPE_UNIGRAM = 1;

    public static SentencePieceModel read(Path file) throws IOException {
        return parse(Files.readAllBytes(file));
    }

    public static SentencePieceModel parse(byte[] bytes) {
        List<Piece> pieces = new ArrayList<>();
        int modelType = MODEL_TYPE_UNIGRAM;
        boolean byteFallback = false;
        int unknownId = 0;
        String normalizerName = "";
        boolean addDummyPrefix = true;
        boolean removeExtraWhitespaces = true;
        boolean escapeWhitespaces = true;
        ProtoReader model = new ProtoReader(bytes);
        while (model.next()) {
            switch (model.field()) {
                case MODEL_PIECES -> pieces.add(readPiece(model.readMessage()));
                case MODEL_TRAINER_SPEC -> {
                    ProtoReader trainer = model.readMessage();
                    while (trainer.next()) {
                        switch (trainer.field()) {
                            case TRAINER_MODEL_TYPE -> modelType = (int) trainer.readVarint();
                            case TRAINER_BYTE_FALLBACK -> byteFallback = trainer.readBool();
                            case TRAINER_UNK_ID -> unknownId = (int) trainer.readVarint();
                            default -> trainer.skip();
                        }
                    }
                }
                case MODEL_NORMALIZER_SPEC -> {
                    ProtoReader normalizer = model.readMessage();
                    while (normalizer.next()) {
                        switch (normalizer.field()) {
                            case NORMALIZER_NAME -> normalizerName = normalizer.readString();
                            case NORMALIZER_ADD_DUMMY_PREFIX -> addDummyPrefix = normalizer.readBool();
                            case NORMALIZER_REMOVE_EXTRA_WHITESPACES -> removeExtraWhitespaces = normalizer.readBool();
                            case NORMALIZER_ESCAPE_WHITESPACES -> escapeWhitespaces = normalizer.readBool();
                            default -> normalizer.skip();
                        }
                    }
                }
                default -> model.skip();
            }
        }
        if (pieces.isEmpty()) {
            throw new IllegalArgumentException("not a SentencePiece model: no pieces");
        }
        return new SentencePieceModel(List.copyOf(pieces), modelType == MODEL_TYPE_UNIGRAM, byteFallback, unknownId,
                normalizerName, addDummyPrefix, removeExtraWhitespaces, escapeWhitespaces);
    }

    private static Piece readPiece(ProtoReader message) {
        String text = null;
        float score = 0;
        Type type = Type.NORMAL;
        while (message.next()) {
            switch (message.field()) {
                case PIECE_TEXT -> text = message.readString();
                case PIECE_SCORE -> score = message.readFloat();
                case PIECE_TYPE -> {
                    int number = (int) message.readVarint();
                    if (number < 1 || number > Type.values().length) {
                        throw new IllegalArgumentException("unknown piece type " + number);
                    }
                    type = Type.values()[number - 1];
                }
                default -> message.skip();
            }
        }
        if (text == null) {
            throw new IllegalArgumentException("SentencePiece piece without text");
        }
        return new Piece(text, score, type);
    }
}
