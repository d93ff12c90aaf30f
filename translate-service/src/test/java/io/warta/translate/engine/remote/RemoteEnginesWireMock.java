package io.warta.translate.engine.remote;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * One WireMock server standing in for a LibreTranslate server (at its root) and an OpenAI-compatible
 * chat-completions server (under {@code /v1}): third-party servers that cannot run here. The stubs follow the
 * real APIs ({@code POST /translate} with {@code q} as an array answering {@code translatedText} as an array;
 * {@code POST /v1/chat/completions} answering {@code choices[0].message.content}), and the "working" stubs compute
 * their answer from the request: LibreTranslate answers "[lt] " + each text, the model answers "[llm] " + the sentence
 * it was sent. Tests switch either server to errors, timeouts, malformed or misaligned answers.
 */
public class RemoteEnginesWireMock implements QuarkusTestResourceLifecycleManager {

    public static final String LT_KEY = "lt-test-key";
    public static final String OPENAI_KEY = "sk-test";
    public static final String MODEL = "test-model";
    /** The engines' call timeout: long enough for a held call (see {@link #held}) on a loaded machine. */
    public static final int CALL_TIMEOUT_SECONDS = 15;
    /** A delay that outlasts the call timeout: the engine gives up on the call. */
    public static final int TIMES_OUT_MS = (CALL_TIMEOUT_SECONDS + 10) * 1000;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static WireMockServer server;

    public static WireMockServer server() {
        return server;
    }

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(WireMockConfiguration.options().dynamicPort()
                .extensions(new LibreTranslateEcho(), new ChatEcho(), new Held()));
        server.start();
        return Map.ofEntries(
                Map.entry("warta.engines.order", FailedToLoadEngine.ID + ",libretranslate,openai,builtin"),
                Map.entry("warta.engines.libretranslate.url", server.baseUrl()),
                Map.entry("warta.engines.libretranslate.api-key", LT_KEY),
                Map.entry("warta.engines.libretranslate.timeout", CALL_TIMEOUT_SECONDS + "S"),
                Map.entry("warta.engines.openai.base-url", server.baseUrl() + "/v1"),
                Map.entry("warta.engines.openai.model", MODEL),
                Map.entry("warta.engines.openai.api-key", OPENAI_KEY),
                Map.entry("warta.engines.openai.timeout", CALL_TIMEOUT_SECONDS + "S"),
                // Opens after two calls of which one failed; tests reset the breakers before each test.
                Map.entry("warta.engines.circuit-breaker.request-volume-threshold", "2"),
                Map.entry("warta.engines.circuit-breaker.failure-ratio", "0.5"),
                Map.entry("warta.engines.circuit-breaker.delay", "60S"));
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }

    public static MappingBuilder libreTranslate() {
        return post(urlEqualTo("/translate"));
    }

    public static MappingBuilder chatCompletions() {
        return post(urlEqualTo("/v1/chat/completions"));
    }

    /**
     * Makes the stub's answer wait until {@link Held#release()} (at most a little under the call timeout), so a test
     * can hold a remote call in flight until the state it needs (e.g. every concurrent caller joined the call) is
     * reached, instead of relying on a fixed delay being long enough.
     */
    public static ResponseDefinitionBuilder held(ResponseDefinitionBuilder answer) {
        return answer.withTransformers(Stream.concat(Stream.of(Held.NAME),
                Optional.ofNullable(answer.build().getTransformers()).orElse(List.of()).stream()).toArray(String[]::new));
    }

    /** A working LibreTranslate server. */
    public static ResponseDefinitionBuilder libreTranslateEchoes() {
        return aResponse().withTransformers(LibreTranslateEcho.NAME);
    }

    /** A working, well-aligned chat model. */
    public static ResponseDefinitionBuilder modelEchoes() {
        return aResponse().withTransformers(ChatEcho.NAME);
    }

    /** A chat-completions answer with this assistant content, shaped like the real API's. */
    public static ResponseDefinitionBuilder modelAnswers(String content, String finishReason) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withBody(chatCompletion(content, finishReason));
    }

    private static String chatCompletion(String content, String finishReason) {
        ObjectNode body = JSON.createObjectNode().put("id", "chatcmpl-test").put("object", "chat.completion")
                .put("created", 1_760_000_000).put("model", MODEL);
        ObjectNode choice = body.putArray("choices").addObject().put("index", 0).put("finish_reason", finishReason);
        choice.putObject("message").put("role", "assistant").put("content", content);
        body.putObject("usage").put("prompt_tokens", 50).put("completion_tokens", 20).put("total_tokens", 70);
        return body.toString();
    }

    static final class LibreTranslateEcho implements ResponseDefinitionTransformerV2 {
        static final String NAME = "libretranslate-echo";

        @Override
        public ResponseDefinition transform(ServeEvent event) {
            JsonNode request = read(event.getRequest().getBodyAsString());
            ObjectNode answer = JSON.createObjectNode();
            ArrayNode translated = answer.putArray("translatedText");
            request.get("q").forEach(text -> translated.add("[lt] " + text.asText()));
            return ResponseDefinitionBuilder.like(event.getResponseDefinition()).withStatus(200)
                    .withHeader("Content-Type", "application/json").withBody(answer.toString()).build();
        }

        @Override
        public boolean applyGlobally() {
            return false;
        }

        @Override
        public String getName() {
            return NAME;
        }
    }

    /** Holds answers until released; one gate for the whole server, reset by {@link #close()}. */
    public static final class Held implements ResponseDefinitionTransformerV2 {
        static final String NAME = "held";
        private static final AtomicInteger ARRIVED = new AtomicInteger();
        private static volatile CountDownLatch gate = new CountDownLatch(1);

        /** Closes the gate: held answers wait from now on. */
        public static void close() {
            ARRIVED.set(0);
            gate = new CountDownLatch(1);
        }

        public static void release() {
            gate.countDown();
        }

        /** Held requests received since {@link #close()}. */
        public static int arrived() {
            return ARRIVED.get();
        }

        @Override
        public ResponseDefinition transform(ServeEvent event) {
            CountDownLatch waitFor = gate;
            ARRIVED.incrementAndGet();
            try {
                waitFor.await(CALL_TIMEOUT_SECONDS - 2, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return event.getResponseDefinition();
        }

        @Override
        public boolean applyGlobally() {
            return false;
        }

        @Override
        public String getName() {
            return NAME;
        }
    }

    static final class ChatEcho implements ResponseDefinitionTransformerV2 {
        static final String NAME = "chat-echo";

        @Override
        public ResponseDefinition transform(ServeEvent event) {
            JsonNode request = read(event.getRequest().getBodyAsString());
            String user = request.get("messages").get(1).get("content").asText();
            String content = "[llm] " + user;
            return ResponseDefinitionBuilder.like(event.getResponseDefinition()).withStatus(200)
                    .withHeader("Content-Type", "application/json")
                    .withBody(chatCompletion(content, "stop")).build();
        }

        @Override
        public boolean applyGlobally() {
            return false;
        }

        @Override
        public String getName() {
            return NAME;
        }
    }

    private static JsonNode read(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
