package io.warta.text.fidelity;

import java.util.Map;
import java.util.Set;

/** How one language writes numbers: separators, magnitude words, number words, months and time markers. */
enum NumberLanguage {

    INDONESIAN('.', ',',
            // English magnitude words left in an Indonesian text ("$500 billion") still say the magnitude.
            Map.ofEntries(Map.entry("ribu", 3), Map.entry("rb", 3), Map.entry("juta", 6), Map.entry("jt", 6),
                    Map.entry("miliar", 9), Map.entry("milyar", 9), Map.entry("triliun", 12),
                    Map.entry("million", 6), Map.entry("billion", 9), Map.entry("trillion", 12)),
            Map.ofEntries(Map.entry("satu", 1), Map.entry("dua", 2), Map.entry("tiga", 3), Map.entry("empat", 4),
                    Map.entry("lima", 5), Map.entry("enam", 6), Map.entry("tujuh", 7), Map.entry("delapan", 8),
                    Map.entry("sembilan", 9), Map.entry("sepuluh", 10), Map.entry("sebelas", 11)),
            Map.of(),
            Map.ofEntries(Map.entry("januari", 1), Map.entry("februari", 2), Map.entry("maret", 3),
                    Map.entry("april", 4), Map.entry("mei", 5), Map.entry("juni", 6), Map.entry("juli", 7),
                    Map.entry("agustus", 8), Map.entry("september", 9), Map.entry("oktober", 10),
                    Map.entry("november", 11), Map.entry("desember", 12)),
            Set.of("wib", "wita", "wit")),

    ENGLISH(',', '.',
            // Indonesian magnitude words left in an English text ("US$11 miliar") still say the magnitude.
            Map.ofEntries(Map.entry("thousand", 3), Map.entry("million", 6), Map.entry("billion", 9),
                    Map.entry("trillion", 12), Map.entry("thousands", 3), Map.entry("millions", 6),
                    Map.entry("billions", 9), Map.entry("bn", 9), Map.entry("mn", 6), Map.entry("tn", 12),
                    Map.entry("ribu", 3), Map.entry("juta", 6), Map.entry("miliar", 9), Map.entry("milyar", 9),
                    Map.entry("triliun", 12)),
            Map.ofEntries(Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
                    Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
                    Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12),
                    Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
                    Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
                    Map.entry("nineteen", 19), Map.entry("second", 2), Map.entry("third", 3), Map.entry("fourth", 4),
                    Map.entry("fifth", 5), Map.entry("sixth", 6), Map.entry("seventh", 7), Map.entry("eighth", 8),
                    Map.entry("ninth", 9), Map.entry("tenth", 10)),
            Map.of("twenty", 20, "thirty", 30, "forty", 40, "fifty", 50, "sixty", 60, "seventy", 70, "eighty", 80,
                    "ninety", 90),
            Map.ofEntries(Map.entry("january", 1), Map.entry("february", 2), Map.entry("march", 3),
                    Map.entry("april", 4), Map.entry("june", 6), Map.entry("july", 7), Map.entry("august", 8),
                    Map.entry("september", 9), Map.entry("october", 10), Map.entry("november", 11),
                    Map.entry("december", 12)),
            Set.of("wib", "wita", "wit", "am", "pm"));

    final char group;
    final char decimal;
    /** Magnitude word → power of ten ("juta" → 6). */
    final Map<String, Integer> magnitudes;
    /** Number words up to what needs no composition ("dua" → 2, "nineteen" → 19). */
    final Map<String, Integer> units;
    /** English tens ("forty" → 40); Indonesian composes tens with "puluh". */
    final Map<String, Integer> tens;
    /** Month names ("May" is left out in English: it is far more often the verb). */
    final Map<String, Integer> months;
    /** Words after a number that make it a time of day. */
    final Set<String> timeMarkers;

    NumberLanguage(char group, char decimal, Map<String, Integer> magnitudes, Map<String, Integer> units,
            Map<String, Integer> tens, Map<String, Integer> months, Set<String> timeMarkers) {
        this.group = group;
        this.decimal = decimal;
        this.magnitudes = magnitudes;
        this.units = units;
        this.tens = tens;
        this.months = months;
        this.timeMarkers = timeMarkers;
    }

    boolean isIndonesian() {
        return this == INDONESIAN;
    }
}
