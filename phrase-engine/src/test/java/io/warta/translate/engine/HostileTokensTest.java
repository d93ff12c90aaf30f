package io.warta.translate.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.warta.translate.engine.morph.Misspellings;
import io.warta.translate.engine.text.Tokenizer;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Tokens an attacker writes. The token pattern recursed once per repetition of its groups (a hyphen chain, a dotted
 * run, a long e-mail address: {@code StackOverflowError}) and was retried from every character of a long run; typo
 * repair tried 50 × length² candidates for a 12,000-letter word. The bound is far above what the work needs now.
 */
class HostileTokensTest {

    private static final Duration BOUND = Duration.ofSeconds(5);

    @Test
    void longRunsWithoutSpacesAreTokenizedPieceByPieceWithoutRecursion() {
        for (String run : List.of("di" + "-di".repeat(30_000), "a.".repeat(50_000), "a".repeat(50_000) + "@" + "b.".repeat(20_000),
                "ab.".repeat(30_000) + "com", "1.".repeat(50_000) + "1", "ab'".repeat(30_000) + "c", "http://" + "a.".repeat(50_000))) {
            // About 3 s for the worst of these alone (the pattern's alternatives rescan each 256-character piece):
            // linear, with a large constant. Before, each threw StackOverflowError.
            List<String> tokens = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> Tokenizer.tokenizeIndonesian(run));
            assertThat(String.join("", tokens)).isEqualTo(run); // nothing lost, nothing added
            assertThat(tokens).allSatisfy(t -> assertThat(t.length()).isLessThanOrEqualTo(256));
        }
    }

    @Test
    void ordinaryTokensAreUnchangedBesideALongRun() {
        List<String> tokens = Tokenizer.tokenizeIndonesian("negara-negara membayar Rp1.000,5 " + "x".repeat(1_000) + " lewat kompas.co.id.");
        assertThat(tokens).startsWith("negara-negara", "membayar", "Rp", "1.000,5").endsWith("lewat", "kompas.co.id", ".");
    }

    @Test
    void typoRepairSkipsWordsNoDictionaryWordIsATypoOf() {
        Set<String> known = Set.of("memiliki");
        assertThat(Misspellings.correct("memliliki", known::contains)).isEqualTo("memiliki");
        String huge = "abcdefghijkl".repeat(1_000);
        assertThat(assertTimeoutPreemptively(BOUND, () -> Misspellings.correct(huge, w -> w.length() == huge.length() - 1))).isNull();
    }

    @Test
    void aTwelveThousandLetterUnknownWordIsCopiedNotSearched() {
        String huge = "abcdefghijkl".repeat(1_000);
        // the model loads outside the bound
        io.warta.translate.engine.phrase.PhraseTranslator engine =
                io.warta.translate.engine.phrase.PhraseModel.load(new ModelFiles());
        String out = assertTimeoutPreemptively(BOUND, () -> engine.translate("Harga " + huge + " naik."));
        assertThat(out).contains("abcdefghijkl").containsIgnoringCase("price");
    }

    /**
     * Markup debris the gateway leaves as text (24,000 unclosed {@code <!--}, 96,000 characters: 72,000 tokens) took
     * the search over a minute, a millisecond a token, and the article's deadline passed; a run of symbols is now
     * written as it is, and the words beside it are still translated.
     */
    @Test
    void aLongRunOfSymbolsIsCopiedNotSearched() {
        io.warta.translate.engine.phrase.PhraseTranslator engine =
                io.warta.translate.engine.phrase.PhraseModel.load(new ModelFiles());
        String debris = "<!--".repeat(24_000);
        // Copied: about 0.3 s on a quiet machine (searched: 12 s or more; loaded, over a minute).
        String out = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> engine.translate("Harga beras naik " + debris + " Presiden Rusia menelepon pemimpin Korea Utara."));
        assertThat(out).containsIgnoringCase("rice").contains("North Korea").doesNotContain("Korea Utara");
        assertThat(out.replace(" ", "")).contains(debris); // every symbol kept, in order
        assertThat(out.chars().filter(c -> c == '<').count()).isEqualTo(24_000); // none added
    }

    @Test
    void theEnginesStopAtTheRequestsDeadline() {
        io.warta.translate.engine.phrase.PhraseTranslator phrase =
                io.warta.translate.engine.phrase.PhraseModel.load(new ModelFiles());
        io.warta.translate.engine.lexicon.LexiconTranslator lexicon =
                io.warta.translate.engine.lexicon.LexiconModel.load(new ModelFiles());
        String words = "harga naik, ".repeat(15_000); // tens of seconds of decoding without a deadline
        assertTimeoutPreemptively(BOUND, () -> { // bound in the thread that does the work
            try (io.warta.text.Deadline.Scope scope = io.warta.text.Deadline.after(Duration.ofMillis(200)).bind()) {
                org.assertj.core.api.Assertions.assertThatThrownBy(() -> phrase.translate(words))
                        .isInstanceOf(io.warta.text.Deadline.Exceeded.class);
            }
        });
        try (io.warta.text.Deadline.Scope scope = io.warta.text.Deadline.after(Duration.ZERO).bind()) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> lexicon.translate("Harga beras naik."))
                    .isInstanceOf(io.warta.text.Deadline.Exceeded.class);
        }
        assertThat(phrase.translate("Harga beras naik.")).containsIgnoringCase("rice"); // unbound again: no deadline
    }
}
