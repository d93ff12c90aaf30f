package io.warta.text.fidelity;

import io.warta.text.glossary.Glossary;
import io.warta.text.glossary.GlossaryEntry;
import io.warta.text.glossary.GlossaryWords;
import io.warta.text.glossary.TermIndex;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The glossary half of the fidelity checks: every glossary term found in the source (on word boundaries, any case,
 * also with a clitic) must have its English in the translation, as words, in any case; a term whose English is
 * missing is a {@link FidelityWarning#GLOSSARY_MISS}, whichever engine translated the segment. Linear in the two
 * texts: one {@link TermIndex} pass over each.
 */
public final class GlossaryCheck {

    private static final int SHOWN = 3;

    private GlossaryCheck() {
    }

    /** A {@code glossary-miss} warning naming the terms whose English is missing, or none. */
    public static List<FidelityWarning> check(String source, String translation, Glossary glossary) {
        if (glossary == null || glossary.isEmpty() || source == null || translation == null
                || source.length() > FidelityChecker.MAX_TEXT_LENGTH
                || translation.length() > FidelityChecker.MAX_TEXT_LENGTH) {
            return List.of();
        }
        // The English each term found must show, by what it became (a term with -ku must show "my ...").
        Map<String, GlossaryEntry> expected = new LinkedHashMap<>();
        for (TermIndex.Match<GlossaryEntry> match : glossary.sources().find(GlossaryWords.of(source))) {
            expected.putIfAbsent(Glossary.render(match.term().target(), match.clitic()), match.term());
        }
        if (expected.isEmpty()) {
            return List.of();
        }
        Set<String> present = TermIndex.of(expected.keySet(), GlossaryWords::of, false)
                .present(GlossaryWords.of(translation));
        List<String> missing = new ArrayList<>();
        expected.forEach((english, entry) -> {
            if (!present.contains(english)) {
                missing.add(entry.source() + " → " + english);
            }
        });
        if (missing.isEmpty()) {
            return List.of();
        }
        StringBuilder detail = new StringBuilder("glossary term").append(missing.size() > 1 ? "s" : "")
                .append(" not kept: ");
        for (int i = 0; i < Math.min(SHOWN, missing.size()); i++) {
            detail.append(i > 0 ? ", " : "").append(missing.get(i));
        }
        if (missing.size() > SHOWN) {
            detail.append(" and ").append(missing.size() - SHOWN).append(" more");
        }
        return List.of(new FidelityWarning(FidelityWarning.GLOSSARY_MISS, detail.toString()));
    }
}
