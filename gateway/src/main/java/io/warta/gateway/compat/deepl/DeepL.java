package io.warta.gateway.compat.deepl;

import com.fasterxml.jackson.databind.JsonNode;
import io.warta.gateway.compat.CompatFailure;
import io.warta.gateway.compat.CompatFailure.Kind;
import io.warta.gateway.compat.CompatTranslator;
import io.warta.gateway.compat.CompatTranslator.Format;
import io.warta.gateway.compat.JsonTexts;
import io.warta.gateway.compat.deepl.DeepLMessages.Language;
import io.warta.gateway.compat.deepl.DeepLMessages.TextResult;
import io.warta.gateway.compat.deepl.DeepLMessages.Translations;
import io.warta.gateway.compat.deepl.DeepLMessages.Usage;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * DeepL's parameters and answers over {@link CompatTranslator}: {@code text} one or many, {@code source_lang}
 * {@code ID} or absent, {@code target_lang} {@code EN}, {@code EN-US} or {@code EN-GB} (codes in any case, as DeepL
 * takes them), {@code tag_handling=html}; the key from {@code Authorization: DeepL-Auth-Key …}.
 */
@ApplicationScoped
public class DeepL {

    static final String AUTH_SCHEME = "DeepL-Auth-Key ";
    private static final Set<String> TARGETS = Set.of("EN", "EN-US", "EN-GB");
    private static final List<Language> SOURCE_LANGUAGES = List.of(new Language("ID", "Indonesian", null));
    private static final List<Language> TARGET_LANGUAGES = List.of(
            new Language("EN-GB", "English (British)", false),
            new Language("EN-US", "English (American)", false));

    private final CompatTranslator translator;

    DeepL(CompatTranslator translator) {
        this.translator = translator;
    }

    /** A JSON {@code text}: an array of strings, or one string. */
    static List<String> texts(JsonNode text) {
        return JsonTexts.of(text, "Parameter 'text' must be an array of strings.").texts();
    }

    /** JSON true, or the form values DeepL's clients send ("1", "true"). */
    static boolean flag(JsonNode value) {
        return value != null && (value.isBoolean() ? value.asBoolean() : flag(value.asText()));
    }

    static boolean flag(String value) {
        return "1".equals(value) || "true".equalsIgnoreCase(value);
    }

    /** The key of {@code Authorization: DeepL-Auth-Key KEY}, else the X-API-Key header, else none. */
    static String key(String authorization, String headerKey) {
        if (authorization != null && authorization.regionMatches(true, 0, AUTH_SCHEME, 0, AUTH_SCHEME.length())) {
            return authorization.substring(AUTH_SCHEME.length()).strip();
        }
        return headerKey;
    }

    Translations translate(List<String> texts, String sourceLang, String targetLang, String tagHandling,
            boolean showBilledCharacters, String apiKey) {
        if (texts == null || texts.isEmpty()) {
            throw new CompatFailure(Kind.INVALID, "Parameter 'text' not specified.");
        }
        if (targetLang == null || targetLang.isEmpty()) {
            throw new CompatFailure(Kind.INVALID, "Parameter 'target_lang' not specified.");
        }
        if (!TARGETS.contains(targetLang.toUpperCase(Locale.ROOT))) {
            throw new CompatFailure(Kind.UNSUPPORTED_TARGET,
                    "Value for 'target_lang' not supported: Warta translates into English (EN, EN-US, EN-GB).");
        }
        if (sourceLang != null && !sourceLang.isEmpty() && !sourceLang.equalsIgnoreCase("ID")) {
            throw new CompatFailure(Kind.UNSUPPORTED_SOURCE,
                    "Value for 'source_lang' not supported: Warta translates Indonesian (ID).");
        }
        CompatTranslator.Result result = translator.translate(texts, format(tagHandling), apiKey);
        List<TextResult> translations = new ArrayList<>(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            String text = texts.get(i);
            translations.add(new TextResult("ID", result.translations().get(i),
                    showBilledCharacters ? (long) text.codePointCount(0, text.length()) : null));
        }
        return new Translations(translations);
    }

    List<Language> languages(String type, String apiKey) {
        translator.admit(apiKey);
        if (type == null || type.isEmpty() || type.equals("source")) {
            return SOURCE_LANGUAGES;
        }
        if (type.equals("target")) {
            return TARGET_LANGUAGES;
        }
        throw new CompatFailure(Kind.INVALID, "Value for 'type' not supported: use source or target.");
    }

    Usage usage(String apiKey) {
        CompatTranslator.Usage usage = translator.usage(apiKey);
        return new Usage(usage.used(), usage.limit());
    }

    private static Format format(String tagHandling) {
        if (tagHandling == null || tagHandling.isEmpty()) {
            return Format.TEXT;
        }
        if (tagHandling.equals("html")) {
            return Format.HTML;
        }
        // XML tag handling keeps tags such as Weblate's placeholders in place; reducing them to text would lose them.
        throw new CompatFailure(Kind.UNSUPPORTED_FORMAT, "Value for 'tag_handling' not supported: only html.");
    }
}
