package io.warta.translate.engine.names;

import static org.assertj.core.api.Assertions.assertThat;

import io.warta.translate.engine.ModelFiles;
import io.warta.translate.engine.names.NameFinder.Entity;
import io.warta.translate.engine.names.NameFinder.Pair;
import io.warta.translate.engine.phrase.PhraseModel;
import io.warta.translate.engine.phrase.PhraseTranslator;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The built-in engine renders a gazetteer name the same way in every sentence of an article, whatever surrounds it:
 * FixedSpans makes the gazetteer's English the only reading of the name's words (or its adjective, in front of a noun),
 * so nothing in another sentence can change it. Every mention below is found, under one English.
 */
class ArticleNamesConsistencyTest {

    private static PhraseTranslator engine;

    @BeforeAll
    static void load() {
        engine = PhraseModel.load(new ModelFiles());
    }

    @Test
    void everyMentionOfAGazetteerNameHasTheSameEnglish() {
        List<String> article = List.of(
                "Korea Utara kembali menembakkan rudal balistik ke laut pada Selasa pagi.",
                "Militer Korea Selatan mengatakan rudal Korut terbang sejauh 600 kilometer.",
                "Jepang dan Amerika Serikat mengecam peluncuran oleh Korea Utara itu.",
                "Pemimpin Korut Kim Jong-un menyaksikan langsung uji coba tersebut.",
                "Pemerintah Korea Utara belum memberikan tanggapan.");
        List<Pair> pairs = article.stream().map(s -> new Pair(s, engine.translate(s))).toList();
        List<Entity> found = NameFinder.load(new ModelFiles()).find(pairs);
        Entity northKorea = found.stream().filter(e -> e.translation().equals("North Korea")).findFirst().orElseThrow(
                () -> new AssertionError("North Korea not found in " + pairs));
        assertThat(northKorea.count()).as("every mention of Korea Utara/Korut, in %s", pairs).isEqualTo(5);
        assertThat(northKorea.source()).containsExactly("Korea Utara", "Korut");
        assertThat(found).extracting(Entity::translation).contains("South Korea", "Japan", "United States");
    }
}
