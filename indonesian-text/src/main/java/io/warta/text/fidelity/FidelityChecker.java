package io.warta.text.fidelity;

import io.warta.text.LanguageDetector;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Checks one translated segment against its Indonesian source, whatever engine produced it: the numbers, amounts,
 * dates and times written in digits on either side must be found on the other side with the same value and magnitude
 * ("Rp 5 miliar" is 5,000,000,000, so "5 million" is a mismatch; "Selasa (12/8)" may become "Tuesday (8/12)"), and
 * a translation that is the source itself is flagged as untranslated. Numbers are compared as multisets.
 *
 * <p>Numbers written as words on either side ("empat", "twenty-four thousand") only help to match: translators
 * write them either way, so they never raise a warning on their own. A number of the source that simply does not
 * appear in the translation while nothing else takes its place, or a number only the translation has, is not
 * flagged: human translations drop redundant numbers and add context often enough that flagging either would make
 * the warning noise (see docs/evaluation/translation.md, "Fidelity checks"). A changed number is what it catches.
 *
 * <p>Linear in the length of the two texts; texts longer than {@link #MAX_TEXT_LENGTH} or with more than
 * {@link #MAX_QUANTITIES} numbers are not checked.
 */
public final class FidelityChecker {

    public static final int MAX_TEXT_LENGTH = 20_000;
    public static final int MAX_QUANTITIES = 100;
    private static final int SHOWN = 3;

    private FidelityChecker() {
    }

    /** The warnings for one segment; an empty list when nothing looks wrong. */
    public static List<FidelityWarning> check(String source, String translation) {
        if (source == null || translation == null || source.length() > MAX_TEXT_LENGTH
                || translation.length() > MAX_TEXT_LENGTH) {
            return List.of();
        }
        List<FidelityWarning> warnings = new ArrayList<>(1);
        if (isUntranslated(source, translation)) {
            warnings.add(new FidelityWarning(FidelityWarning.UNTRANSLATED, "the translation is the source text"));
            return warnings;
        }
        String mismatch = numberMismatch(source, translation);
        if (mismatch != null) {
            warnings.add(new FidelityWarning(FidelityWarning.NUMBER_MISMATCH, mismatch));
        }
        return warnings;
    }

    /** What differs, in a few words, or null when the numbers agree. */
    static String numberMismatch(String source, String translation) {
        List<Quantity> inSource = QuantityScanner.scan(source, NumberLanguage.INDONESIAN, MAX_QUANTITIES);
        List<Quantity> inTranslation = QuantityScanner.scan(translation, NumberLanguage.ENGLISH, MAX_QUANTITIES);
        if (inSource == null || inTranslation == null) {
            return null;
        }
        boolean[] sourceMatched = new boolean[inSource.size()];
        boolean[] translationMatched = new boolean[inTranslation.size()];
        // Digits against digits first, so a number word cannot take the partner a written number needs.
        match(inSource, sourceMatched, inTranslation, translationMatched, true);
        match(inSource, sourceMatched, inTranslation, translationMatched, false);
        List<Quantity> missing = unmatched(inSource, sourceMatched, true);
        if (missing.isEmpty()) {
            return null;
        }
        List<Quantity> extra = unmatched(inTranslation, translationMatched, true);
        if (extra.isEmpty()) {
            extra = unmatched(inTranslation, translationMatched, false);
        }
        // A changed number: one of the source's is not in the translation and another stands there instead.
        return extra.isEmpty() ? null : "source has " + shown(missing) + "; translation has " + shown(extra);
    }

    private static void match(List<Quantity> source, boolean[] sourceMatched, List<Quantity> translation,
            boolean[] translationMatched, boolean writtenOnly) {
        for (int i = 0; i < source.size(); i++) {
            if (sourceMatched[i] || (writtenOnly && !source.get(i).written())) {
                continue;
            }
            for (int k = 0; k < translation.size(); k++) {
                if (!translationMatched[k] && (!writtenOnly || translation.get(k).written())
                        && source.get(i).sharesKeyWith(translation.get(k))) {
                    sourceMatched[i] = true;
                    translationMatched[k] = true;
                    break;
                }
            }
        }
    }

    private static List<Quantity> unmatched(List<Quantity> quantities, boolean[] matched, boolean written) {
        List<Quantity> left = new ArrayList<>();
        for (int i = 0; i < quantities.size(); i++) {
            if (!matched[i] && quantities.get(i).written() == written) {
                left.add(quantities.get(i));
            }
        }
        return left;
    }

    private static String shown(List<Quantity> quantities) {
        StringBuilder shown = new StringBuilder();
        for (int i = 0; i < Math.min(SHOWN, quantities.size()); i++) {
            if (i > 0) {
                shown.append(", ");
            }
            String value = quantities.get(i).shown();
            shown.append(value.length() > 24 ? value.substring(0, 24) + "…" : value);
        }
        if (quantities.size() > SHOWN) {
            shown.append(" and ").append(quantities.size() - SHOWN).append(" more");
        }
        return shown.toString();
    }

    /** The same words and digits on both sides (case and punctuation aside), and the source has Indonesian words. */
    static boolean isUntranslated(String source, String translation) {
        String normalizedSource = wordsOf(source);
        if (normalizedSource.isEmpty() || !normalizedSource.equals(wordsOf(translation))) {
            return false;
        }
        for (String word : normalizedSource.split(" ")) {
            if (LanguageDetector.isIndonesianFunctionWord(word)) {
                return true;
            }
        }
        return false;
    }

    /** Letter and digit runs, lower-cased, one space apart. */
    private static String wordsOf(String text) {
        StringBuilder words = new StringBuilder(text.length());
        boolean gap = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (gap && words.length() > 0) {
                    words.append(' ');
                }
                words.append(c);
                gap = false;
            } else {
                gap = true;
            }
        }
        return words.toString().toLowerCase(Locale.ROOT);
    }
}
