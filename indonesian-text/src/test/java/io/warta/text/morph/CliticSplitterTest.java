package io.warta.text.morph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class CliticSplitterTest {

    private static final Set<String> KNOWN = Set.of("rumah", "buku", "pergi", "masa", "akhir", "malu", "-nya", "-ku", "-lah");
    private static final Predicate<String> KEEP_WHOLE = Set.of("masalah", "akhirnya")::contains;

    private static List<String> split(String tokens) {
        return CliticSplitter.split(List.of(tokens.split(" ")), KEEP_WHOLE, KNOWN::contains);
    }

    @Test
    void splitsACliticOffAKnownRoot() {
        assertThat(split("rumahnya besar")).containsExactly("rumah", "-nya", "besar");
        assertThat(split("itu bukuku")).containsExactly("itu", "buku", "-ku");
        assertThat(split("pergilah !")).containsExactly("pergi", "-lah", "!");
    }

    @Test
    void keepsFormsTheModelKnowsWholeAndRootsItDoesNot() {
        // masalah (problem) ends in -lah onto masa (time), akhirnya (finally) in -nya: both known whole.
        assertThat(split("masalah itu akhirnya")).containsExactly("masalah", "itu", "akhirnya");
        assertThat(split("mobilnya")).containsExactly("mobilnya");
        // A clitic the model has no token for is not split off (a table trained without splitting).
        assertThat(split("rumahmu")).containsExactly("rumahmu");
    }

    @Test
    void keepsShortRootsNamesAndWordsAfterAQuote() {
        assertThat(CliticSplitter.split(List.of("tanya"), w -> false, r -> true)).containsExactly("tanya");
        // A capital inside the sentence marks a name (Maluku), the first word's capital says nothing.
        assertThat(split("di Maluku")).containsExactly("di", "Maluku");
        assertThat(split("Rumahnya besar")).containsExactly("Rumah", "-nya", "besar");
        assertThat(split("\" rumahnya")).containsExactly("\"", "rumahnya");
    }

    @Test
    void returnsTheSameListWhenNothingSplits() {
        List<String> tokens = List.of("rumah", "besar");
        assertThat(CliticSplitter.split(tokens, KEEP_WHOLE, KNOWN::contains)).isSameAs(tokens);
    }
}
