package io.warta.translate.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.warta.translate.engine.lexicon.Gazetteer;
import io.warta.translate.engine.phrase.LanguageModel;
import io.warta.translate.engine.phrase.PhraseTable;
import io.warta.translate.engine.phrase.PhraseTranslator;
import io.warta.translate.engine.phrase.Truecaser;
import io.warta.translate.engine.phrase.Weights;
import io.warta.translate.engine.training.KneserNeyBuilder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The phrase engine end to end on a toy model: option sources, features, decoder and casing together. */
class PhraseTranslatorTest {

    @TempDir
    Path dir;

    private LanguageModel toyLm() throws Exception {
        KneserNeyBuilder b = new KneserNeyBuilder(4, 1000, new int[] {1, 1, 1, 1});
        for (String s : new String[] {
            "the big house is here", "a big house", "the big house", "the small car is here", "a small car",
            "i see the big house", "i see a small car", "the house is big", "that house is big", "big car"}) {
            b.add(List.of(s.split(" ")));
        }
        Path file = dir.resolve("lm.bin.gz");
        b.build(file);
        try (InputStream in = Files.newInputStream(file)) {
            return LanguageModel.read(in);
        }
    }

    private static PhraseTable toyTable() throws Exception {
        TreeMap<String, List<PhraseTable.Option>> m = new TreeMap<>();
        m.put("rumah", List.of(opt(-0.1, "house"), opt(-1.5, "home")));
        m.put("besar", List.of(opt(-0.1, "big"), opt(-2.0, "large")));
        m.put("mobil", List.of(opt(-0.1, "car")));
        m.put("kecil", List.of(opt(-0.1, "small")));
        m.put("saya", List.of(opt(-0.1, "i")));
        m.put("melihat", List.of(opt(-0.1, "see")));
        m.put("itu", List.of(opt(-0.3, "the"), opt(-0.5, "that")));
        m.put("militer", List.of(opt(-0.1, "military")));
        m.put("tapi", List.of(opt(-0.1, "but")));
        // Round-trip through the file format, as the engine loads it.
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PhraseTable.write(out, m);
        return PhraseTable.read(new ByteArrayInputStream(out.toByteArray()));
    }

    private static PhraseTable.Option opt(double logp, String english) {
        float p = (float) logp;
        return new PhraseTable.Option(english.split(" "), new float[] {p, p, p, p, 0});
    }

    private PhraseTranslator translator(int distortionLimit) throws Exception {
        return translator(distortionLimit, Weights.defaults().get("distortion"));
    }

    private PhraseTranslator translator(int distortionLimit, double distortionWeight) throws Exception {
        Gazetteer g = new Gazetteer();
        g.add("Korea Utara", "North Korea", "North Korean");
        g.add("Presiden", "President");
        Map<String, String> cases = new HashMap<>();
        cases.put("i", "I");
        // No lexicalized reordering here: the toy options carry only the default orientation scores.
        Weights w = Weights.defaults().with("distortion", distortionWeight).with("reorder.previous", 0)
                .with("reorder.next", 0);
        return new PhraseTranslator(toyTable(), toyLm(), new Truecaser(cases), g, w, 20, distortionLimit, 10);
    }

    @Test
    void languageModelPrefersSeenWordOrder() throws Exception {
        LanguageModel lm = toyLm();
        assertThat(sentence(lm, "the big house")).isGreaterThan(sentence(lm, "the house big"));
        assertThat(sentence(lm, "i see a small car")).isGreaterThan(sentence(lm, "i see a car small"));
        assertThat(lm.score(LanguageModel.BOS, 1, lm.id("zzz"))).isLessThan(lm.score(LanguageModel.BOS, 1, lm.id("the")));
    }

    @Test
    void languageModelDistributionsSumToOne() throws Exception {
        LanguageModel lm = toyLm();
        for (String history : new String[] {"", "the", "the big", "i see the", "that house is"}) {
            long h = LanguageModel.BOS;
            int len = 1;
            for (String w : history.isEmpty() ? new String[0] : history.split(" ")) {
                h = lm.push(h, lm.id(w));
                len = Math.min(len + 1, 3);
            }
            double sum = 0;
            for (String w : lm.words()) {
                if (!w.equals("<s>")) {
                    sum += Math.pow(10, lm.score(h, len, lm.id(w)));
                }
            }
            // 8-bit quantization of probabilities and back-off weights costs a few percent.
            assertThat(sum).as("sum after '%s'", history).isBetween(0.9, 1.1);
        }
    }

    @Test
    void languageModelKeysAreExactForHighWordIdsToo() throws Exception {
        // 40,000 words: ids above 32,767 make the packed keys negative, which the sorted, delta-coded keys must survive.
        KneserNeyBuilder b = new KneserNeyBuilder(4, 65000, new int[] {1, 1, 1, 1});
        for (int i = 0; i < 40_000; i++) {
            for (int copy = 0; copy <= i % 3; copy++) { // counts 1, 2 and 3, so that the discounts are not degenerate
                b.add(List.of("w" + i, "w" + (i + 1) % 40_000, "w" + (i + 2) % 40_000, "w" + (i + 3) % 40_000));
            }
        }
        Path file = dir.resolve("big-lm.bin.gz");
        b.build(file);
        LanguageModel lm;
        try (InputStream in = Files.newInputStream(file)) {
            lm = LanguageModel.read(in);
        }
        for (int i : new int[] {7, 20_000, 39_000}) {
            long h = LanguageModel.BOS;
            for (int k = 0; k < 3; k++) {
                h = lm.push(h, lm.id("w" + (i + k)));
            }
            double seen = lm.score(h, 3, lm.id("w" + (i + 3)));
            double sum = 0;
            int above = 0;
            for (String w : lm.words()) {
                if (!w.equals("<s>")) {
                    float p = lm.score(h, 3, lm.id(w));
                    sum += Math.pow(10, p);
                    // Exact keys: no unseen word after this history scores anywhere near the 4-gram seen (</s> was seen
                    // after it too, in the sentence that ends there).
                    if (!w.equals("w" + (i + 3)) && !w.equals("</s>") && p > seen - 1) {
                        above++;
                    }
                }
            }
            assertThat(seen).isGreaterThan(-1.5);
            assertThat(above).as("words scored like the seen one after w%d", i).isZero();
            assertThat(sum).as("sum after w%d", i).isBetween(0.9, 1.1);
        }
    }

    private static double sentence(LanguageModel lm, String s) {
        long h = LanguageModel.BOS;
        int len = 1;
        double total = 0;
        for (String w : (s + " </s>").split(" ")) {
            int id = lm.id(w);
            total += lm.score(h, len, id);
            h = lm.push(h, id);
            len = Math.min(len + 1, 3);
        }
        return total;
    }

    @Test
    void reordersNounAdjectiveWhenTheLanguageModelWantsIt() throws Exception {
        // The toy LM prefers "the big house" by only 0.16 (log10), so reordering must be cheap here.
        assertThat(translator(4, -0.02).translate("itu rumah besar")).isEqualTo("The big house");
        assertThat(translator(0, -0.02).translate("itu rumah besar")).isEqualTo("The house big");
    }

    @Test
    void offersTheModifierBeforeItsHeadWithoutDistortion() throws Exception {
        // Distortion limit 0: only the noun-phrase option can put "big" before "house".
        Weights w = Weights.defaults().with("reorder.previous", 0).with("reorder.next", 0);
        PhraseTranslator swaps = new PhraseTranslator(toyTable(), toyLm(), new Truecaser(Map.of()), new Gazetteer(),
                w.with("nounPhraseSwap", 0.0), 20, 0, 10);
        assertThat(swaps.translate("saya melihat mobil kecil")).isEqualTo("I see small car");
        assertThat(swaps.translate("itu rumah besar")).isEqualTo("The big house");
        // Verb forms and function words are never moved in front: "melihat" stays where it is.
        assertThat(swaps.translate("rumah melihat")).isEqualTo("House see");
        PhraseTranslator costly = new PhraseTranslator(toyTable(), toyLm(), new Truecaser(Map.of()), new Gazetteer(),
                w.with("nounPhraseSwap", -20.0), 20, 0, 10);
        assertThat(costly.translate("itu rumah besar")).isEqualTo("The house big");
        assertThat(io.warta.translate.engine.phrase.options.ModifierSwaps.modifierFirst("big", new String[] {"the", "house"})).containsExactly("the", "big", "house");
        assertThat(io.warta.translate.engine.phrase.options.ModifierSwaps.modifierFirst("flood", new String[] {"victims"})).containsExactly("flood", "victims");
    }

    @Test
    void writesTitleCaseHeadlinesInTitleCase() throws Exception {
        assertThat(io.warta.translate.engine.phrase.Casing.isTitleCaseHeadline(List.of("Warga", "Papanggo", "Akan", "Dievakuasi", "ke", "SMP", "129"))).isTrue();
        assertThat(io.warta.translate.engine.phrase.Casing.isTitleCaseHeadline(List.of("Saya", "melihat", "mobil", "kecil", "Budi"))).isFalse();
        assertThat(io.warta.translate.engine.phrase.Casing.isTitleCaseHeadline(List.of("Warga", "Papanggo", "Akan", "Dievakuasi", "."))).isFalse();
        assertThat(io.warta.translate.engine.phrase.Casing.titleCase(List.of("the", "citizens", "of", "Papanggo", "will", "be", "evacuated", "to", "SMP")))
                .containsExactly("The", "Citizens", "of", "Papanggo", "Will", "Be", "Evacuated", "to", "SMP");
        PhraseTranslator t = translator(4);
        assertThat(t.translate("Saya Melihat Mobil Kecil Itu")).isEqualTo("I See the Small Car");
    }

    @Test
    void translatesCopiesUnknownNamesAndKeepsNumbers() throws Exception {
        PhraseTranslator t = translator(4);
        assertThat(t.translate("saya melihat mobil kecil itu")).startsWith("I see");
        assertThat(t.translate("saya melihat Budi dan 1.500 mobil.")).contains("Budi", "1,500").endsWith(".");
        assertThat(t.translate("saya melihat Jakarta Timur")).contains("East Jakarta");
        // An administrative unit follows the place's name in English; a translated word after it is no name.
        assertThat(t.translate("saya melihat Kecamatan Kramatjati")).isEqualTo("I see Kramatjati Sub-District");
        assertThat(t.translate("saya melihat Kelurahan Cililitan")).isEqualTo("I see Cililitan Urban Village");
        assertThat(t.translate("saya melihat Desa Besar")).doesNotContain("Besar Village");
        assertThat(t.translate("saya melihat Kali Sunter Kresek")).isEqualTo("I see Sunter Kresek River");
        // A bracketed date after a weekday is day/month in Indonesian, month/day in English-language news.
        assertThat(t.translate("saya melihat Budi, Selasa (13/12).")).endsWith("Selasa (12/13).");
        assertThat(t.translate("saya melihat 13/12")).endsWith("13/12");
    }

    @Test
    void readsSpeechVerbsAfterAClosingQuoteAsAttribution() throws Exception {
        PhraseTranslator t = translator(4);
        assertThat(t.translate("\"saya melihat mobil,\" tandasnya.")).endsWith(",\" he stressed.");
        assertThat(t.translate("\"saya melihat mobil,\" ujar Budi.")).endsWith(",\" said Budi.");
        // Elsewhere the word is left to the model (tandas alone is also a noun).
        assertThat(t.translate("saya melihat tandasnya")).doesNotContain("stressed");
        assertThat(t.translate("\"saya melihat mobil,\" ujar mereka.")).doesNotContain("said");
    }

    @Test
    void namesAnOfficeByItsFieldFirst() throws Exception {
        // Distortion limit 0: only the institution option can put the field before "Department".
        PhraseTranslator t = new PhraseTranslator(toyTable(), toyLm(), new Truecaser(Map.of()), new Gazetteer(),
                Weights.defaults(), 20, 0, 10);
        assertThat(t.translate("saya melihat Dinas Mobil")).isEqualTo("I see Car Department");
        assertThat(t.translate("saya melihat Suku Dinas Mobil")).isEqualTo("I see Car Sub-Department");
        // A field the phrase table does not know stays as it is.
        assertThat(t.translate("saya melihat Dinas Zzyzx")).doesNotContain("Department");
    }

    @Test
    void lexicalizedReorderingScoresTheSwapThePhraseTableSawOrForbids() throws Exception {
        TreeMap<String, List<PhraseTable.Option>> m = new TreeMap<>();
        float[] swaps = {(float) Math.log(0.1), (float) Math.log(0.8), (float) Math.log(0.1),
            (float) Math.log(0.1), (float) Math.log(0.8), (float) Math.log(0.1)};
        float[] monotone = {(float) Math.log(0.9), (float) Math.log(0.01), (float) Math.log(0.09),
            (float) Math.log(0.9), (float) Math.log(0.01), (float) Math.log(0.09)};
        m.put("rumah", List.of(new PhraseTable.Option(new String[] {"house"}, new float[] {-0.1f, -0.1f, -0.1f, -0.1f, 0}, swaps)));
        m.put("besar", List.of(new PhraseTable.Option(new String[] {"big"}, new float[] {-0.1f, -0.1f, -0.1f, -0.1f, 0}, swaps)));
        m.put("mobil", List.of(new PhraseTable.Option(new String[] {"car"}, new float[] {-0.1f, -0.1f, -0.1f, -0.1f, 0}, monotone)));
        m.put("kecil", List.of(new PhraseTable.Option(new String[] {"small"}, new float[] {-0.1f, -0.1f, -0.1f, -0.1f, 0}, monotone)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PhraseTable.write(out, m);
        PhraseTable table = PhraseTable.read(new ByteArrayInputStream(out.toByteArray()));
        // The noun-phrase swap option is priced out here: this test is about the lexicalized reordering model.
        Weights w = Weights.defaults().with("distortion", -0.02).with("reorder.previous", 1.0)
                .with("reorder.next", 1.0).with("nounPhraseSwap", -100.0);
        PhraseTranslator t = new PhraseTranslator(table, toyLm(), new Truecaser(Map.of()), new Gazetteer(), w, 20, 4, 10);
        // The LM slightly prefers "big house" and "small car"; only the first pair was seen swapped.
        assertThat(t.translate("rumah besar")).isEqualTo("Big house");
        assertThat(t.translate("mobil kecil")).isEqualTo("Car small");
    }

    @Test
    void penalizesWordsTheLanguageModelDoesNotKnow() throws Exception {
        TreeMap<String, List<PhraseTable.Option>> m = new TreeMap<>();
        // "stalino" (not in the toy LM) scores a little better in the table than "house" (in the LM).
        m.put("rumah", List.of(opt(-0.5, "stalino"), opt(-1.0, "house")));
        m.put("besar", List.of(opt(-0.1, "big")));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PhraseTable.write(out, m);
        PhraseTable table = PhraseTable.read(new ByteArrayInputStream(out.toByteArray()));
        LanguageModel lm = toyLm();
        assertThat(lm.id("stalino")).isEqualTo(LanguageModel.UNK);
        Weights none = Weights.defaults().with("lm", 0.0);
        PhraseTranslator plain = new PhraseTranslator(table, lm, new Truecaser(Map.of()), new Gazetteer(), none, 20, 0, 10);
        assertThat(plain.translate("besar rumah")).isEqualTo("Big stalino");
        PhraseTranslator penalized = new PhraseTranslator(table, lm, new Truecaser(Map.of()), new Gazetteer(),
                none.with("lm.unknownWord", -2.0), 20, 0, 10);
        assertThat(penalized.translate("besar rumah")).isEqualTo("Big house");
    }

    @Test
    void putsTheCountryAdjectiveBeforeTheNounItModifies() throws Exception {
        PhraseTranslator t = translator(4);
        assertThat(t.translate("saya melihat militer Korea Utara")).isEqualTo("I see North Korean military");
        assertThat(t.translate("saya melihat Presiden Korea Utara")).contains("North Korean President");
    }

    @Test
    void translatesCapitalizedWordsThatStartQuotedSpeechAndKeepsAcronymsAndDomains() throws Exception {
        PhraseTranslator t = translator(4);
        // "Tapi" opens the quotation: a capital there does not make it a name; "Budi" is one.
        List<String> tokens = io.warta.translate.engine.text.Tokenizer.tokenizeIndonesian("Budi berkata, \"Tapi Budi.\" Lalu pergi");
        assertThat(io.warta.translate.engine.phrase.Casing.capitalizedByPosition(tokens, true))
                .containsExactly(true, false, false, false, true, false, false, false, true, false);
        assertThat(io.warta.translate.engine.phrase.Casing.capitalizedByPosition(List.of("Putin", "Telepon", "Kim", "sebelum", "Bertemu", "Trump"), true))
                .containsOnly(true);
        assertThat(t.translate("saya melihat mobil: \"Tapi mobil kecil\"")).contains("But");
        // English output: capitals after sentence ends and opening quotes, not after a closing quote.
        assertThat(io.warta.translate.engine.phrase.Casing.capitalizeSentenceStarts(List.of("alone", ",", "\"", "said", "Budi", ".", "then", "home")))
                .containsExactly("alone", ",", "\"", "said", "Budi", ".", "Then", "home");
        assertThat(io.warta.translate.engine.phrase.Casing.capitalizeSentenceStarts(List.of("\"", "but", "no", "\"", "said", "he")))
                .containsExactly("\"", "But", "no", "\"", "said", "he");
        assertThat(t.translate("saya melihat KCNA dan Bisnis.com")).contains("KCNA", "Bisnis.com");
    }
}
