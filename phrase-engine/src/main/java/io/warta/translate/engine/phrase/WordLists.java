package io.warta.translate.engine.phrase;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The hand-written word lists of the engine's rules, one word a line ({@code model/words/NAME.txt}) or a word, a
 * tab and its English ({@code model/words/NAME.tsv}); {@code #} starts a comment line. They are model files: the
 * engine's version digest covers them, and native images carry them ({@code model/**}).
 */
public final class WordLists {

    /** Indonesian words that never head a noun phrase (prepositions, conjunctions, ...). */
    public static final Set<String> NOT_A_HEAD = set("not-a-head");
    /** Adverbs, auxiliaries and pronouns: neither head nor modifier of a noun phrase. */
    public static final Set<String> NOT_A_MODIFIER = set("not-a-modifier");
    public static final Set<String> ENGLISH_FUNCTION_WORDS = set("english-function-words");
    public static final Set<String> DETERMINERS = set("determiners");
    public static final Set<String> LOWER_IN_TITLES = set("lower-in-titles");
    public static final Set<String> GERUND_AFTER = set("gerund-after");
    public static final Set<String> STREET_PREFIXES = set("street-prefixes");
    public static final Set<String> WEEKDAYS = set("weekdays");
    /** Compass point → its English (Timur → East). */
    public static final Map<String, String> DIRECTIONS = single(map("directions"));
    /** Administrative unit → its English, written after the place's name (Kecamatan → Sub-District). */
    public static final Map<String, String[]> PLACE_TYPES = map("place-types");
    /** Office named by its field, lower case → its English, written after the field (dinas → Department). */
    public static final Map<String, String[]> INSTITUTION_TYPES = map("institution-types");

    private WordLists() {
    }

    /** The words of {@code model/words/NAME.txt}. */
    public static Set<String> set(String name) {
        return Set.copyOf(lines(name + ".txt"));
    }

    /** The entries of {@code model/words/NAME.tsv}: word → its English words. */
    public static Map<String, String[]> map(String name) {
        Map<String, String[]> map = new HashMap<>();
        for (String line : lines(name + ".tsv")) {
            int tab = line.indexOf('\t');
            if (tab <= 0) {
                throw new IllegalStateException("model/words/" + name + ".tsv: no tab in \"" + line + "\"");
            }
            map.put(line.substring(0, tab), line.substring(tab + 1).split(" "));
        }
        return Map.copyOf(map);
    }

    private static Map<String, String> single(Map<String, String[]> map) {
        Map<String, String> out = new HashMap<>();
        map.forEach((k, v) -> out.put(k, String.join(" ", v)));
        return Map.copyOf(out);
    }

    private static List<String> lines(String file) {
        String path = "/model/words/" + file;
        try (InputStream in = WordLists.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("word list missing from the classpath: " + path);
            }
            List<String> lines = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    lines.add(line.strip());
                }
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
