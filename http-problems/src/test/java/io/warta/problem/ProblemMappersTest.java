package io.warta.problem;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.net.ssl.SSLSession;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every answer of a Warta service is a problem document, whatever the request and wherever it
 * fails: in a resource (an {@code Error} included), in Jackson, or below JAX-RS in Vert.x. Details
 * name the field at fault and never carry what the caller sent.
 */
@QuarkusTest
class ProblemMappersTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** What must never reach a caller: stack frames, class names, Jackson feature names. */
    private static final Pattern INTERNALS = Pattern.compile(
            "\\bat [\\w$.]+\\(|\\b(?:java|jakarta|io|org|com)\\.[a-z]\\w*\\.|\\w+(?:Exception|Error)\\b|\\b[A-Z]+_[A-Z_]{3,}\\b"
                    + "|Feature");

    @TestHTTPResource("/")
    URI base;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void aStackOverflowErrorIsA500ProblemWithAGenericDetail() throws Exception {
        JsonNode problem = problem(get("/test/overflow"), 500);
        assertThat(problem.path("detail").asText()).isEqualTo("The request could not be completed.");
    }

    @Test
    void anyErrorIsA500ProblemThatSaysNothingOfIt() throws Exception {
        HttpResponse<String> response = get("/test/error");
        problem(response, 500);
        assertThat(response.body()).doesNotContain("secret", "<script");
    }

    @Test
    void aNumberIsNotAString() throws Exception {
        HttpResponse<String> response = postJson("{\"text\": 12345}");
        assertThat(problem(response, 400).path("detail").asText()).contains("'text'");
        assertThat(response.body()).doesNotContain("12345");
        problem(postJson("{\"text\": 1.5}"), 400);
        problem(postJson("{\"text\": true}"), 400);
        problem(postJson("{\"text\": {\"a\": 1}}"), 400);
    }

    @Test
    void aListOfNumbersIsNotAListOfStrings() throws Exception {
        HttpResponse<String> response = postJson("{\"sentences\": [1, 2, 3]}");
        assertThat(problem(response, 400).path("detail").asText()).contains("sentences");
        problem(postJson("{\"sentences\": [\"Harga naik.\", false]}"), 400);
    }

    @Test
    void aStringIsNotANumberEither() throws Exception {
        problem(postJson("{\"count\": \"12\"}"), 400);
        problem(postJson("{\"count\": 1.5}"), 400);
    }

    @Test
    void loneSurrogatesAreRefusedWhereverTheyAreAndNeverEchoed() throws Exception {
        HttpResponse<String> escaped = postJson("{\"text\": \"Harga \\ud800 naik.\"}");
        assertThat(problem(escaped, 400).path("detail").asText()).contains("'text'").contains("surrogate");
        assertThat(escaped.body()).doesNotContainIgnoringCase("\\ud800");
        problem(postJson("{\"text\": \"Harga naik. \\udc00\"}"), 400);
        problem(postJson("{\"text\": \"reversed pair \\udc00\\ud800\"}"), 400);
        problem(postJson("{\"sentences\": [\"Harga naik.\", \"\\ud83d\"]}"), 400);
        problem(postJson("{\"lengths\": {\"standard\": \"\\ud800\"}}"), 400);
        // the surrogate encoded as bytes (CESU-8) is not UTF-8 at all
        byte[] cesu = concat("{\"text\": \"Harga ".getBytes(StandardCharsets.UTF_8),
                new byte[] { (byte) 0xED, (byte) 0xA0, (byte) 0x80 }, " naik.\"}".getBytes(StandardCharsets.UTF_8));
        problem(post("/test/json", "application/json", cesu), 400);
        // a proper pair is text like any other
        assertThat(postJson("{\"text\": \"Harga naik \\ud83d\\ude00.\"}").statusCode()).isEqualTo(200);
    }

    @Test
    void anUnknownFieldIsNamedOnlyWhenItsNameIsAPlainIdentifier() throws Exception {
        assertThat(problem(postJson("{\"author\": \"Redaksi\"}"), 400).path("detail").asText()).contains("'author'");
        HttpResponse<String> markup = postJson("{\"<script>alert(1)</script>\": \"x\"}");
        assertThat(problem(markup, 400).path("detail").asText()).contains("unknown field");
        assertThat(markup.body()).doesNotContain("<script", "alert");
        HttpResponse<String> huge = postJson("{\"" + "a".repeat(9_000) + "\": \"x\"}");
        problem(huge, 400);
        assertThat(huge.body()).hasSizeLessThan(1_000);
    }

    @Test
    void invalidJsonIsNamedWithoutItsContentOrJacksonsWords() throws Exception {
        for (String body : new String[] { "{\"text\": \"Harga beras naik.\",", "{'text': 'single quotes'}",
                "{\"text\": \"x\" <script>alert(1)</script>}", "{\"text\": \"x\"} trailing", "{\"text\": \"x\"", "{\"text\": NaN}",
                "{\"text\": \"tab\tinside\"}", "\u0000\u0001" }) {
            HttpResponse<String> response = postJson(body);
            JsonNode problem = problem(response, 400);
            assertThat(problem.path("detail").asText()).as(body).startsWith("the body is not valid JSON");
            assertThat(response.body()).as(body).doesNotContain("<script", "alert", "single quotes", "trailing", "NaN");
        }
    }

    @Test
    void aBadPercentEscapeInThePathOrQueryIsA400Problem() throws Exception {
        problem(raw("/test/items/%zz"), 400);
        problem(raw("/test/items/abc?q=%zz"), 400);
        problem(raw("/test/items/%"), 400);
        problem(raw("/test/items/%C0%AF<script>"), 400);
    }

    @Test
    void aUriOverTheLimitIsA414Problem() throws Exception {
        problem(get("/test/items/" + "a".repeat(9_000)), 414);
        // a URI under the limit still works after that on a fresh connection
        assertThat(get("/test/items/abc").statusCode()).isEqualTo(200);
    }

    @Test
    void headersOverTheLimitAreA431Problem() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(base.resolve("/test/items/abc"))
                .header("X-Padding", "p".repeat(30_000)).GET().build();
        problem(http.send(request, HttpResponse.BodyHandlers.ofString()), 431);
    }

    @Test
    void aDeclaredBodyOverTheLimitIsA413Problem() throws Exception {
        problem(post("/test/plain", "text/plain", "x".repeat(20_000).getBytes(StandardCharsets.UTF_8)), 413);
    }

    /**
     * Known limit, documented in README: a chunked body (no Content-Length) that grows past the
     * limit is cut off by Quarkus REST's body reader, which answers an empty 413 itself before any
     * mapper runs (a body read ahead by a Vert.x route is seen by Quarkus REST as empty). The status
     * is right, nothing is computed, and the service goes on answering.
     */
    @Test
    void aChunkedBodyOverTheLimitIsRefusedWith413() throws Exception {
        byte[] body = ("{\"text\": \"" + "x".repeat(20_000) + "\"}").getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(base.resolve("/test/json"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build();
        assertThat(http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(413);
        assertThat(postJson("{\"text\": \"Harga naik.\"}").statusCode()).isEqualTo(200);
    }

    @Test
    void anUnknownPathIsA404Problem() throws Exception {
        HttpResponse<String> response = raw("/nowhere/%3Cb%3Ex%3C%2Fb%3E");
        problem(response, 404);
        assertThat(response.body()).doesNotContain("<b>");
    }

    // ---- helpers ----

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A GET with a request target that java.net.URI would refuse, over a plain socket. */
    private RawResponse raw(String target) throws Exception {
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int headEnd = answer.indexOf("\r\n\r\n");
            String[] head = answer.substring(0, headEnd).split("\r\n");
            Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            for (int i = 1; i < head.length; i++) {
                int colon = head[i].indexOf(':');
                headers.computeIfAbsent(head[i].substring(0, colon).trim(), k -> new ArrayList<>())
                        .add(head[i].substring(colon + 1).trim());
            }
            String body = answer.substring(headEnd + 4);
            if (headers.getOrDefault("Transfer-Encoding", List.of()).contains("chunked")) {
                body = dechunk(body);
            }
            return new RawResponse(Integer.parseInt(head[0].split(" ")[1]), HttpHeaders.of(headers, (a, b) -> true), body);
        }
    }

    private static String dechunk(String chunked) {
        StringBuilder body = new StringBuilder();
        int at = 0;
        while (true) {
            int lineEnd = chunked.indexOf("\r\n", at);
            int size = Integer.parseInt(chunked.substring(at, lineEnd).trim(), 16);
            if (size == 0) {
                return body.toString();
            }
            body.append(chunked, lineEnd + 2, lineEnd + 2 + size);
            at = lineEnd + 2 + size + 2;
        }
    }

    record RawResponse(int statusCode, HttpHeaders headers, String body) implements HttpResponse<String> {
        @Override
        public HttpRequest request() {
            return null;
        }

        @Override
        public Optional<HttpResponse<String>> previousResponse() {
            return Optional.empty();
        }

        @Override
        public Optional<SSLSession> sslSession() {
            return Optional.empty();
        }

        @Override
        public URI uri() {
            return null;
        }

        @Override
        public HttpClient.Version version() {
            return HttpClient.Version.HTTP_1_1;
        }
    }

    private HttpResponse<String> postJson(String json) throws Exception {
        return post("/test/json", "application/json", json.getBytes(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> post(String path, String contentType, byte[] body) throws Exception {
        return http.send(HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The answer is a problem document of this status with nothing internal in it. */
    private static JsonNode problem(HttpResponse<String> response, int status) throws Exception {
        String body = response.body();
        assertThat(response.statusCode()).as("status; body: %s", body).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).as("Content-Type; body: %s", body)
                .startsWith(Problem.MEDIA_TYPE);
        JsonNode problem = JSON.readTree(body);
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("type").asText()).startsWith(Problem.TYPE_BASE);
        assertThat(problem.path("title").asText()).isNotBlank();
        assertThat(problem.path("detail").asText()).isNotBlank();
        assertThat(body).as("nothing internal").doesNotContainPattern(INTERNALS);
        return problem;
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
