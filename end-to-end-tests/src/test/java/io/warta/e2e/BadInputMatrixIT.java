package io.warta.e2e;

import static io.warta.e2e.BadInputMatrixIT.Endpoint.ARTICLE_GET;
import static io.warta.e2e.BadInputMatrixIT.Endpoint.ARTICLE_GET_TEXT;
import static io.warta.e2e.BadInputMatrixIT.Endpoint.ARTICLE_JSON;
import static io.warta.e2e.BadInputMatrixIT.Endpoint.ARTICLE_TEXT;
import static io.warta.e2e.BadInputMatrixIT.Endpoint.ENGINES;
import static io.warta.e2e.BadInputMatrixIT.Endpoint.SUMMARIZER;
import static io.warta.e2e.BadInputMatrixIT.Endpoint.SUMMARY;
import static io.warta.e2e.BadInputMatrixIT.Endpoint.TRANSLATION;
import static io.warta.e2e.BadInputMatrixIT.Endpoint.TRANSLATION_BATCH;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every bad input sent to every public endpoint of the three packaged services, over real HTTP,
 * against PostgreSQL. The expected answer of each pair is in {@link #EXPECTED}, one table; a pair
 * that cannot be sent (a body to a GET, a batch to a single-text endpoint) is N/A there with a
 * one-word reason.
 *
 * <p>Every refusal must be exactly the expected status, {@code application/problem+json} with
 * type, title, status and detail, no stack trace or Java class name, no raw markup, and must
 * leave every table of the three services as it was. Markup and control characters are not
 * refused but reduced: the answer is 200 and neither the answer nor anything stored holds them.
 */
class BadInputMatrixIT {

    enum Endpoint {
        ARTICLE_JSON("gateway", "POST", "/api/v1/articles", "application/json"),
        ARTICLE_TEXT("gateway", "POST", "/api/v1/articles", "text/plain; charset=utf-8"),
        ARTICLE_GET("gateway", "GET", "/api/v1/articles/", "application/json"),
        ARTICLE_GET_TEXT("gateway", "GET", "/api/v1/articles/", "text/plain"),
        TRANSLATION("translate", "POST", "/v1/translations", "application/json"),
        TRANSLATION_BATCH("translate", "POST", "/v1/translations/batch", "application/json"),
        ENGINES("translate", "GET", "/v1/engines", "application/json"),
        SUMMARY("summary", "POST", "/v1/summaries", "application/json"),
        SUMMARIZER("summary", "GET", "/v1/summarizer", "application/json");

        final String service;
        final String method;
        final String path;
        /** Content-Type of a POST, Accept of a GET. */
        final String mediaType;

        Endpoint(String service, String method, String path, String mediaType) {
            this.service = service;
            this.method = method;
            this.path = path;
            this.mediaType = mediaType;
        }

        boolean isPost() {
            return method.equals("POST");
        }
    }

    enum Input {
        EMPTY_TEXT, MISSING_BODY, WHITESPACE_ONLY, OVER_TEXT_LIMIT, OVER_BODY_LIMIT, INVALID_JSON, WRONG_CONTENT_TYPE,
        INVALID_UTF8, BINARY, UNKNOWN_FIELD, WRONG_TYPE, UNSUPPORTED_PAIR, NOT_INDONESIAN, HTML_MARKUP,
        CONTROL_CHARACTERS, TOO_MANY_ITEMS, NONEXISTENT_ID, MALFORMED_ID
    }

    /** An expected status, or why the input does not apply to the endpoint (one word). */
    record Expected(int status, String notApplicable) {
        boolean applies() {
            return notApplicable == null;
        }

        @Override
        public String toString() {
            return applies() ? Integer.toString(status) : "N/A (" + notApplicable + ")";
        }
    }

    private static Expected s(int status) {
        return new Expected(status, null);
    }

    private static Expected na(String why) {
        return new Expected(0, why);
    }

    private static final Expected BODILESS = na("bodiless");
    private static final Expected IDLESS = na("idless");
    private static final Expected PLAIN = na("unstructured");
    private static final Expected UNBATCHED = na("unbatched");

    /**
     * The table. Columns in {@link Endpoint} order:
     * ARTICLE_JSON, ARTICLE_TEXT, ARTICLE_GET, ARTICLE_GET_TEXT, TRANSLATION, TRANSLATION_BATCH, ENGINES, SUMMARY, SUMMARIZER.
     * Notes: the gateway takes Indonesian only and has no source/target fields, so a language pair sent to it is an
     * unknown field (400); summary-service sums up English too, so "not Indonesian" is German text; engines and
     * summarizer have no sub-resources, so any id under them is an unknown path (404); a wrong media type on a GET
     * is an Accept header nobody serves (406).
     */
    static final Map<Input, List<Expected>> EXPECTED = new EnumMap<>(Map.ofEntries(
            row(Input.EMPTY_TEXT,         s(400), s(400), BODILESS, BODILESS, s(400), s(400), BODILESS, s(400), BODILESS),
            row(Input.MISSING_BODY,       s(400), s(400), BODILESS, BODILESS, s(400), s(400), BODILESS, s(400), BODILESS),
            row(Input.WHITESPACE_ONLY,    s(400), s(400), BODILESS, BODILESS, s(400), s(400), BODILESS, s(400), BODILESS),
            row(Input.OVER_TEXT_LIMIT,    s(413), s(413), BODILESS, BODILESS, s(413), s(413), BODILESS, s(413), BODILESS),
            row(Input.OVER_BODY_LIMIT,    s(413), s(413), BODILESS, BODILESS, s(413), s(413), BODILESS, s(413), BODILESS),
            row(Input.INVALID_JSON,       s(400), PLAIN,  BODILESS, BODILESS, s(400), s(400), BODILESS, s(400), BODILESS),
            row(Input.WRONG_CONTENT_TYPE, s(415), s(415), s(406),   s(406),   s(415), s(415), s(406),   s(415), s(406)),
            row(Input.INVALID_UTF8,       s(400), s(400), BODILESS, BODILESS, s(400), s(400), BODILESS, s(400), BODILESS),
            row(Input.BINARY,             s(400), s(400), BODILESS, BODILESS, s(400), s(400), BODILESS, s(400), BODILESS),
            row(Input.UNKNOWN_FIELD,      s(400), PLAIN,  BODILESS, BODILESS, s(400), s(400), BODILESS, s(400), BODILESS),
            row(Input.WRONG_TYPE,         s(400), PLAIN,  BODILESS, BODILESS, s(400), s(400), BODILESS, s(400), BODILESS),
            row(Input.UNSUPPORTED_PAIR,   s(400), PLAIN,  BODILESS, BODILESS, s(422), s(422), BODILESS, s(422), BODILESS),
            row(Input.NOT_INDONESIAN,     s(422), s(422), BODILESS, BODILESS, s(422), s(422), BODILESS, s(422), BODILESS),
            row(Input.HTML_MARKUP,        s(200), s(200), BODILESS, BODILESS, s(200), s(200), BODILESS, s(200), BODILESS),
            row(Input.CONTROL_CHARACTERS, s(200), s(200), BODILESS, BODILESS, s(200), s(200), BODILESS, s(200), BODILESS),
            row(Input.TOO_MANY_ITEMS,     UNBATCHED, UNBATCHED, BODILESS, BODILESS, UNBATCHED, s(413), BODILESS, s(413), BODILESS),
            row(Input.NONEXISTENT_ID,     IDLESS, IDLESS, s(404),   s(404),   IDLESS, IDLESS, s(404),   IDLESS, s(404)),
            row(Input.MALFORMED_ID,       IDLESS, IDLESS, s(400),   s(400),   IDLESS, IDLESS, s(404),   IDLESS, s(404))));

    private static Map.Entry<Input, List<Expected>> row(Input input, Expected... byEndpoint) {
        return Map.entry(input, List.of(byEndpoint));
    }

    // ---- the inputs ----

    private static final String INDONESIAN = "Harga beras di Jakarta naik sepuluh persen pekan ini. "
            + "Pemerintah menyiapkan operasi pasar untuk menekan harga.";
    private static final String GERMAN = "Die Regierung hat am Montag angekündigt, dass die Preise für Reis in der "
            + "Hauptstadt um zehn Prozent gestiegen sind. Der Minister sagte, es gebe genug Vorräte für das ganze Jahr.";
    private static final String HTML = "<p>Harga beras di <b>Jakarta</b> naik sepuluh persen pekan ini.</p>"
            + "<script>alert('warta')</script><p>Pemerintah menyiapkan <i>operasi pasar</i> untuk menekan harga.</p>";
    /** BEL, ESC, backspace, DEL, right-to-left override, zero-width space: none of them may survive. */
    private static final String CONTROLS = "\u0007\u001B\b\u007F\u202E\u200B";
    private static final String WITH_CONTROLS = "Harga beras\u0007 di Jakarta\u001B naik sepuluh\b persen pekan ini.\u007F "
            + "Pemerintah\u202E menyiapkan operasi\u200B pasar untuk menekan harga.";
    private static final String MALFORMED_ID = "x' OR '1'='1<script>alert(1)<script>";
    private static final Pattern STACK_TRACE_OR_CLASS = Pattern.compile(
            "\\bat [\\w$.]+\\([\\w$]+\\.java:\\d+\\)|\\b(?:java|javax|jakarta|io|org|com|sun)\\.[a-z]\\w*\\.[\\w.]*"
                    + "|\\b\\w+(?:Exception|Error)\\b|\\b[A-Z][a-z]+[A-Z]\\w*\\.[A-Z_]{3,}\\b");

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Tables that must not change when a request is refused. */
    private static final List<String> TABLES = List.of("gateway.article_result", "translate.segment_translation",
            "summary.stored_summary");

    private static RunningSuite suite;
    private static HttpClient http;
    private static Connection database;

    @BeforeAll
    static void startTheSuite() throws Exception {
        // The matrix checks what each input is answered, not how long an accepted one may take: under load an accepted
        // article (HTML reduced to its text) took longer than the default 10 s deadline and got a 503.
        suite = new RunningSuite().patientDeadlines().start();
        http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
        database = DriverManager.getConnection(
                System.getenv().getOrDefault("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://127.0.0.1:5432/test"),
                System.getenv().getOrDefault("QUARKUS_DATASOURCE_USERNAME", "postgres"),
                System.getenv().getOrDefault("QUARKUS_DATASOURCE_PASSWORD", ""));
    }

    @AfterAll
    static void stopTheSuite() throws Exception {
        if (database != null) {
            database.close();
        }
        if (suite != null) {
            suite.close();
        }
    }

    @Test
    void theTableHasAnEntryForEveryInputAndEndpointAndOneWordForEachNotApplicable() {
        assertThat(EXPECTED.keySet()).containsExactlyInAnyOrder(Input.values());
        EXPECTED.forEach((input, row) -> {
            assertThat(row).as(input.name()).hasSize(Endpoint.values().length);
            row.stream().filter(e -> !e.applies())
                    .forEach(e -> assertThat(e.notApplicable()).as(input.name()).matches("[a-z]+"));
        });
        for (Endpoint endpoint : Endpoint.values()) {
            assertThat(EXPECTED.values().stream().filter(row -> row.get(endpoint.ordinal()).applies()))
                    .as("bad inputs sent to " + endpoint).isNotEmpty();
        }
    }

    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        EXPECTED.forEach((input, row) -> {
            for (Endpoint endpoint : Endpoint.values()) {
                Expected expected = row.get(endpoint.ordinal());
                if (expected.applies()) {
                    cases.add(Arguments.of(input, endpoint, expected.status()));
                }
            }
        });
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} → {1}: {2}")
    @MethodSource("cases")
    void everyBadInputOnEveryEndpoint(Input input, Endpoint endpoint, int status) throws Exception {
        try {
            check(input, endpoint, status);
        } catch (AssertionError e) {
            // Build reports name parameterized cases by index; say which pair failed.
            throw new AssertionError(input + " → " + endpoint + ": " + e.getMessage(), e);
        }
    }

    private void check(Input input, Endpoint endpoint, int status) throws Exception {
        Map<String, Long> rowsBefore = rowCounts();

        HttpResponse<String> response = http.send(request(input, endpoint), HttpResponse.BodyHandlers.ofString());

        String body = response.body();
        assertThat(response.statusCode()).as("status; body: %s", body).isEqualTo(status);
        assertThat(body).doesNotContain("<script", "alert(");
        if (status == 200) {
            assertReducedTextOnly(endpoint, response);
            assertNothingStoredHoldsMarkupOrControls();
            return;
        }
        assertThat(mediaType(response)).as("Content-Type; body: %s", body).isEqualTo("application/problem+json");
        JsonNode problem = JSON.readTree(body);
        for (String member : List.of("type", "title", "detail")) {
            assertThat(problem.path(member).asText()).as(member + " in " + body).isNotBlank();
        }
        assertThat(problem.path("status").asInt()).as("status member in " + body).isEqualTo(status);
        assertThat(body).as("no stack trace or class names").doesNotContainPattern(STACK_TRACE_OR_CLASS);
        if (input == Input.NOT_INDONESIAN) {
            assertThat(problem.path("detectedLanguage").asText()).isEqualTo("de");
        }
        assertThat(rowCounts()).as("nothing stored").isEqualTo(rowsBefore);
    }

    // ---- requests ----

    private HttpRequest request(Input input, Endpoint endpoint) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder().timeout(Duration.ofMinutes(2));
        int port = switch (endpoint.service) {
            case "gateway" -> suite.gatewayPort;
            case "translate" -> suite.translatePort;
            default -> suite.summaryPort;
        };
        String base = "http://localhost:" + port;
        if (!endpoint.isPost()) {
            String path = switch (input) {
                case NONEXISTENT_ID -> endpoint.path + (endpoint.path.endsWith("/") ? "" : "/") + UUID.randomUUID();
                case MALFORMED_ID -> endpoint.path + (endpoint.path.endsWith("/") ? "" : "/")
                        + URLEncoder.encode(MALFORMED_ID, StandardCharsets.UTF_8).replace("+", "%20");
                default -> endpoint.path + (endpoint.path.endsWith("/") ? UUID.randomUUID().toString() : "");
            };
            String accept = input == Input.WRONG_CONTENT_TYPE ? "application/xml" : endpoint.mediaType;
            return request.uri(URI.create(base + path)).header("Accept", accept).GET().build();
        }
        String contentType = input == Input.WRONG_CONTENT_TYPE ? "application/xml" : endpoint.mediaType;
        byte[] body = body(input, endpoint);
        return request.uri(URI.create(base + endpoint.path))
                .header("Content-Type", contentType)
                .header("Accept", "application/json")
                .POST(body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
    }

    /** The bytes of a POST body; null for none at all. */
    private static byte[] body(Input input, Endpoint endpoint) throws Exception {
        return switch (input) {
            case EMPTY_TEXT -> text(endpoint, "");
            case MISSING_BODY -> null;
            case WHITESPACE_ONLY -> text(endpoint, " \t\n  \u00A0\u3000 \n");
            case OVER_TEXT_LIMIT -> text(endpoint, "Harga beras naik. ".repeat(5_600)); // 100,800 characters
            case OVER_BODY_LIMIT -> text(endpoint, "Harga beras naik. ".repeat(140_000)); // 2.5 MB, over every limit
            case INVALID_JSON -> "{\"text\": \"Harga beras naik.\",".getBytes(StandardCharsets.UTF_8);
            case WRONG_CONTENT_TYPE -> "<text>Harga beras naik.</text>".getBytes(StandardCharsets.UTF_8);
            case INVALID_UTF8 -> invalidUtf8(endpoint);
            case BINARY -> binary();
            case UNKNOWN_FIELD -> json(endpoint, Map.of("author", "Redaksi"));
            case WRONG_TYPE -> JSON.writeValueAsBytes(endpoint == TRANSLATION_BATCH
                    ? Map.of("texts", INDONESIAN) : Map.of("text", List.of(INDONESIAN)));
            case UNSUPPORTED_PAIR -> json(endpoint, endpoint == SUMMARY ? Map.of("language", "fr")
                    : Map.of("source", "id", "target", "fr"));
            case NOT_INDONESIAN -> text(endpoint, GERMAN);
            case HTML_MARKUP -> text(endpoint, HTML);
            case CONTROL_CHARACTERS -> text(endpoint, WITH_CONTROLS);
            case TOO_MANY_ITEMS -> endpoint == SUMMARY
                    ? JSON.writeValueAsBytes(Map.of("sentences", Collections.nCopies(2_001, "Harga beras naik.")))
                    : JSON.writeValueAsBytes(Map.of("texts", Collections.nCopies(257, "Harga beras naik.")));
            case NONEXISTENT_ID, MALFORMED_ID -> throw new IllegalArgumentException(input + " has no body");
        };
    }

    /** One text as the endpoint takes it: the plain body, or its JSON shape. */
    private static byte[] text(Endpoint endpoint, String text) throws Exception {
        return endpoint == ARTICLE_TEXT ? text.getBytes(StandardCharsets.UTF_8) : json(endpoint, Map.of(), text);
    }

    private static byte[] json(Endpoint endpoint, Map<String, Object> extra) throws Exception {
        return json(endpoint, extra, INDONESIAN);
    }

    private static byte[] json(Endpoint endpoint, Map<String, Object> extra, String text) throws Exception {
        Map<String, Object> body = new LinkedHashMap<>();
        if (endpoint == TRANSLATION_BATCH) {
            body.put("texts", List.of(text));
        } else {
            body.put("text", text);
        }
        body.putAll(extra);
        return JSON.writeValueAsBytes(body);
    }

    /** Indonesian encoded as Latin-1, so "à" is the lone byte 0xE0. */
    private static byte[] invalidUtf8(Endpoint endpoint) {
        String text = "Harga beras naik di Jakart\u00e0, kata menteri.";
        String body = endpoint == ARTICLE_TEXT ? text
                : endpoint == TRANSLATION_BATCH ? "{\"texts\": [\"" + text + "\"]}" : "{\"text\": \"" + text + "\"}";
        return body.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** A PNG signature followed by random bytes (NULs included), the same every run. */
    private static byte[] binary() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D });
        byte[] noise = new byte[4_096];
        new Random(6).nextBytes(noise);
        out.writeBytes(noise);
        return out.toByteArray();
    }

    // ---- checks ----

    private static String mediaType(HttpResponse<?> response) {
        return response.headers().firstValue("Content-Type").orElse("").split(";")[0].trim();
    }

    /** A 200 to markup or control characters: the answer holds the visible text only. */
    private static void assertReducedTextOnly(Endpoint endpoint, HttpResponse<String> response) throws Exception {
        assertThat(mediaType(response)).isEqualTo("application/json");
        String body = response.body();
        assertThat(body).doesNotContain("<p>", "<b>", "<i>", "</");
        assertNoControls(body);
        JsonNode answer = JSON.readTree(body);
        List<String> sources = new ArrayList<>();
        switch (endpoint) {
            case ARTICLE_JSON, ARTICLE_TEXT -> {
                // text/plain takes a first line that reads like a title as the title
                sources.add(answer.path("title").path("source").asText());
                answer.path("translation").path("segments").forEach(s -> sources.add(s.path("source").asText()));
            }
            case TRANSLATION -> answer.path("segments").forEach(s -> sources.add(s.path("source").asText()));
            case TRANSLATION_BATCH -> answer.path("translations").path(0).path("segments")
                    .forEach(s -> sources.add(s.path("source").asText()));
            case SUMMARY -> answer.path("sentences").forEach(s -> sources.add(s.asText()));
            default -> throw new IllegalArgumentException(endpoint + " answers no text");
        }
        assertThat(String.join(" ", sources)).as("the reduced text, in: " + body)
                .contains("Harga beras di Jakarta naik sepuluh persen pekan ini.")
                .contains("Pemerintah menyiapkan operasi pasar untuk menekan harga.");
    }

    private static void assertNoControls(String text) {
        for (char c : CONTROLS.toCharArray()) {
            assertThat(text).as("U+%04X", (int) c).doesNotContain(String.valueOf(c))
                    .doesNotContainIgnoringCase(String.format("\\u%04x", (int) c));
        }
    }

    /** What the services stored for the markup and control-character requests is the reduced text too. */
    private static void assertNothingStoredHoldsMarkupOrControls() throws Exception {
        for (String table : TABLES) {
            try (Statement statement = database.createStatement();
                    ResultSet rows = statement.executeQuery("SELECT r::text FROM " + table + " r")) {
                while (rows.next()) {
                    String row = rows.getString(1);
                    assertThat(row).as(table).doesNotContain("<script", "alert(", "<p>", "<b>");
                    assertNoControls(row);
                }
            }
        }
    }

    private static Map<String, Long> rowCounts() throws Exception {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : TABLES) {
            try (Statement statement = database.createStatement();
                    ResultSet rows = statement.executeQuery("SELECT count(*) FROM " + table)) {
                rows.next();
                counts.put(table, rows.getLong(1));
            }
        }
        return counts;
    }
}
