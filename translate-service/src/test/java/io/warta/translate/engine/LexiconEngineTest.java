package io.warta.translate.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.warta.translate.engine.lexicon.Gazetteer;
import io.warta.translate.engine.lexicon.Lexicon;
import io.warta.translate.engine.lexicon.LexiconTranslator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LexiconEngineTest {

    @Test
    void translatesWordForWordWithPhrasesGazetteerAndMorphology() {
        Lexicon lexicon = Lexicon.of(Map.of(
                "rumah", List.of("house", "home"),
                "sakit", List.of("sick"),
                "rumah sakit", List.of("hospital"),
                "negara", List.of("country"),
                "musnah", List.of("destroy"),
                "itu", List.of("that")));
        Gazetteer gazetteer = new Gazetteer();
        gazetteer.add("Korea Utara", "North Korea");
        gazetteer.add("Minggu", "Sunday");
        LexiconTranslator t = new LexiconTranslator(lexicon, gazetteer);
        assertThat(t.translate("rumah sakit itu dimusnahkan")).isEqualTo("Hospital that destroyed");
        assertThat(t.translate("negara-negara Korea Utara, 1.500 orang.")).isEqualTo("Countries North Korea, 1,500 orang.");
        assertThat(t.translate("rumah Minggu minggu")).isEqualTo("House Sunday minggu");
    }

    @Test
    void classpathEngineLoadsAndIsDeterministic() {
        LexiconEngine engine = new LexiconEngine();
        assertThat(engine.id()).isEqualTo("lexicon");
        assertThat(engine.isReady()).isTrue();
        assertThat(engine.version()).startsWith("lexicon-");
        String out = engine.translate("Presiden Rusia bertemu dengan pemimpin Korea Utara di Moskow.");
        assertThat(out).contains("President", "Russia", "North Korea", "Moscow").endsWith(".");
        assertThat(engine.translate("Presiden Rusia bertemu dengan pemimpin Korea Utara di Moskow.")).isEqualTo(out);
    }
}
