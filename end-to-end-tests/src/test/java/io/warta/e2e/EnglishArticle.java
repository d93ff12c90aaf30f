package io.warta.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.restassured.path.json.JsonPath;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the gateway's answer for the example article must mean, beyond its shape: the text is English (the
 * Indonesian names and verbs are gone), and the summaries are made of the article's own English sentences
 * (standard and detailed are body segments' translations, in document order; the headline, the short summary and
 * key points, which may be compressed on the Indonesian side, use the body's English words).
 */
final class EnglishArticle {

    /** Common Indonesian words an English translation cannot keep. */
    private static final Set<String> INDONESIAN = Set.of("yang", "dengan", "untuk", "pada", "tersebut", "menelepon",
            "utara", "dan", "dari", "ini", "itu", "akan", "bahwa", "presiden", "pemimpin", "perang", "menjelang");
    private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

    private EnglishArticle() {
    }

    static void assertMeaning(JsonPath answer) {
        String text = answer.getString("translation.text");
        assertThat(text).contains("North Korea").contains("Russian President Vladimir Putin")
                .doesNotContain("Korea Utara").doesNotContain("menelepon");
        assertEnglish("translation.text", text);
        assertEnglish("title.translation", answer.getString("title.translation"));

        List<String> segments = answer.getList("translation.segments.translation", String.class);
        List<Integer> standard = assertMadeOfSegments("summaries.standard", answer.getString("summaries.standard"), segments);
        List<Integer> detailed = assertMadeOfSegments("summaries.detailed", answer.getString("summaries.detailed"), segments);
        assertThat(standard).as("segments of the standard tier").hasSize(3);
        assertThat(detailed).as("segments of the detailed tier").containsAll(standard);

        Set<String> bodyWords = words(String.join(" ", segments));
        assertUsesBodyWords("summaries.headline", answer.getString("summaries.headline"), bodyWords);
        assertUsesBodyWords("summaries.short", answer.getString("summaries.short"), bodyWords);
        List<String> keyPoints = answer.getList("summaries.keyPoints", String.class);
        for (int i = 0; i < keyPoints.size(); i++) {
            assertUsesBodyWords("summaries.keyPoints[" + i + "]", keyPoints.get(i), bodyWords);
        }
    }

    private static void assertEnglish(String field, String text) {
        assertThat(text).as(field).isNotBlank();
        Set<String> left = new HashSet<>(words(text));
        left.retainAll(INDONESIAN);
        assertThat(left).as("Indonesian words left in %s: %s", field, text).isEmpty();
    }

    /**
     * The tier is one or more segment translations joined by spaces, each used once, in document order; returns
     * their indices.
     */
    private static List<Integer> assertMadeOfSegments(String field, String tier, List<String> segments) {
        assertEnglish(field, tier);
        int at = 0;
        int next = 0;
        List<Integer> used = new java.util.ArrayList<>();
        while (at < tier.length()) {
            int found = -1;
            for (int j = next; j < segments.size() && found < 0; j++) {
                String s = segments.get(j);
                int end = at + s.length();
                if (!s.isEmpty() && tier.startsWith(s, at) && (end == tier.length() || tier.charAt(end) == ' ')) {
                    found = j;
                }
            }
            if (found < 0) {
                fail("%s is not made of body segments' translations in order; no segment at: %s", field,
                        tier.substring(at));
            }
            at += segments.get(found).length() + 1;
            next = found + 1;
            used.add(found);
        }
        return used;
    }

    /** A compressed sentence's translation: English, and (nearly) every word of it is in the body's English. */
    private static void assertUsesBodyWords(String field, String text, Set<String> bodyWords) {
        assertEnglish(field, text);
        List<String> words = words(text).stream().toList();
        long known = words.stream().filter(bodyWords::contains).count();
        assertThat((double) known / words.size()).as("share of %s's words found in the body's English: %s", field, text)
                .isGreaterThanOrEqualTo(0.8);
    }

    private static Set<String> words(String text) {
        Set<String> out = new java.util.LinkedHashSet<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }
}
