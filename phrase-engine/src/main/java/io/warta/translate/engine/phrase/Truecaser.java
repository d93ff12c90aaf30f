package io.warta.translate.engine.phrase;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/** Restores English capitalization: each lower-case word's most frequent spelling away from sentence starts. */
public final class Truecaser {

    private final Map<String, String> forms;

    public Truecaser(Map<String, String> forms) {
        this.forms = forms;
    }

    public static Truecaser read(InputStream in) throws IOException {
        Map<String, String> map = new HashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                int tab = line.indexOf('\t');
                if (tab > 0) {
                    map.put(line.substring(0, tab), line.substring(tab + 1));
                }
            }
        }
        return new Truecaser(map);
    }

    public String apply(String lowerWord) {
        return forms.getOrDefault(lowerWord, lowerWord);
    }
}
