package io.warta.translate.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.warta.translate.engine.morph.EnglishInflection;
import io.warta.translate.engine.morph.Misspellings;
import io.warta.translate.engine.morph.OovGuesser;
import io.warta.translate.engine.morph.ReportingVerbs;
import io.warta.translate.engine.morph.VerbReadings;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The engine's English-side word rules; the Indonesian readings are tested in indonesian-text (IndonesianMorphologyTest). */
class MorphologyTest {

    @Test
    void readsReduplicationAsPlural() {
        assertThat(OovGuesser.guess("negara-negara", Map.of("negara", "country")::get)).isEqualTo("countries");
        assertThat(OovGuesser.guess("sampah-sampah", Map.of("sampah", "garbage")::get)).isEqualTo("garbages");
    }

    @Test
    void guessesPassiveParticipleAndPossessive() {
        assertThat(OovGuesser.guess("dimusnahkan", Map.of("musnah", "destroy")::get)).isEqualTo("destroyed");
        assertThat(OovGuesser.guess("diambil", Map.of("ambil", "take")::get)).isEqualTo("taken");
        assertThat(OovGuesser.guess("bukuku", Map.of("buku", "book")::get)).isEqualTo("my book");
        assertThat(OovGuesser.guess("xyzabc", Map.of("buku", "book")::get)).isNull();
    }

    @Test
    void inflectsEnglish() {
        assertThat(EnglishInflection.plural("city")).isEqualTo("cities");
        assertThat(EnglishInflection.plural("box")).isEqualTo("boxes");
        assertThat(EnglishInflection.pastParticiple("stop")).isEqualTo("stopped");
        assertThat(EnglishInflection.pastParticiple("ban")).isEqualTo("banned");
        assertThat(EnglishInflection.pastParticiple("visit")).isEqualTo("visited");
        assertThat(EnglishInflection.pastParticiple("need")).isEqualTo("needed");
        assertThat(EnglishInflection.pastParticiple("carry")).isEqualTo("carried");
        assertThat(EnglishInflection.pastParticiple("write")).isEqualTo("written");
    }

    @Test
    void readsTheFirstBareVerbInThePastOrAsAGerund() {
        Set<String> known = Set.of("called", "took", "stopped", "countryed");
        assertThat(VerbReadings.past(new String[] {"call", "the", "leader"}, known::contains))
                .containsExactly("called", "the", "leader");
        assertThat(VerbReadings.past(new String[] {"take"}, known::contains)).containsExactly("took");
        assertThat(VerbReadings.past(new String[] {"stop"}, known::contains)).containsExactly("stopped");
        // Not a bare verb, or a past the language model has never seen: no variant.
        assertThat(VerbReadings.past(new String[] {"will", "call"}, known::contains)).isNull();
        assertThat(VerbReadings.past(new String[] {"calls"}, known::contains)).isNull();
        assertThat(VerbReadings.past(new String[] {"water"}, known::contains)).isNull();
        assertThat(VerbReadings.past(new String[0], known::contains)).isNull();
        Set<String> gerunds = Set.of("meeting", "making", "stopping", "dying", "seeing");
        assertThat(VerbReadings.gerund(new String[] {"meet", "trump"}, gerunds::contains)).containsExactly("meeting", "trump");
        assertThat(EnglishInflection.gerund("make")).isEqualTo("making");
        assertThat(EnglishInflection.gerund("stop")).isEqualTo("stopping");
        assertThat(EnglishInflection.gerund("die")).isEqualTo("dying");
        assertThat(EnglishInflection.gerund("see")).isEqualTo("seeing");
        assertThat(VerbReadings.gerund(new String[] {"will"}, gerunds::contains)).isNull();
    }

    @Test
    void readsSpeechVerbsOnlyRightAfterAClosingQuote() {
        List<String> tokens = List.of("\"", "tandasnya", ".");
        assertThat(ReportingVerbs.attribution(tokens, tokens, 1)).containsExactly("he", "stressed");
        List<String> named = List.of("\"", "ujar", "Budi");
        assertThat(ReportingVerbs.attribution(named, List.of("\"", "ujar", "budi"), 1)).containsExactly("said");
        List<String> plain = List.of("di", "tandasnya");
        assertThat(ReportingVerbs.attribution(plain, plain, 1)).isNull();
        List<String> noName = List.of("\"", "ujar", "mereka");
        assertThat(ReportingVerbs.attribution(noName, noName, 1)).isNull();
        // A passive attribution before a name and a comma reads as "Name said".
        List<String> passive = List.of("Dikatakan", "Sukesti", ",", "acara");
        List<String> passiveLower = List.of("dikatakan", "sukesti", ",", "acara");
        ReportingVerbs.Span span = ReportingVerbs.passiveAttribution(passive, passiveLower, 0);
        assertThat(span.length()).isEqualTo(2);
        assertThat(span.words()).containsExactly("Sukesti", "said");
        assertThat(ReportingVerbs.passiveAttribution(List.of("Ditambahkannya", "Heru", ","),
                List.of("ditambahkannya", "heru", ","), 0).words()).containsExactly("Heru", "added");
        // Without the comma after the name, or before a lower-case word, it is an ordinary passive.
        assertThat(ReportingVerbs.passiveAttribution(List.of("Dikatakan", "Sukesti", "bahwa"),
                List.of("dikatakan", "sukesti", "bahwa"), 0)).isNull();
        assertThat(ReportingVerbs.passiveAttribution(List.of("Dikatakan", "karena", ","),
                List.of("dikatakan", "karena", ","), 0)).isNull();
    }

    @Test
    void repairsATypoOneEditAway() {
        Set<String> known = Set.of("memiliki", "menyatakan", "dianggap", "akibat", "konstruksi", "rumah");
        assertThat(Misspellings.correct("memliliki", known::contains)).isEqualTo("memiliki");
        assertThat(Misspellings.correct("mneyatakan", known::contains)).isEqualTo("menyatakan");
        assertThat(Misspellings.correct("diangggap", known::contains)).isEqualTo("dianggap");
        assertThat(Misspellings.correct("akiban", known::contains)).isEqualTo("akibat");
        assertThat(Misspellings.correct("kontruksi", known::contains)).isEqualTo("konstruksi");
        // Too short to guess, two edits away, or not a plain lower-case word: nothing.
        assertThat(Misspellings.correct("rumha", known::contains)).isNull();
        assertThat(Misspellings.correct("mmiliik", known::contains)).isNull();
        assertThat(Misspellings.correct("Memliliki", known::contains)).isNull();
    }
}
