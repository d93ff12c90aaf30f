import java.io.IOException;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load client for scripts/load/run-load.sh (JDK 17 only, run as {@code java Load.java MODE ...}).
 * Articles are built from consecutive sentences of a one-sentence-a-line Indonesian file, so
 * article {@code i} is always the same text and distinct articles are distinct cache keys.
 *
 * <pre>
 *   body     SENTENCES INDEX                          print article INDEX as a JSON request body
 *   uncached URL SENTENCES FROM COUNT CONCURRENCY IDS_OUT
 *                                                    POST articles FROM..FROM+COUNT-1 once each
 *   fault    URL SENTENCES CACHED_FROM CACHED_COUNT FRESH_FROM MAX_SECONDS CONCURRENCY PHASE_FILE IDS_OUT
 *                                                    mixed load until PHASE_FILE says "done" (at most MAX_SECONDS);
 *                                                    counts per phase (the name PHASE_FILE holds)
 *   verify   URL IDS_FILE                             GET every stored id; exit 1 if any is missing
 * </pre>
 */
public class Load {

    static final int SENTENCES_PER_ARTICLE = 6;
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(90);
    static final Pattern ID = Pattern.compile("^\\{\"id\":(null|\"([^\"]+)\")");
    static final Pattern CACHED = Pattern.compile("\"cached\":(true|false)\\}\\s*$");

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "body" -> System.out.print(articleJson(sentences(args[1]), Integer.parseInt(args[2])));
            case "uncached" -> uncached(args[1], sentences(args[2]), Integer.parseInt(args[3]),
                    Integer.parseInt(args[4]), Integer.parseInt(args[5]), Path.of(args[6]));
            case "fault" -> fault(args[1], sentences(args[2]), Integer.parseInt(args[3]), Integer.parseInt(args[4]),
                    Integer.parseInt(args[5]), Integer.parseInt(args[6]), Integer.parseInt(args[7]), Path.of(args[8]),
                    Path.of(args[9]));
            case "verify" -> System.exit(verify(args[1], Path.of(args[2])) ? 0 : 1);
            default -> throw new IllegalArgumentException("unknown mode " + args[0]);
        }
    }

    static List<String> sentences(String file) throws IOException {
        return Files.readAllLines(Path.of(file), StandardCharsets.UTF_8).stream()
                .map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    static int articleCount(List<String> sentences) {
        return sentences.size() / SENTENCES_PER_ARTICLE;
    }

    /** Article {@code index}: six consecutive sentences in two paragraphs. */
    static String articleText(List<String> sentences, int index) {
        int from = index * SENTENCES_PER_ARTICLE;
        if (index < 0 || from + SENTENCES_PER_ARTICLE > sentences.size()) {
            throw new IllegalArgumentException("only " + articleCount(sentences) + " articles in the sentence file");
        }
        List<String> six = sentences.subList(from, from + SENTENCES_PER_ARTICLE);
        return String.join(" ", six.subList(0, 3)) + "\n\n" + String.join(" ", six.subList(3, 6));
    }

    static String articleJson(List<String> sentences, int index) {
        return "{\"text\":\"" + jsonEscape(articleText(sentences, index)) + "\"}";
    }

    static String jsonEscape(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    static HttpClient client() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    static HttpRequest post(String url, String json) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(REQUEST_TIMEOUT)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build();
    }

    /** One answer as the figures need it. */
    record Outcome(int status, boolean retryAfter, String id, boolean degraded, boolean cached, long micros) {

        static Outcome of(HttpResponse<String> response, long micros) {
            String body = response.body();
            String id = null;
            boolean cached = false;
            if (response.statusCode() == 200) {
                Matcher m = ID.matcher(body);
                if (m.find()) {
                    id = m.group(2);
                }
                Matcher c = CACHED.matcher(body);
                cached = c.find() && c.group(1).equals("true");
            }
            return new Outcome(response.statusCode(), response.headers().firstValue("Retry-After").isPresent(), id,
                    body.contains("\"degraded\":[\"summaries\"]"), cached, micros);
        }

        static Outcome failed(long micros) {
            return new Outcome(-1, false, null, false, false, micros);
        }
    }

    static Outcome send(HttpClient http, HttpRequest request) {
        long start = System.nanoTime();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return Outcome.of(response, (System.nanoTime() - start) / 1000);
        } catch (IOException e) {
            return Outcome.failed((System.nanoTime() - start) / 1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Outcome.failed((System.nanoTime() - start) / 1000);
        }
    }

    /** Counts and latencies for one phase of a run. */
    static final class Tally {
        final AtomicLong total = new AtomicLong();
        final AtomicLong ok = new AtomicLong();
        final AtomicLong degraded = new AtomicLong();
        final AtomicLong cachedHits = new AtomicLong();
        final AtomicLong stored = new AtomicLong();
        final AtomicLong fresh = new AtomicLong();
        final AtomicLong client4xx = new AtomicLong();
        final AtomicLong unavailableWithRetryAfter = new AtomicLong();
        final AtomicLong other5xx = new AtomicLong();
        final AtomicLong ioErrors = new AtomicLong();
        final List<Long> micros = Collections.synchronizedList(new ArrayList<>());

        void add(Outcome o, boolean freshArticle) {
            total.incrementAndGet();
            micros.add(o.micros());
            if (freshArticle) {
                fresh.incrementAndGet();
            }
            if (o.status() == 200) {
                ok.incrementAndGet();
                if (o.degraded()) {
                    degraded.incrementAndGet();
                }
                if (o.cached()) {
                    cachedHits.incrementAndGet();
                }
                if (o.id() != null) {
                    stored.incrementAndGet();
                }
            } else if (o.status() >= 400 && o.status() < 500) {
                client4xx.incrementAndGet();
            } else if (o.status() == 503 && o.retryAfter()) {
                unavailableWithRetryAfter.incrementAndGet();
            } else if (o.status() >= 500) {
                other5xx.incrementAndGet();
            } else {
                ioErrors.incrementAndGet();
            }
        }

        String percentile(double p) {
            List<Long> sorted;
            synchronized (micros) {
                sorted = new ArrayList<>(micros);
            }
            if (sorted.isEmpty()) {
                return "-";
            }
            Collections.sort(sorted);
            int at = (int) Math.ceil(p * sorted.size()) - 1;
            return String.format("%.1f", sorted.get(Math.max(0, at)) / 1000.0);
        }

        String row(String name, double seconds) {
            long fiveHundreds = unavailableWithRetryAfter.get() + other5xx.get();
            return String.format("| %s | %.1f | %d | %.2f | %d | %d | %d | %d | %d | %d | %d | %d | %s | %s |", name,
                    seconds, total.get(), seconds > 0 ? total.get() / seconds : 0, ok.get(), degraded.get(),
                    cachedHits.get(), stored.get(), fiveHundreds, unavailableWithRetryAfter.get(), other5xx.get(),
                    ioErrors.get() + client4xx.get(), percentile(0.50), percentile(0.99));
        }

        static String header() {
            return "| phase | seconds | requests | req/s | 200 | 200 degraded | 200 cached | 200 stored (id) | 5xx | "
                    + "of which 503+Retry-After | other 5xx | 4xx or I/O error | p50 ms | p99 ms |\n"
                    + "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |";
        }
    }

    static void uncached(String url, List<String> sentences, int from, int count, int concurrency, Path idsOut)
            throws Exception {
        HttpClient http = client();
        Tally tally = new Tally();
        AtomicInteger next = new AtomicInteger(from);
        int end = Math.min(from + count, articleCount(sentences));
        Map<Integer, String> ids = new ConcurrentHashMap<>();
        ExecutorService workers = Executors.newFixedThreadPool(concurrency);
        long start = System.nanoTime();
        for (int w = 0; w < concurrency; w++) {
            workers.submit(() -> {
                for (int i = next.getAndIncrement(); i < end; i = next.getAndIncrement()) {
                    Outcome o = send(http, post(url, articleJson(sentences, i)));
                    tally.add(o, true);
                    if (o.id() != null) {
                        ids.put(i, o.id());
                    }
                }
            });
        }
        workers.shutdown();
        if (!workers.awaitTermination(30, TimeUnit.MINUTES)) {
            workers.shutdownNow();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        writeIds(idsOut, ids);
        System.out.println(Tally.header());
        System.out.println(tally.row("uncached articles " + from + ".." + (end - 1) + " (c=" + concurrency + ")", seconds));
    }

    static void writeIds(Path file, Map<Integer, String> ids) throws IOException {
        List<String> lines = new ArrayList<>();
        new java.util.TreeMap<>(ids).forEach((article, id) -> lines.add(article + "\t" + id));
        Files.write(file, lines, StandardCharsets.UTF_8);
    }

    /**
     * Mixed load for a fixed time while run-load.sh injects faults: half the requests repeat an
     * article stored before the faults (cache hits), half send an article that is not stored yet
     * (they need both services; one that fails or is degraded is sent again later). The phase each answer counts towards is the one PHASE_FILE names when it
     * arrives; the load stops when PHASE_FILE says "done" or after {@code seconds}. Also prints the first complete fresh answer and the first stored one after each phase began.
     */
    static void fault(String url, List<String> sentences, int cachedFrom, int cachedCount, int freshFrom, int seconds,
            int concurrency, Path phaseFile, Path idsOut) throws Exception {
        HttpClient http = client();
        Map<String, Tally> phases = Collections.synchronizedMap(new LinkedHashMap<>());
        Map<String, Long> phaseStart = new ConcurrentHashMap<>();
        Map<String, Long> firstComplete = new ConcurrentHashMap<>();
        Map<String, Long> firstStored = new ConcurrentHashMap<>();
        Map<Integer, String> ids = new ConcurrentHashMap<>();
        // Articles never stored yet; one that fails or comes back degraded goes back in, so it stays uncached.
        java.util.concurrent.ConcurrentLinkedQueue<Integer> unstored = new java.util.concurrent.ConcurrentLinkedQueue<>();
        for (int i = freshFrom; i < articleCount(sentences); i++) {
            unstored.add(i);
        }
        long t0 = System.nanoTime();
        long deadline = t0 + TimeUnit.SECONDS.toNanos(seconds);
        java.util.concurrent.atomic.AtomicReference<String> phase = new java.util.concurrent.atomic.AtomicReference<>(readPhase(phaseFile, "start"));
        java.util.concurrent.atomic.AtomicBoolean done = new java.util.concurrent.atomic.AtomicBoolean();
        phaseStart.put(phase.get(), 0L);
        Thread watcher = new Thread(() -> {
            while (System.nanoTime() < deadline && !done.get()) {
                String now = readPhase(phaseFile, phase.get());
                if (now.equals("done")) {
                    done.set(true);
                    return;
                }
                if (!now.equals(phase.get())) {
                    phaseStart.putIfAbsent(now, (System.nanoTime() - t0) / 1_000_000);
                    phase.set(now);
                }
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        watcher.setDaemon(true);
        watcher.start();
        ExecutorService workers = Executors.newFixedThreadPool(concurrency);
        for (int w = 0; w < concurrency; w++) {
            workers.submit(() -> {
                while (System.nanoTime() < deadline && !done.get()) {
                    Integer next = ThreadLocalRandom.current().nextBoolean() ? unstored.poll() : null;
                    boolean fresh = next != null;
                    int article = fresh ? next : cachedFrom + ThreadLocalRandom.current().nextInt(cachedCount);
                    Outcome o = send(http, post(url, articleJson(sentences, article)));
                    if (fresh && o.id() == null) {
                        unstored.add(article); // not stored (failed or degraded): still a new article for the cache
                    }
                    String at = phase.get();
                    phases.computeIfAbsent(at, k -> new Tally()).add(o, fresh);
                    long ms = (System.nanoTime() - t0) / 1_000_000;
                    if (fresh && o.status() == 200 && !o.degraded()) {
                        firstComplete.putIfAbsent(at, ms);
                    }
                    if (fresh && o.id() != null) {
                        firstStored.putIfAbsent(at, ms);
                        ids.put(article, o.id());
                    }
                }
            });
        }
        workers.shutdown();
        if (!workers.awaitTermination(seconds + 120L, TimeUnit.SECONDS)) {
            workers.shutdownNow();
        }
        long endMs = (System.nanoTime() - t0) / 1_000_000;
        writeIds(idsOut, ids);
        System.out.println(Tally.header());
        List<String> names = new ArrayList<>(phases.keySet());
        names.sort((a, b) -> Long.compare(phaseStart.getOrDefault(a, 0L), phaseStart.getOrDefault(b, 0L)));
        Tally all = new Tally();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            long from = phaseStart.getOrDefault(name, 0L);
            long to = i + 1 < names.size() ? phaseStart.getOrDefault(names.get(i + 1), endMs) : endMs;
            System.out.println(phases.get(name).row(name, (to - from) / 1000.0));
        }
        phases.values().forEach(t -> {
            all.total.addAndGet(t.total.get());
            all.ok.addAndGet(t.ok.get());
            all.degraded.addAndGet(t.degraded.get());
            all.cachedHits.addAndGet(t.cachedHits.get());
            all.stored.addAndGet(t.stored.get());
            all.client4xx.addAndGet(t.client4xx.get());
            all.unavailableWithRetryAfter.addAndGet(t.unavailableWithRetryAfter.get());
            all.other5xx.addAndGet(t.other5xx.get());
            all.ioErrors.addAndGet(t.ioErrors.get());
            all.micros.addAll(t.micros);
        });
        System.out.println(all.row("**whole run**", endMs / 1000.0));
        System.out.println();
        System.out.println("phase timeline (ms since the load began): start / first complete (non-degraded) fresh answer / first stored fresh answer");
        for (String name : names) {
            System.out.printf("  %-28s start %6s  first-complete %6s  first-stored %6s%n", name, phaseStart.get(name),
                    firstComplete.getOrDefault(name, null), firstStored.getOrDefault(name, null));
        }
        System.out.println("new articles stored during the run: " + ids.size());
    }

    static String readPhase(Path file, String fallback) {
        try {
            String s = Files.readString(file).strip();
            return s.isEmpty() ? fallback : s;
        } catch (IOException e) {
            return fallback;
        }
    }

    /** GETs every id in the file (lines "article&lt;TAB&gt;id"); true when all are there, with the same id. */
    static boolean verify(String baseUrl, Path idsFile) throws Exception {
        HttpClient http = client();
        int found = 0;
        List<String> missing = new ArrayList<>();
        List<String> lines = Files.readAllLines(idsFile, StandardCharsets.UTF_8);
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            String id = line.split("\t")[1];
            Outcome o = send(http, HttpRequest.newBuilder(URI.create(baseUrl + "/" + id)).timeout(REQUEST_TIMEOUT)
                    .header("Accept", "application/json").GET().build());
            if (o.status() == 200 && id.equals(o.id()) && !o.degraded()) {
                found++;
            } else {
                missing.add(id + " (" + o.status() + ")");
            }
        }
        System.out.printf("verify %s: %d of %d stored results retrievable, %d lost%s%n", idsFile.getFileName(), found,
                found + missing.size(), missing.size(), missing.isEmpty() ? "" : ": " + missing);
        return missing.isEmpty();
    }
}
