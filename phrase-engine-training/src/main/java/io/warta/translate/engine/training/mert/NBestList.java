package io.warta.translate.engine.training.mert;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The n-best lists MERT accumulates over its iterations: per tuning sentence, its distinct translations with their
 * feature values and metric statistics ({@code MetricStatistics}). A translation is new when its text or its feature
 * values are (the same text reached another way is another line for the line search). Written and read as text, one
 * entry a line: {@code sentence TAB text TAB features TAB statistics}, numbers space-separated.
 */
public final class NBestList {

    /** One translation of a sentence. */
    public record Entry(String text, double[] features, int[] stats) {
    }

    private final List<Map<String, Entry>> sentences = new ArrayList<>();

    public NBestList(int sentences) {
        for (int i = 0; i < sentences; i++) {
            this.sentences.add(new LinkedHashMap<>());
        }
    }

    /** Adds the entry unless the sentence has it already; whether it was new. */
    public boolean add(int sentence, Entry entry) {
        String key = entry.text() + '\t' + Arrays.toString(entry.features());
        return sentences.get(sentence).putIfAbsent(key, entry) == null;
    }

    /** The sentence's entries in the order first added. */
    public List<Entry> get(int sentence) {
        return List.copyOf(sentences.get(sentence).values());
    }

    public int sentences() {
        return sentences.size();
    }

    /** Entries over all sentences. */
    public int size() {
        return sentences.stream().mapToInt(Map::size).sum();
    }

    public void write(Path file) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < sentences.size(); i++) {
                for (Entry e : sentences.get(i).values()) {
                    StringBuilder b = new StringBuilder().append(i).append('\t').append(e.text().replace('\t', ' '));
                    String sep = "\t";
                    for (double f : e.features()) {
                        b.append(sep).append(f);
                        sep = " ";
                    }
                    sep = "\t";
                    for (int s : e.stats()) {
                        b.append(sep).append(s);
                        sep = " ";
                    }
                    w.write(b.append('\n').toString());
                }
            }
        }
    }

    /** The lists as {@link #write} wrote them, for {@code sentences} sentences. */
    public static NBestList read(Path file, int sentences) throws IOException {
        NBestList list = new NBestList(sentences);
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String[] f = line.split("\t", -1);
            double[] features = Arrays.stream(f[2].split(" ")).mapToDouble(Double::parseDouble).toArray();
            int[] stats = Arrays.stream(f[3].split(" ")).mapToInt(Integer::parseInt).toArray();
            list.add(Integer.parseInt(f[0]), new Entry(f[1], features, stats));
        }
        return list;
    }
}
