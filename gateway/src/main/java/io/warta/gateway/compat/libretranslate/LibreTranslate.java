package io.warta.gateway.compat.libretranslate;

import com.fasterxml.jackson.databind.JsonNode;
import io.warta.gateway.compat.CompatFailure;
import io.warta.gateway.compat.CompatFailure.Kind;
import io.warta.gateway.compat.CompatTranslator;
import io.warta.gateway.compat.CompatTranslator.Detected;
import io.warta.gateway.compat.CompatTranslator.Format;
import io.warta.gateway.compat.JsonTexts;
import io.warta.gateway.compat.libretranslate.LibreTranslateMessages.Detection;
import io.warta.gateway.compat.libretranslate.LibreTranslateMessages.Language;
import io.warta.gateway.compat.libretranslate.LibreTranslateMessages.Translation;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Locale;

/**
 * LibreTranslate's parameters and answers over {@link CompatTranslator}: {@code q} a string or an array (the answer
 * has the same shape), {@code source} {@code id} or {@code auto}, {@code target} {@code en}, {@code format}
 * {@code text} or {@code html}. Missing parameters and unsupported languages are refused with LibreTranslate's
 * messages (libretranslate/app.py).
 */
@ApplicationScoped
public class LibreTranslate {

    static final String AUTO = "auto";
    static final List<Language> LANGUAGES = List.of(
            new Language("id", "Indonesian", List.of("en")),
            new Language("en", "English", List.of()));

    /** The texts of one request, and whether they came as an array (then the answer is one too). */
    record Texts(List<String> texts, boolean array) {

        /** From a form: one {@code q} is a string; repeated {@code q} fields are an array. */
        static Texts ofForm(List<String> q) {
            return new Texts(q == null ? List.of() : q, q != null && q.size() > 1);
        }

        static Texts ofJson(JsonNode q) {
            JsonTexts texts = JsonTexts.of(q, "q must be a string or an array of strings");
            return new Texts(texts.texts(), texts.array());
        }

        /** As LibreTranslate's {@code if not q}: absent, an empty string and an empty array are all missing. */
        boolean missing() {
            return texts.isEmpty() || !array && texts.get(0).isEmpty();
        }
    }

    private final CompatTranslator translator;

    LibreTranslate(CompatTranslator translator) {
        this.translator = translator;
    }

    Translation translate(Texts q, String source, String target, String format, String apiKey) {
        if (q.missing()) {
            throw missing("q");
        }
        if (source == null || source.isEmpty()) {
            throw missing("source");
        }
        if (target == null || target.isEmpty()) {
            throw missing("target");
        }
        String sourceCode = source.toLowerCase(Locale.ROOT);
        if (!sourceCode.equals(AUTO) && !sourceCode.equals("id")) {
            throw notSupported(Kind.UNSUPPORTED_SOURCE, source);
        }
        if (!target.toLowerCase(Locale.ROOT).equals("en")) {
            throw notSupported(Kind.UNSUPPORTED_TARGET, target);
        }
        Format textFormat = format(format);
        CompatTranslator.Result result = translator.translate(q.texts(), textFormat, apiKey);
        Object detected = null;
        if (sourceCode.equals(AUTO)) {
            List<Detection> detections = result.detections().stream().map(LibreTranslate::detection).toList();
            detected = q.array() ? detections : detections.get(0);
        }
        return new Translation(q.array() ? result.translations() : result.translations().get(0), detected);
    }

    List<Detection> detect(Texts q, String apiKey) {
        if (q.missing()) {
            throw missing("q");
        }
        // One text, as LibreTranslate's /detect takes; for an array, the detection of all of it.
        List<String> all = q.array() ? List.of(String.join("\n", q.texts())) : q.texts();
        return translator.detect(all, apiKey).stream().map(LibreTranslate::detection).toList();
    }

    private static Format format(String format) {
        if (format == null || format.isEmpty() || format.equals("text")) {
            return Format.TEXT;
        }
        if (format.equals("html")) {
            return Format.HTML;
        }
        throw new CompatFailure(Kind.UNSUPPORTED_FORMAT, "only \"text\" and \"html\" formats are supported");
    }

    private static Detection detection(Detected detected) {
        return new Detection(Math.round(detected.confidence() * 1000) / 10.0, detected.language());
    }

    private static CompatFailure missing(String parameter) {
        return new CompatFailure(Kind.INVALID, "missing " + parameter + " parameter");
    }

    /** Never echoes a long or odd code back: LibreTranslate codes are a few letters. */
    private static CompatFailure notSupported(Kind kind, String code) {
        String shown = code.matches("[A-Za-z]{2,3}(-[A-Za-z]{2,4})?") ? code : "this language";
        return new CompatFailure(kind, shown + " is not supported; Warta translates Indonesian (id) into English (en)");
    }
}
