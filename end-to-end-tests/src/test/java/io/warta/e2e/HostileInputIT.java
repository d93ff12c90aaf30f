package io.warta.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Requests written to hurt (issue #16), sent to the three packaged services over real HTTP, against
 * PostgreSQL. Each case is one row of {@link #CASES}: where it goes, what it sends, what it may be
 * answered, and how long it may take. While each one runs, a normal article (new every time, so it is
 * computed, not served from the cache) goes through the gateway and must succeed with its summaries;
 * after it, every service must still be ready.
 *
 * <p>A row whose fix lives in another change carries {@code pending} ("needs h1: …"): it is skipped
 * with that note until the fix is merged, then the note is removed and the row runs like the others
 * ({@code -Dwarta.hostile.all=true} runs them anyway).
 */
class HostileInputIT {

    enum Service { GATEWAY, TRANSLATE, SUMMARY }

    /** A hostile request and what may come back. {@code mustNotEcho}: a marker of the input the answer may not hold. */
    record Case(String name, Service service, String method, String target, Map<String, String> headers,
            Supplier<byte[]> body, boolean chunked, Set<Integer> statuses, boolean problemRequired, String mustNotEcho,
            Duration limit, String pending) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** Beyond the gateway's longest deadline (30 s, warta.gateway.deadline.max): an answer may take that long under load. */
    private static final Duration LIMIT = Duration.ofSeconds(45);
    private static final Duration NORMAL_LIMIT = Duration.ofSeconds(90);
    private static final String MARKUP = "<script>alert(1)</script>";
    private static final Set<Integer> ACCEPTED_OR_REFUSED = Set.of(200, 400, 413, 422);
    private static final Map<String, String> JSON_TYPE = Map.of("Content-Type", "application/json");
    private static final Map<String, String> PLAIN_TYPE = Map.of("Content-Type", "text/plain; charset=utf-8");
    private static final ObjectMapper JSON = new ObjectMapper();

    // ---- the table ----

    static final List<Case> CASES = List.of(
            // 1. one request, seconds to minutes of CPU
            article("runs of <p", text("<p".repeat(50_000)), ACCEPTED_OR_REFUSED, "<p<p<p", null),
            article("unclosed comments", text("<!--".repeat(24_000) + " Harga beras naik."), ACCEPTED_OR_REFUSED, "<!--<!--", null),
            article("130,000 alternating combining marks", text("Harga e" + "\u0301\u0300".repeat(65_000) + " naik."),
                    ACCEPTED_OR_REFUSED, "\u0301\u0300\u0301", null),
            article("99,000 full stops", text(".".repeat(99_000)), ACCEPTED_OR_REFUSED, ".....", null),
            article("a 12,000-letter unknown word", text("Harga " + "qz".repeat(6_000) + " naik."), ACCEPTED_OR_REFUSED,
                    "qzqzqz", null),
            article("50,000 semicolons", text("Harga beras " + ";".repeat(50_000) + " naik."), ACCEPTED_OR_REFUSED, ";;;;;", null),
            article("60,000 leading full stops", text(".".repeat(60_000) + " Harga beras naik."), ACCEPTED_OR_REFUSED,
                    ".....", null),
            translate("a 12,000-letter word to translate-service", "Harga " + "qz".repeat(6_000) + " naik.", null),
            summary("99,000 commas to summary-service", () -> json("text", "Harga beras naik" + ",".repeat(99_000) + " kata menteri."),
                    ACCEPTED_OR_REFUSED, ",,,,,", null),
            // 2. answers that were not problems
            translate("a di-di-di hyphen chain", "di-".repeat(30_000) + "di.", null),
            article("a caption-like line of /warga", text("Harga beras naik di Jakarta.\n" + "/warga ".repeat(12_000)),
                    ACCEPTED_OR_REFUSED, "/warga /warga", null),
            article("an article that is only a dash", text("\u2014"), ACCEPTED_OR_REFUSED, null, null),
            // 3. one caller switches a feature off for everyone (the normal article checks the summaries)
            article("2,101 sentences", text("Stok beras di pasar aman. ".repeat(2_101)),
                    Set.of(200, 413), null, null),
            article("the hyphen chain through the gateway", text("di-".repeat(30_000) + "di."), ACCEPTED_OR_REFUSED,
                    "di-di-di", null),
            // 4. types are coerced
            new Case("a number as the text", Service.GATEWAY, "POST", "/api/v1/articles", JSON_TYPE,
                    () -> bytes("{\"text\": 12345}"), false, Set.of(400), true, "12345", LIMIT, null),
            new Case("numbers as sentences", Service.SUMMARY, "POST", "/v1/summaries", JSON_TYPE,
                    () -> bytes("{\"sentences\": [1, 2, 3]}"), false, Set.of(400), true, null, LIMIT, null),
            new Case("a number to translate", Service.TRANSLATE, "POST", "/v1/translations", JSON_TYPE,
                    () -> bytes("{\"text\": 12345}"), false, Set.of(400), true, "12345", LIMIT, null),
            new Case("numbers in a batch", Service.TRANSLATE, "POST", "/v1/translations/batch", JSON_TYPE,
                    () -> bytes("{\"texts\": [1, true]}"), false, Set.of(400), true, null, LIMIT, null),
            // 5. errors raised below JAX-RS
            new Case("a malformed %-escape", Service.GATEWAY, "GET", "/api/v1/articles/%zz" + MARKUP, Map.of(), null, false,
                    Set.of(400), true, "<script", LIMIT, null),
            new Case("a malformed %-escape in the query", Service.TRANSLATE, "GET", "/v1/engines?x=%g0", Map.of(), null,
                    false, Set.of(400), true, null, LIMIT, null),
            new Case("a 9,000-character URI", Service.GATEWAY, "GET", "/api/v1/articles/" + "a".repeat(9_000), Map.of(),
                    null, false, Set.of(414), true, "aaaaaaaaaa", LIMIT, null),
            new Case("30 kB of headers", Service.SUMMARY, "GET", "/v1/summarizer", Map.of("X-Padding", "p".repeat(30_000)),
                    null, false, Set.of(431), true, "pppppppppp", LIMIT, null),
            // Quarkus REST answers a chunked body over the limit itself, with an empty 413 (README, "Errors").
            new Case("a chunked body over the limit", Service.GATEWAY, "POST", "/api/v1/articles", JSON_TYPE,
                    () -> json("text", "Harga beras naik. ".repeat(62_000)), true, Set.of(413), false, null, LIMIT, null),
            new Case("a declared body over the limit", Service.TRANSLATE, "POST", "/v1/translations", JSON_TYPE,
                    () -> json("text", "Harga beras naik. ".repeat(140_000)), false, Set.of(413), true, null, LIMIT, null),
            // 6. input is echoed
            new Case("markup in an unknown field name", Service.GATEWAY, "POST", "/api/v1/articles", JSON_TYPE,
                    () -> bytes("{\"text\": \"Harga beras naik.\", \"" + MARKUP.replace("\"", "") + "\": 1}"), false,
                    Set.of(400), true, "<script", LIMIT, null),
            new Case("markup as a tier name", Service.SUMMARY, "POST", "/v1/summaries", JSON_TYPE,
                    () -> bytes("{\"sentences\": [\"Harga beras naik.\"], \"lengths\": {\"" + MARKUP + "\": 2}}"), false,
                    Set.of(400), true, "<script", LIMIT, null),
            new Case("markup as a length", Service.SUMMARY, "POST", "/v1/summaries", JSON_TYPE,
                    () -> bytes("{\"sentences\": [\"Harga beras naik.\"], \"lengths\": {\"standard\": \"" + MARKUP + "\"}}"),
                    false, Set.of(400), true, "<script", LIMIT, null),
            new Case("a 20,000-character language", Service.SUMMARY, "POST", "/v1/summaries", JSON_TYPE,
                    () -> bytes("{\"sentences\": [\"Harga beras naik.\"], \"language\": \"" + "x".repeat(20_000) + "\"}"),
                    false, Set.of(400, 422), true, "xxxxxxxxxx", LIMIT, null),
            new Case("a 20,000-character language pair", Service.TRANSLATE, "POST", "/v1/translations", JSON_TYPE,
                    () -> bytes("{\"text\": \"Harga beras naik.\", \"target\": \"" + "x".repeat(20_000) + "\"}"),
                    false, Set.of(400, 422), true, "xxxxxxxxxx", LIMIT, null),
            new Case("invalid JSON quoting markup", Service.TRANSLATE, "POST", "/v1/translations", JSON_TYPE,
                    () -> bytes("{\"text\": \"Harga\" " + MARKUP + "}"), false, Set.of(400), true, "<script", LIMIT, null),
            // 7. limits per text, not per request
            new Case("a batch of three 54,000-character texts", Service.TRANSLATE, "POST", "/v1/translations/batch",
                    JSON_TYPE, () -> bytes("{\"texts\": [\"" + String.join("\", \"",
                            Collections.nCopies(3, "Harga beras naik. ".repeat(3_000))) + "\"]}"),
                    false, Set.of(413), true, null, LIMIT, null),
            // 8. lone surrogates
            new Case("a lone surrogate in an article", Service.GATEWAY, "POST", "/api/v1/articles", JSON_TYPE,
                    () -> bytes("{\"text\": \"Harga beras naik \\ud800 di Jakarta pekan ini.\"}"), false, Set.of(400), true,
                    "\\ud800", LIMIT, null),
            new Case("a lone surrogate as bytes in plain text", Service.GATEWAY, "POST", "/api/v1/articles", PLAIN_TYPE,
                    () -> concat(bytes("Harga beras naik "), new byte[] { (byte) 0xED, (byte) 0xA0, (byte) 0x80 },
                            bytes(" di Jakarta.")), false, Set.of(400), true, null, LIMIT, null),
            new Case("a lone low surrogate to translate", Service.TRANSLATE, "POST", "/v1/translations", JSON_TYPE,
                    () -> bytes("{\"text\": \"Harga beras naik \\udc00.\"}"), false, Set.of(400), true, "\\udc00", LIMIT, null),
            new Case("a lone surrogate in a sentence", Service.SUMMARY, "POST", "/v1/summaries", JSON_TYPE,
                    () -> bytes("{\"sentences\": [\"Harga beras naik.\", \"Stok \\ud83d aman.\"]}"), false, Set.of(400), true,
                    "\\ud83d", LIMIT, null),
            // 11. other languages slip through
            article("French news", text("Le pr\u00e9sident de la R\u00e9publique a annonc\u00e9 de nouvelles mesures pour "
                    + "soutenir le pouvoir d'achat des m\u00e9nages. Le gouvernement pr\u00e9sentera le projet de loi "
                    + "la semaine prochaine."), Set.of(422), null, null));


    private static Case article(String name, Supplier<byte[]> body, Set<Integer> statuses, String mustNotEcho,
            String pending) {
        return new Case(name, Service.GATEWAY, "POST", "/api/v1/articles", PLAIN_TYPE, body, false, statuses, true,
                mustNotEcho, LIMIT, pending);
    }

    private static Case translate(String name, String text, String pending) {
        return new Case(name, Service.TRANSLATE, "POST", "/v1/translations", JSON_TYPE, () -> json("text", text), false,
                ACCEPTED_OR_REFUSED, true, null, LIMIT, pending);
    }

    private static Case summary(String name, Supplier<byte[]> body, Set<Integer> statuses, String mustNotEcho,
            String pending) {
        return new Case(name, Service.SUMMARY, "POST", "/v1/summaries", JSON_TYPE, body, false, statuses, true,
                mustNotEcho, LIMIT, pending);
    }

    private static Supplier<byte[]> text(String text) {
        return () -> bytes(text);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] json(String field, String value) {
        try {
            return JSON.writeValueAsBytes(Map.of(field, value));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    // ---- the run ----

    private static final Pattern INTERNALS = Pattern.compile(
            "\\bat [\\w$.]+\\(|\\b(?:java|jakarta|io|org|com)\\.[a-z]\\w*\\.|\\w+(?:Exception|Error)\\b");
    private static final AtomicInteger NORMAL = new AtomicInteger();

    private static RunningSuite suite;
    private static HttpClient http;

    @BeforeAll
    static void startTheSuite() throws Exception {
        suite = new RunningSuite(); // assigned first, so @AfterAll stops what started even when start() fails
        suite.start();
        http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
        warmUp();
    }

    /**
     * One normal article through all three services before the table, so that a case measures what the hostile
     * request does to others, not the first request's class loading and JIT compilation on a cold JVM (on a loaded
     * 2-core machine that alone took the first case's normal article past its 10 s deadline).
     */
    private static void warmUp() throws InterruptedException {
        long until = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        Answer answer = normalArticle();
        while (answer.status() != 200 && System.nanoTime() < until) {
            Thread.sleep(1_000);
            answer = normalArticle();
        }
        assertThat(answer.status()).as("a normal article after start: %.300s", answer.body()).isEqualTo(200);
    }

    @AfterAll
    static void stopTheSuite() {
        if (suite != null) {
            suite.close();
        }
    }

    static Stream<Arguments> cases() {
        return CASES.stream().map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void aHostileRequestIsAnsweredInTimeAndHurtsNoOne(Case hostile) throws Exception {
        // -Dwarta.hostile.all=true runs the pending rows too, to see which of them pass already
        Assumptions.assumeTrue(hostile.pending() == null || Boolean.getBoolean("warta.hostile.all"), hostile.pending());
        CompletableFuture<Answer> attack = CompletableFuture.supplyAsync(() -> send(hostile));
        Answer normal = normalArticle();
        Answer answer = attack.get(hostile.limit().toSeconds() + 30, TimeUnit.SECONDS);

        assertThat(answer.failure()).as("%s: answered within %s", hostile, hostile.limit()).isNull();
        assertThat(answer.status()).as("%s: status; body: %.300s", hostile, answer.body()).isIn(hostile.statuses());
        if (answer.status() != 200 && hostile.problemRequired()) {
            assertThat(answer.contentType()).as("%s: Content-Type; body: %.300s", hostile, answer.body())
                    .startsWith("application/problem+json");
            JsonNode problem = JSON.readTree(answer.body());
            assertThat(problem.path("status").asInt()).isEqualTo(answer.status());
            assertThat(problem.path("detail").asText()).isNotBlank();
        }
        assertThat(answer.body()).as("%s: nothing internal", hostile).doesNotContainPattern(INTERNALS);
        if (hostile.mustNotEcho() != null && answer.status() != 200) {
            // a problem never quotes the input (a 200 carries the reduced source text by design)
            assertThat(answer.body()).as("%s: no echo", hostile).doesNotContain(hostile.mustNotEcho());
        }

        assertThat(normal.failure()).as("the normal article sent during '%s'", hostile).isNull();
        assertThat(normal.status()).as("the normal article sent during '%s': %.300s", hostile, normal.body())
                .isEqualTo(200);
        JsonNode article = JSON.readTree(normal.body());
        assertThat(article.path("degraded").size()).as("degraded during '%s': %s", hostile, article.path("degraded"))
                .isZero();
        assertThat(article.path("summaries").path("headline").asText()).isNotBlank();
        assertEveryServiceReady(hostile.name());
    }

    @Test
    void theTableSaysWhyEveryPendingCaseWaits() {
        assertThat(CASES).extracting(Case::name).doesNotHaveDuplicates();
        CASES.stream().filter(c -> c.pending() != null)
                .forEach(c -> assertThat(c.pending()).as(c.name()).startsWith("needs "));
        assertThat(CASES.stream().filter(c -> c.pending() == null)).as("cases that run today").hasSizeGreaterThan(15);
    }

    /** After the attack (this class' cases run before it in any order): one label per route, none per path. */
    @Test
    void metricLabelsStayBoundedAfterRandomPaths() throws Exception {
        for (int i = 0; i < 50; i++) {
            String noise = Long.toString(Math.abs((long) (Math.random() * Long.MAX_VALUE)), 36);
            send(new Case("noise", Service.GATEWAY, "GET", "/api/v1/articles/" + noise, Map.of(), null, false,
                    Set.of(400), true, null, LIMIT, null));
            send(new Case("noise", Service.TRANSLATE, "GET", "/v1/" + noise, Map.of(), null, false, Set.of(404), true,
                    null, LIMIT, null));
            send(new Case("noise", Service.SUMMARY, "GET", "/" + noise + "/" + "a".repeat(5_000), Map.of(), null,
                    false, Set.of(414), true, null, LIMIT, null));
        }
        for (Service service : Service.values()) {
            assertThat(send(new Case("metrics", service, "GET", "/q/metrics", Map.of(), null, false, Set.of(404), false,
                    null, LIMIT, null)).status()).as(service + ": metrics are not on the API port").isEqualTo(404);
            Answer metrics = send(new Case("metrics", service, "GET", "/q/metrics", Map.of("Accept", "text/plain"), null,
                    false, Set.of(200), false, null, LIMIT, null), managementPort(service));
            assertThat(metrics.status()).as(service + ": metrics on the management port").isEqualTo(200);
            Set<String> uris = new TreeSet<>();
            Matcher uri = Pattern.compile("http_server_requests_seconds_count\\{[^}]*uri=\"([^\"]*)\"")
                    .matcher(metrics.body());
            while (uri.find()) {
                uris.add(uri.group(1));
            }
            assertThat(uris).as(service + " uri labels").hasSizeLessThanOrEqualTo(10)
                    .allSatisfy(label -> assertThat(label).hasSizeLessThan(60));
        }
    }

    // ---- requests ----

    record Answer(int status, String contentType, String body, String failure) {
    }

    private static int port(Service service) {
        return switch (service) {
            case GATEWAY -> suite.gatewayPort;
            case TRANSLATE -> suite.translatePort;
            case SUMMARY -> suite.summaryPort;
        };
    }

    private static int managementPort(Service service) {
        return switch (service) {
            case GATEWAY -> suite.gatewayManagementPort;
            case TRANSLATE -> suite.translateManagementPort;
            case SUMMARY -> suite.summaryManagementPort;
        };
    }

    private static Answer send(Case c) {
        return send(c, port(c.service()));
    }

    private static Answer send(Case c, int port) {
        try {
            if (c.body() == null && !isUri(c.target())) {
                return raw(c);
            }
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + c.target()))
                    .timeout(c.limit());
            if (!c.headers().containsKey("Accept")) {
                request.header("Accept", "application/json");
            }
            c.headers().forEach(request::header);
            if (c.body() == null) {
                request.GET();
            } else {
                byte[] body = c.body().get();
                request.method(c.method(), c.chunked()
                        ? HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))
                        : HttpRequest.BodyPublishers.ofByteArray(body));
            }
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body(), null);
        } catch (HttpTimeoutException e) {
            return new Answer(0, "", "", "no answer within " + c.limit());
        } catch (Exception e) {
            return new Answer(0, "", "", e.toString());
        }
    }

    private static boolean isUri(String target) {
        try {
            URI.create(target);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** A GET whose target java.net.URI refuses, over a plain socket. */
    private static Answer raw(Case c) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", port(c.service()))) {
            socket.setSoTimeout((int) c.limit().toMillis());
            socket.getOutputStream().write(("GET " + c.target() + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int headEnd = answer.indexOf("\r\n\r\n");
            String head = answer.substring(0, headEnd);
            Matcher type = Pattern.compile("(?im)^content-type:\\s*(.+)$").matcher(head);
            return new Answer(Integer.parseInt(head.split(" ")[1]), type.find() ? type.group(1).trim() : "",
                    answer.substring(headEnd + 4), null);
        }
    }

    /** A normal article, new each time, so the gateway computes it with both services. */
    private static Answer normalArticle() {
        int n = NORMAL.incrementAndGet();
        String text = "Harga beras di Jakarta naik " + (n + 10) + " persen pekan ini, kata pedagang di Pasar Induk. "
                + "Pemerintah menyiapkan operasi pasar di " + (n + 20) + " titik untuk menekan harga beras. "
                + "Stok beras di gudang Bulog dinyatakan aman hingga akhir tahun. "
                + "Menteri Perdagangan meminta warga tidak panik membeli beras.";
        return send(new Case("normal article " + n, Service.GATEWAY, "POST", "/api/v1/articles", JSON_TYPE,
                () -> json("text", text), false, Set.of(200), false, null, NORMAL_LIMIT, null));
    }

    private static void assertEveryServiceReady(String after) {
        List<String> notReady = new ArrayList<>();
        for (Service service : Service.values()) {
            Answer ready = send(new Case("ready", service, "GET", "/q/health/ready", Map.of(), null, false, Set.of(200),
                    false, null, Duration.ofSeconds(10), null));
            if (ready.status() != 200) {
                notReady.add(service + " (" + ready.status() + " " + ready.failure() + ")");
            }
        }
        if (!notReady.isEmpty()) {
            fail("not ready after '" + after + "': " + notReady);
        }
    }
}
