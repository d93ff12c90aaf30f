package io.warta.translate.engine.phrase.options;

import io.warta.translate.engine.lexicon.Gazetteer;
import io.warta.translate.engine.phrase.ChunkContext;
import io.warta.translate.engine.phrase.Decoder;
import io.warta.translate.engine.phrase.LanguageModel;
import io.warta.translate.engine.phrase.OptionSource;
import io.warta.translate.engine.phrase.PhraseResources;
import io.warta.translate.engine.phrase.PhraseTable;
import io.warta.translate.engine.phrase.Truecaser;
import io.warta.translate.engine.phrase.Weights;
import io.warta.translate.engine.training.KneserNeyBuilder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A model of a few words for the option-source tests: table, 4-gram LM, truecaser, gazetteer, default weights. */
public final class ToyModel {

    public static final PhraseResources RESOURCES = build();

    private ToyModel() {
    }

    /** A context for these space-separated tokens, at a sentence start or not, after the sources given. */
    public static ChunkContext run(String tokens, boolean sentenceStart, OptionSource... sources) {
        ChunkContext chunk = new ChunkContext(RESOURCES, List.of(tokens.split(" ")), sentenceStart);
        for (OptionSource source : sources) {
            source.addOptions(chunk);
        }
        return chunk;
    }

    /** The options as {@code start-end:english}, in the order added. */
    public static List<String> options(ChunkContext chunk) {
        return chunk.options().stream().map(ToyModel::describe).toList();
    }

    public static String describe(Decoder.Option o) {
        return o.start() + "-" + o.end() + ":" + String.join(" ", o.rendering().words());
    }

    private static PhraseResources build() {
        try {
            Gazetteer gazetteer = new Gazetteer();
            gazetteer.add("Korea Utara", "North Korea", "North Korean");
            gazetteer.add("Presiden", "President");
            return new PhraseResources(table(), lm(), new Truecaser(Map.of("i", "I", "europe", "Europe")), gazetteer,
                    Weights.defaults(), 10);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PhraseTable table() throws IOException {
        TreeMap<String, List<PhraseTable.Option>> m = new TreeMap<>();
        m.put("rumah", List.of(opt(-0.1, "house"), opt(-1.5, "home")));
        m.put("besar", List.of(opt(-0.1, "big"), opt(-2.0, "large")));
        m.put("rumah besar", List.of(opt(-0.5, "mansion")));
        m.put("mobil", List.of(opt(-0.1, "car")));
        m.put("saya", List.of(opt(-0.1, "i")));
        m.put("melihat", List.of(opt(-0.1, "see")));
        m.put("makan", List.of(opt(-0.1, "eat")));
        m.put("militer", List.of(opt(-0.1, "military")));
        m.put("kesehatan", List.of(opt(-0.1, "health")));
        m.put("eropa", List.of(opt(-0.1, "europe")));
        m.put("dan", List.of(opt(-0.1, "and")));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PhraseTable.write(out, m);
        return PhraseTable.read(new ByteArrayInputStream(out.toByteArray()));
    }

    private static PhraseTable.Option opt(double logp, String english) {
        float p = (float) logp;
        return new PhraseTable.Option(english.split(" "), new float[] {p, p, p, p, 0});
    }

    private static LanguageModel lm() throws IOException {
        KneserNeyBuilder builder = new KneserNeyBuilder(4, 1000, new int[] {1, 1, 1, 1});
        for (String s : new String[] {"the big house is here", "i see a small car", "i saw the car",
            "before seeing the house", "the military of north korea", "the health department"}) {
            builder.add(List.of(s.split(" ")));
        }
        Path file = Files.createTempFile("toy-lm", ".bin.gz");
        try {
            builder.build(file);
            try (InputStream in = Files.newInputStream(file)) {
                return LanguageModel.read(in);
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
