import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Hostile load client for scripts/load/hostile-load.sh (JDK 17 only: {@code java HostileLoad.java ...}).
 *
 * <pre>
 *   HostileLoad LABEL GATEWAY_PORT TRANSLATE_PORT SUMMARY_PORT SENTENCES FIRST_ARTICLE ARTICLES SECONDS CONNECTIONS
 *               HOSTILE_SHARE MAX_REQUESTS
 * </pre>
 *
 * CONNECTIONS workers send requests back to back for SECONDS (or until MAX_REQUESTS in all) to 127.0.0.1 only.
 * Each request is, with probability HOSTILE_SHARE, one of the hostile requests of issue #16 (to any of the three
 * services), else a normal article to the gateway (article i = six consecutive sentences of SENTENCES; articles
 * FIRST_ARTICLE .. FIRST_ARTICLE + ARTICLES - 1 in turn, so two runs given disjoint ranges both compute theirs). A watcher asks every service's /q/health/ready once a second. Prints one markdown
 * table row of the normal articles (count, p50, p99, max, non-200, 5xx, no answer), the hostile answers by
 * status, and the readiness polls that failed.
 */
public class HostileLoad {

    static final Duration NORMAL_TIMEOUT = Duration.ofSeconds(90);
    static final Duration HOSTILE_TIMEOUT = Duration.ofSeconds(30);
    static final int SENTENCES_PER_ARTICLE = 6;

    record Hostile(String name, int port, String method, String target, String contentType, Map<String, String> headers,
            Supplier<byte[]> body) {
    }

    public static void main(String[] args) throws Exception {
        String label = args[0];
        int gateway = Integer.parseInt(args[1]);
        int translate = Integer.parseInt(args[2]);
        int summary = Integer.parseInt(args[3]);
        List<String> sentences = Files.readAllLines(Path.of(args[4]), StandardCharsets.UTF_8).stream()
                .map(String::strip).filter(s -> !s.isEmpty()).toList();
        int firstArticle = Integer.parseInt(args[5]);
        int articles = Integer.parseInt(args[6]);
        long seconds = Long.parseLong(args[7]);
        int connections = Integer.parseInt(args[8]);
        double hostileShare = Double.parseDouble(args[9]);
        long maxRequests = Long.parseLong(args[10]);

        List<Hostile> hostile = hostileRequests(gateway, translate, summary);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        List<Long> normalMicros = Collections.synchronizedList(new ArrayList<>());
        AtomicLong normalNon200 = new AtomicLong();
        AtomicLong normal5xx = new AtomicLong();
        AtomicLong normalNoAnswer = new AtomicLong();
        Map<String, AtomicLong> hostileByStatus = new ConcurrentHashMap<>();
        AtomicLong requests = new AtomicLong();
        AtomicInteger nextArticle = new AtomicInteger();
        AtomicLong notReady = new AtomicLong();
        AtomicLong readyPolls = new AtomicLong();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);

        ExecutorService workers = Executors.newFixedThreadPool(connections + 1);
        workers.submit(() -> {
            while (System.nanoTime() < end) {
                for (int port : new int[] { gateway, translate, summary }) {
                    readyPolls.incrementAndGet();
                    if (status(http, get(port, "/q/health/ready", Duration.ofSeconds(5))) != 200) {
                        notReady.incrementAndGet();
                    }
                }
                sleep(1_000);
            }
        });
        for (int w = 0; w < connections; w++) {
            workers.submit(() -> {
                ThreadLocalRandom random = ThreadLocalRandom.current();
                while (System.nanoTime() < end && requests.incrementAndGet() <= maxRequests) {
                    if (random.nextDouble() < hostileShare) {
                        Hostile h = hostile.get(random.nextInt(hostile.size()));
                        int status = send(http, h);
                        hostileByStatus.computeIfAbsent(status <= 0 ? "no answer" : Integer.toString(status),
                                k -> new AtomicLong()).incrementAndGet();
                    } else {
                        int index = firstArticle + nextArticle.getAndIncrement() % articles;
                        long start = System.nanoTime();
                        int status = status(http, HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + gateway
                                + "/api/v1/articles")).timeout(NORMAL_TIMEOUT).header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(article(sentences, index))).build());
                        normalMicros.add((System.nanoTime() - start) / 1_000);
                        if (status <= 0) {
                            normalNoAnswer.incrementAndGet();
                        } else if (status != 200) {
                            normalNon200.incrementAndGet();
                            if (status >= 500) {
                                normal5xx.incrementAndGet();
                            }
                        }
                    }
                }
            });
        }
        workers.shutdown();
        if (!workers.awaitTermination(seconds + 120, TimeUnit.SECONDS)) {
            workers.shutdownNow();
        }

        List<Long> sorted = new ArrayList<>(normalMicros);
        Collections.sort(sorted);
        System.out.printf("| %s | %d | %d | %s | %s | %s | %d | %d | %d | %s | %d of %d |%n", label, connections,
                Math.round(hostileShare * 100), sorted.size() == 0 ? "-" : Integer.toString(sorted.size()),
                ms(sorted, 0.50), ms(sorted, 0.99), normalNon200.get(), normal5xx.get(), normalNoAnswer.get(),
                new TreeMap<>(hostileByStatus).toString().replace("=", ": "), notReady.get(), readyPolls.get());
    }

    static String ms(List<Long> sorted, double quantile) {
        if (sorted.isEmpty()) {
            return "-";
        }
        long micros = sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(quantile * sorted.size()) - 1));
        return String.format("%.0f ms", micros / 1000.0);
    }

    static String article(List<String> sentences, int index) {
        List<String> six = sentences.subList(index * SENTENCES_PER_ARTICLE, (index + 1) * SENTENCES_PER_ARTICLE);
        String text = String.join(" ", six.subList(0, 3)) + "\n\n" + String.join(" ", six.subList(3, 6));
        return "{\"text\":\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"}";
    }

    static List<Hostile> hostileRequests(int gateway, int translate, int summary) {
        String json = "application/json";
        String plain = "text/plain; charset=utf-8";
        String markup = "<script>alert(1)</script>";
        List<Hostile> all = new ArrayList<>();
        // 1. CPU per request
        all.add(new Hostile("runs of <p", gateway, "POST", "/api/v1/articles", plain, Map.of(), text("<p".repeat(50_000))));
        all.add(new Hostile("unclosed comments", gateway, "POST", "/api/v1/articles", plain, Map.of(),
                text("<!--".repeat(24_000) + " Harga beras naik.")));
        all.add(new Hostile("combining marks", gateway, "POST", "/api/v1/articles", plain, Map.of(),
                text("Harga e" + "\u0301\u0300".repeat(65_000) + " naik.")));
        all.add(new Hostile("full stops", gateway, "POST", "/api/v1/articles", plain, Map.of(), text(".".repeat(99_000))));
        all.add(new Hostile("long word", translate, "POST", "/v1/translations", json, Map.of(),
                text("{\"text\": \"Harga " + "qz".repeat(6_000) + " naik.\"}")));
        all.add(new Hostile("semicolons", gateway, "POST", "/api/v1/articles", plain, Map.of(),
                text("Harga beras " + ";".repeat(50_000) + " naik.")));
        all.add(new Hostile("commas", summary, "POST", "/v1/summaries", json, Map.of(),
                text("{\"text\": \"Harga beras naik" + ",".repeat(99_000) + " kata menteri.\"}")));
        all.add(new Hostile("hyphen chain", translate, "POST", "/v1/translations", json, Map.of(),
                text("{\"text\": \"" + "di-".repeat(30_000) + "di.\"}")));
        all.add(new Hostile("2,101 sentences", gateway, "POST", "/api/v1/articles", plain, Map.of(),
                text("Harga beras naik. ".repeat(2_101))));
        all.add(new Hostile("three 54,000-character texts", translate, "POST", "/v1/translations/batch", json, Map.of(),
                text("{\"texts\": [\"" + String.join("\", \"", Collections.nCopies(3, "Harga beras naik. ".repeat(3_000)))
                        + "\"]}")));
        // 4-8. types, below JAX-RS, echo, surrogates
        all.add(new Hostile("number as text", gateway, "POST", "/api/v1/articles", json, Map.of(), text("{\"text\": 12345}")));
        all.add(new Hostile("numbers as sentences", summary, "POST", "/v1/summaries", json, Map.of(),
                text("{\"sentences\": [1, 2, 3]}")));
        all.add(new Hostile("bad escape", gateway, "GET", "/api/v1/articles/%zz", null, Map.of(), null));
        all.add(new Hostile("9,000-character URI", translate, "GET", "/v1/engines/" + "a".repeat(9_000), null, Map.of(), null));
        all.add(new Hostile("30 kB of headers", summary, "GET", "/v1/summarizer", null,
                Map.of("X-Padding", "p".repeat(30_000)), null));
        all.add(new Hostile("markup field name", gateway, "POST", "/api/v1/articles", json, Map.of(),
                text("{\"text\": \"Harga beras naik.\", \"" + markup.replace("\"", "") + "\": 1}")));
        all.add(new Hostile("20,000-character language", summary, "POST", "/v1/summaries", json, Map.of(),
                text("{\"sentences\": [\"Harga beras naik.\"], \"language\": \"" + "x".repeat(20_000) + "\"}")));
        all.add(new Hostile("lone surrogate", gateway, "POST", "/api/v1/articles", json, Map.of(),
                text("{\"text\": \"Harga beras naik \\ud800 di Jakarta.\"}")));
        all.add(new Hostile("random id", gateway, "GET", "/api/v1/articles/" + Long.toString(System.nanoTime(), 36), null,
                Map.of(), null));
        return all;
    }

    static Supplier<byte[]> text(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return () -> bytes;
    }

    static HttpRequest get(int port, String path, Duration timeout) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(timeout).GET().build();
    }

    static int send(HttpClient http, Hostile h) {
        if (h.target().contains("%zz")) {
            return raw(h);
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + h.port() + h.target()))
                .timeout(HOSTILE_TIMEOUT);
        h.headers().forEach(request::header);
        if (h.body() == null) {
            request.GET();
        } else {
            request.header("Content-Type", h.contentType()).method(h.method(),
                    HttpRequest.BodyPublishers.ofByteArray(h.body().get()));
        }
        return status(http, request.build());
    }

    /** A request target that java.net.URI refuses, over a plain socket; the status of the answer. */
    static int raw(Hostile h) {
        try (Socket socket = new Socket("127.0.0.1", h.port())) {
            socket.setSoTimeout((int) HOSTILE_TIMEOUT.toMillis());
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + h.target() + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            InputStream in = socket.getInputStream();
            byte[] head = in.readNBytes(12);
            return Integer.parseInt(new String(head, StandardCharsets.ISO_8859_1).substring(9, 12));
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    static int status(HttpClient http, HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
