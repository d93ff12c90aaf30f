package io.warta.text.glossary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class GlossaryTest {

    private static final Glossary DPRK = Glossary.of(List.of(new GlossaryEntry("Korea Utara", "the DPRK"),
            new GlossaryEntry("KPK", "KPK"), new GlossaryEntry("Korea", "Korea (either)")), Glossary.Limits.DEFAULT);

    private static List<String> found(String text) {
        return DPRK.sources().find(GlossaryWords.of(text)).stream()
                .map(m -> m.term().source() + (m.clitic().isEmpty() ? "" : "+" + m.clitic())).toList();
    }

    @Test
    void findsTermsOnWordBoundariesInAnyCaseLongestFirst() {
        assertThat(found("Pemimpin KOREA utara bertemu KPK, lalu Korea Selatan.")).containsExactly("Korea Utara", "KPK",
                "Korea");
        assertThat(found("Korean dan KPKX dan XKPK")).isEmpty();
        assertThat(found("Korea, Utara")).containsExactly("Korea"); // a comma ends the term
    }

    @Test
    void findsTermsCarryingAClitic() {
        assertThat(found("Penyidik KPK-nya datang, Korea Utaranya diam, KPK-pun tahu.")).containsExactly("KPK+nya",
                "Korea Utara+nya", "KPK+pun");
        assertThat(found("KPKnya")).containsExactly("KPK+nya");
        assertThat(found("Koreaku")).containsExactly("Korea+ku");
        assertThat(Glossary.render("the DPRK", "ku")).isEqualTo("my DPRK");
        assertThat(Glossary.render("the DPRK", "nya")).isEqualTo("the DPRK");
    }

    @Test
    void digestIsTheNormalizedContentOrderAndSourceCaseAside() {
        Glossary a = Glossary.of(List.of(new GlossaryEntry("Korea  Utara", "the DPRK"), new GlossaryEntry("KPK", "KPK")),
                Glossary.Limits.DEFAULT);
        Glossary b = Glossary.of(List.of(new GlossaryEntry("kpk", "KPK"), new GlossaryEntry("korea utara ", "the DPRK")),
                Glossary.Limits.DEFAULT);
        Glossary c = Glossary.of(List.of(new GlossaryEntry("kpk", "KPK"), new GlossaryEntry("korea utara", "North Korea")),
                Glossary.Limits.DEFAULT);
        assertThat(a.digest()).hasSize(64).isEqualTo(b.digest()).isNotEqualTo(c.digest());
        assertThat(a.entries().get(0).source()).isEqualTo("Korea Utara");
        assertThat(Glossary.of(List.of(), Glossary.Limits.DEFAULT).digest()).isEmpty();
    }

    @Test
    void refusesBadEntriesWithoutEchoingThem() {
        Glossary.Limits limits = new Glossary.Limits(3, 20);
        assertThatThrownBy(() -> Glossary.of(Collections.nCopies(4, new GlossaryEntry("a", "b")), limits))
                .isInstanceOf(InvalidGlossary.class).hasMessage("entries has 4 entries; at most 3 are allowed");
        assertThatThrownBy(() -> Glossary.of(List.of(new GlossaryEntry("secret-term-" + "x".repeat(20), "b")), limits))
                .hasMessage("entries[0].source is 32 characters; at most 20 are allowed");
        assertThatThrownBy(() -> Glossary.of(List.of(new GlossaryEntry("KPK", " ")), limits))
                .hasMessage("entries[0].target must not be blank");
        assertThatThrownBy(() -> Glossary.of(List.of(new GlossaryEntry("KPK", "a"), new GlossaryEntry("kpk", "b")), limits))
                .hasMessage("entries[1].source repeats the source of entries[0]");
        assertThatThrownBy(() -> Glossary.of(List.of(new GlossaryEntry("...", "a")), limits))
                .hasMessage("entries[0].source must contain a letter or digit");
        assertThatThrownBy(() -> Glossary.of(List.of(new GlossaryEntry("a b c d e f g h i", "x")), limits))
                .hasMessage("entries[0].source has 9 words; at most 8 are allowed");
    }

    @Test
    void aLongHostileTextCostsLinearTime() {
        List<GlossaryEntry> entries = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            entries.add(new GlossaryEntry("a a a a a a a b" + i, "x"));
        }
        Glossary worst = Glossary.of(entries, Glossary.Limits.DEFAULT);
        // every word starts a prefix of every term: still at most eight lookups per word
        assertThat(worst.sources().find(GlossaryWords.of("a ".repeat(200_000)))).isEmpty();
        assertThat(worst.sources().find(GlossaryWords.of("a ".repeat(7) + "b499"))).hasSize(1);
    }
}
