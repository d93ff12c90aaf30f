package io.warta.translate.engine.morph;

import java.util.List;
import java.util.Map;

/**
 * Speech verbs of Indonesian news attribution after a closing quote: {@code ," tandasnya.} (he stressed),
 * {@code ," ujar Rahmad.} (said Rahmad). The corpus rarely sees the -nya forms (tandasnya came out as "can"), and
 * their root alone is often another word (tandas = toilet, terang = bright), so in this one position they are read
 * as attribution.
 */
public final class ReportingVerbs {

    private static final Map<String, String> PAST = Map.ofEntries(
            Map.entry("kata", "said"), Map.entry("ujar", "said"), Map.entry("ucap", "said"), Map.entry("tutur", "said"),
            Map.entry("sebut", "said"), Map.entry("cetus", "said"), Map.entry("tukas", "said"), Map.entry("tandas", "stressed"),
            Map.entry("tegas", "stressed"), Map.entry("terang", "explained"), Map.entry("jelas", "explained"),
            Map.entry("papar", "explained"), Map.entry("urai", "explained"), Map.entry("beber", "explained"),
            Map.entry("ungkap", "revealed"), Map.entry("tambah", "added"), Map.entry("imbuh", "added"),
            Map.entry("sambung", "added"), Map.entry("pungkas", "concluded"), Map.entry("tutup", "concluded"),
            Map.entry("kilah", "argued"), Map.entry("keluh", "complained"), Map.entry("aku", "admitted"),
            Map.entry("harap", "hoped"), Map.entry("janji", "promised"), Map.entry("lanjut", "continued"),
            Map.entry("ajak", "urged"), Map.entry("pinta", "asked"), Map.entry("tanya", "asked"), Map.entry("jawab", "answered"),
            Map.entry("seru", "exclaimed"), Map.entry("tulis", "wrote"), Map.entry("klaim", "claimed"),
            Map.entry("bantah", "denied"), Map.entry("sergah", "retorted"));

    private ReportingVerbs() {
    }

    /**
     * English for the attribution verb at {@code i}, or null: {@code tandasnya} gives "he stressed", {@code ujar}
     * before a capitalized name gives "said"; only right after a closing double quote.
     */
    public static String[] attribution(List<String> tokens, List<String> lower, int i) {
        if (i == 0 || !tokens.get(i - 1).equals("\"")) {
            return null;
        }
        String word = lower.get(i);
        if (word.endsWith("nya") && PAST.containsKey(word.substring(0, word.length() - 3))) {
            return new String[] {"he", PAST.get(word.substring(0, word.length() - 3))};
        }
        String past = PAST.get(word);
        if (past != null && i + 1 < tokens.size() && Character.isUpperCase(tokens.get(i + 1).charAt(0))) {
            return new String[] {past};
        }
        return null;
    }

    /**
     * A passive attribution that opens a clause, {@code Dikatakan Sukesti,} (it is said by Sukesti), read as
     * "Sukesti said": the words for the verb and the capitalized name of up to three words that follows it up to a
     * comma, with how many tokens they cover; null otherwise.
     */
    public static Span passiveAttribution(List<String> tokens, List<String> lower, int i) {
        String word = lower.get(i);
        if (!word.startsWith("di") || !Character.isUpperCase(tokens.get(i).charAt(0))) {
            return null;
        }
        String past = null;
        for (String suffix : new String[] {"kannya", "kan", "i"}) {
            if (word.endsWith(suffix) && word.length() > suffix.length() + 2) {
                past = PAST.get(word.substring(2, word.length() - suffix.length()));
                if (past != null) {
                    break;
                }
            }
        }
        if (past == null) {
            return null;
        }
        int end = i + 1;
        while (end < tokens.size() && end - i <= 3 && Character.isUpperCase(tokens.get(end).charAt(0))
                && tokens.get(end).chars().allMatch(Character::isLetter)) {
            end++;
        }
        if (end == i + 1 || end >= tokens.size() || !tokens.get(end).equals(",")) {
            return null;
        }
        List<String> words = new java.util.ArrayList<>(tokens.subList(i + 1, end));
        words.add(past);
        return new Span(end - i, words.toArray(new String[0]));
    }

    /** English words for {@code length} source tokens. */
    public record Span(int length, String[] words) {
    }
}
