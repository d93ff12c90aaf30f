package io.warta.translate.engine.phrase;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.zip.GZIPOutputStream;

/**
 * Source phrase (lower case, tokens joined by one space) to its English options with feature scores.
 * Scores per option: ln phi(e|f), ln phi(f|e), ln lex(e|f), ln lex(f|e), and 1 if the pair comes
 * only from the dictionaries (not seen in the parallel text). Stored quantized (1/12 nat steps).
 * Since format v3 each option also carries its lexicalized reordering model (Koehn et al. 2005,
 * msd-bidirectional-fe): ln p(monotone|swap|discontinuous) with respect to the previous phrase and to the next.
 */
public final class PhraseTable {

    public static final int SCORES = 5;
    /** The score that is 1 for an option taken from the dictionary alone (weight {@code tm.dictionaryOnly}), else 0. */
    public static final int DICTIONARY_FLAG = 4;
    /** Orientations: monotone, swap, discontinuous; {@code reorder[o]} previous, {@code reorder[3 + o]} next. */
    public static final int MONOTONE = 0;
    public static final int SWAP = 1;
    public static final int DISCONTINUOUS = 2;
    public static final int REORDER_SCORES = 6;
    /**
     * For options with no statistics (dictionary senses, names, numbers): monotone a little above the corpus-wide
     * share (43% monotone, 5% swap, 52% discontinuous, word-based), so a name is not moved for free.
     */
    public static final float[] DEFAULT_REORDER = {
        (float) Math.log(0.6), (float) Math.log(0.06), (float) Math.log(0.34),
        (float) Math.log(0.6), (float) Math.log(0.06), (float) Math.log(0.34)};
    private static final double SCALE = 12.0;

    /** One translation option; {@code words} are lower-case English tokens. */
    public record Option(String[] words, float[] scores, float[] reorder) {
        public Option(String[] words, float[] scores) {
            this(words, scores, DEFAULT_REORDER);
        }
    }

    private final Map<String, Option[]> table;
    private final int maxSourceLength;

    public PhraseTable(Map<String, Option[]> table) {
        this.table = table;
        int max = 1;
        for (String k : table.keySet()) {
            int n = 1;
            for (int i = 0; i < k.length(); i++) {
                if (k.charAt(i) == ' ') {
                    n++;
                }
            }
            max = Math.max(max, n);
        }
        this.maxSourceLength = max;
    }

    public Option[] get(String source) {
        return table.get(source);
    }

    public boolean contains(String source) {
        return table.containsKey(source);
    }

    public int maxSourceLength() {
        return maxSourceLength;
    }

    public int size() {
        return table.size();
    }

    public Map<String, Option[]> entries() {
        return table;
    }

    public static PhraseTable read(InputStream in) throws IOException {
        ByteReader d = ByteReader.gunzip(in);
        int magic = d.readInt();
        if (magic != 0x57505432 && magic != 0x57505433) {
            throw new IOException("not a Warta phrase table (v2 or v3)");
        }
        boolean withReordering = magic == 0x57505433;
        int nWords = d.readInt();
        String[] words = new String[nWords];
        for (int i = 0; i < nWords; i++) {
            words[i] = d.readString();
        }
        int nSources = d.readInt();
        Map<String, Option[]> table = new HashMap<>(nSources * 4 / 3 + 1);
        for (int s = 0; s < nSources; s++) {
            String source = d.readString();
            Option[] options = new Option[d.readUnsignedByte()];
            for (int o = 0; o < options.length; o++) {
                String[] w = new String[d.readUnsignedByte()];
                for (int i = 0; i < w.length; i++) {
                    w[i] = words[d.readVarint()];
                }
                float[] scores = new float[SCORES];
                for (int i = 0; i < SCORES - 1; i++) {
                    scores[i] = (float) (-d.readUnsignedByte() / SCALE);
                }
                scores[SCORES - 1] = d.readUnsignedByte();
                float[] reorder = DEFAULT_REORDER;
                if (withReordering) {
                    reorder = new float[REORDER_SCORES];
                    for (int i = 0; i < REORDER_SCORES; i++) {
                        reorder[i] = (float) (-d.readUnsignedByte() / SCALE);
                    }
                }
                options[o] = new Option(w, scores, reorder);
            }
            table.put(source, options);
        }
        return new PhraseTable(table);
    }

    /** Writes sources in the map's order, target words by first use. At most 255 options per source. */
    public static void write(OutputStream out, SortedMap<String, List<Option>> entries) throws IOException {
        Map<String, Integer> ids = new HashMap<>();
        List<String> words = new java.util.ArrayList<>();
        for (List<Option> opts : entries.values()) {
            for (Option o : opts) {
                for (String w : o.words()) {
                    if (!ids.containsKey(w)) {
                        ids.put(w, words.size());
                        words.add(w);
                    }
                }
            }
        }
        GZIPOutputStream gz = new GZIPOutputStream(out, 1 << 16);
        DataOutputStream d = new DataOutputStream(new java.io.BufferedOutputStream(gz, 1 << 16));
        d.writeInt(0x57505433);
        d.writeInt(words.size());
        for (String w : words) {
            ByteReader.writeString(d, w);
        }
        d.writeInt(entries.size());
        for (Map.Entry<String, List<Option>> e : entries.entrySet()) {
            ByteReader.writeString(d, e.getKey());
            List<Option> opts = e.getValue();
            int n = Math.min(255, opts.size());
            d.writeByte(n);
            for (int o = 0; o < n; o++) {
                Option opt = opts.get(o);
                d.writeByte(opt.words().length);
                for (String w : opt.words()) {
                    ByteReader.writeVarint(d, ids.get(w));
                }
                for (int i = 0; i < SCORES - 1; i++) {
                    d.writeByte((int) Math.max(0, Math.min(255, Math.round(-opt.scores()[i] * SCALE))));
                }
                d.writeByte((int) opt.scores()[SCORES - 1]);
                for (int i = 0; i < REORDER_SCORES; i++) {
                    d.writeByte((int) Math.max(0, Math.min(255, Math.round(-opt.reorder()[i] * SCALE))));
                }
            }
        }
        d.flush();
        gz.finish();
    }
}
