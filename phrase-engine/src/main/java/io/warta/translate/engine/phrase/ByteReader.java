package io.warta.translate.engine.phrase;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;

/** Fast sequential parsing of a whole decompressed model file (the streams' per-byte calls made loading slow). */
final class ByteReader {

    private final byte[] b;
    private int p;

    ByteReader(byte[] bytes) {
        this.b = bytes;
    }

    static ByteReader gunzip(InputStream in) throws IOException {
        try (GZIPInputStream gz = new GZIPInputStream(in, 1 << 16)) {
            return new ByteReader(gz.readAllBytes());
        }
    }

    int readInt() {
        int v = ((b[p] & 0xff) << 24) | ((b[p + 1] & 0xff) << 16) | ((b[p + 2] & 0xff) << 8) | (b[p + 3] & 0xff);
        p += 4;
        return v;
    }

    int readUnsignedByte() {
        return b[p++] & 0xff;
    }

    int readVarint() {
        int v = 0;
        int shift = 0;
        int x;
        do {
            x = b[p++];
            v |= (x & 0x7f) << shift;
            shift += 7;
        } while ((x & 0x80) != 0);
        return v;
    }

    long readVarlong() {
        long v = 0;
        int shift = 0;
        int x;
        do {
            x = b[p++];
            v |= (long) (x & 0x7f) << shift;
            shift += 7;
        } while ((x & 0x80) != 0);
        return v;
    }

    String readString() {
        int len = readVarint();
        String s = new String(b, p, len, StandardCharsets.UTF_8);
        p += len;
        return s;
    }

    void readFully(byte[] dst) {
        System.arraycopy(b, p, dst, 0, dst.length);
        p += dst.length;
    }

    static void writeVarint(DataOutputStream d, int v) throws IOException {
        while ((v & ~0x7f) != 0) {
            d.writeByte((v & 0x7f) | 0x80);
            v >>>= 7;
        }
        d.writeByte(v);
    }

    static void writeString(DataOutputStream d, String s) throws IOException {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        writeVarint(d, bytes.length);
        d.write(bytes);
    }
}
