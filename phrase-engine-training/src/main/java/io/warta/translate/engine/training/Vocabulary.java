package io.warta.translate.engine.training;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** String <-> dense int id. */
public final class Vocabulary {
    private final Map<String, Integer> ids = new HashMap<>();
    private final List<String> words = new ArrayList<>();

    public int id(String w) {
        Integer id = ids.get(w);
        if (id == null) {
            id = words.size();
            ids.put(w, id);
            words.add(w);
        }
        return id;
    }

    public int idOrMinus(String w) {
        Integer id = ids.get(w);
        return id == null ? -1 : id;
    }

    public String word(int id) {
        return words.get(id);
    }

    public int size() {
        return words.size();
    }
}
