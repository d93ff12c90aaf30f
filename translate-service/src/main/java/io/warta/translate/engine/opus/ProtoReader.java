package io.warta.translate.engine.opus;

import java.nio.charset.StandardCharsets;

/**
 * Reads the protobuf wire format (varints, fixed32, length-delimited fields): enough for SentencePiece's
 * {@code ModelProto} without generated classes or a protobuf dependency.
 */
final class ProtoReader {

    static final int VARINT = 0;
    static final int FIXED64 = 1;
    static final int LENGTH_DELIMITED = 2;
    static final int FIXED32 = 5;

    private final byte[] bytes;
    private final int end;
    private int position;
    private int lastTag;

    ProtoReader(byte[] bytes) {
        this(bytes, 0, bytes.length);
    }

    private ProtoReader(byte[] bytes, int offset, int length) {
        this.bytes = bytes;
        this.position = offset;
        this.end = offset + length;
    }

    /** Reads the next field's tag; false at the end of this message. */
    boolean next() {
        if (position >= end) {
            return false;
        }
        lastTag = (int) readVarint();
        return true;
    }

    int field() {
        return lastTag >>> 3;
    }

    int wireType() {
        return lastTag & 7;
    }

    long readVarint() {
        long value = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            byte b = read();
            value |= (long) (b & 0x7f) << shift;
            if ((b & 0x80) == 0) {
                return value;
            }
        }
        throw new IllegalArgumentException("malformed varint at byte " + position);
    }

    boolean readBool() {
        return readVarint() != 0;
    }

    float readFloat() {
        int bits = (read() & 0xff) | (read() & 0xff) << 8 | (read() & 0xff) << 16 | (read() & 0xff) << 24;
        return Float.intBitsToFloat(bits);
    }

    String readString() {
        int length = readLength();
        String value = new String(bytes, position, length, StandardCharsets.UTF_8);
        position += length;
        return value;
    }

    /** The embedded message of a length-delimited field. */
    ProtoReader readMessage() {
        int length = readLength();
        ProtoReader message = new ProtoReader(bytes, position, length);
        position += length;
        return message;
    }

    /** Skips the value of the field just read. */
    void skip() {
        switch (wireType()) {
            case VARINT -> readVarint();
            case FIXED64 -> advance(8);
            case LENGTH_DELIMITED -> advance(readLength());
            case FIXED32 -> advance(4);
            default -> throw new IllegalArgumentException("unsupported wire type " + wireType() + " at byte " + position);
        }
    }

    private int readLength() {
        long length = readVarint();
        if (length < 0 || length > end - position) {
            throw new IllegalArgumentException("field length " + length + " runs past the message end");
        }
        return (int) length;
    }

    private void advance(int count) {
        if (count > end - position) {
            throw new IllegalArgumentException("truncated message");
        }
        position += count;
    }

    private byte read() {
        if (position >= end) {
            throw new IllegalArgumentException("truncated message");
        }
        return bytes[position++];
    }
}
