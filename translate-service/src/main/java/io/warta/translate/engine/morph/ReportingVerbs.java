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
}
