package io.warta.e2e;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The three packaged services (target/quarkus-app) started as separate processes on free ports,
 * talking real HTTP to each other and to the PostgreSQL given by QUARKUS_DATASOURCE_JDBC_URL
 * (default: the local test database). Their logs go to target/e2e-logs.
 */
final class RunningSuite implements AutoCloseable {

    private static final Duration READY_TIMEOUT = Duration.ofMinutes(3);

    final int translatePort = freePort();
    final int summaryPort = freePort();
    final int gatewayPort = freePort();
    /** Management interfaces (metrics only), one per service. */
    final int translateManagementPort = freePort();
    final int summaryManagementPort = freePort();
    final int gatewayManagementPort = freePort();
    private final Path root = Path.of(System.getProperty("warta.root", "..")).toAbsolutePath().normalize();
    private final List<Process> processes = new ArrayList<>();
    private final Map<String, String> translateServiceEnv = new LinkedHashMap<>();
    private String logPrefix = "";
    private boolean patientDeadlines;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    /** Extra gateway settings as environment variables (e.g. API keys on). */
    private final Map<String, String> gatewaySettings;

    RunningSuite() {
        this(Map.of());
    }

    RunningSuite(Map<String, String> gatewaySettings) {
        this.gatewaySettings = Map.copyOf(gatewaySettings);
    }

    /** An environment variable for translate-service only (e.g. its engines), set before {@link #start()}. */
    RunningSuite translateServiceEnv(String name, String value) {
        translateServiceEnv.put(name, value);
        return this;
    }

    /**
     * Every service's own deadline at the gateway's longest (30 s): for journeys that check what an article becomes,
     * not how long it may take, on a machine that may be loaded many times over (the deadlines have tests of their own).
     */
    RunningSuite patientDeadlines() {
        patientDeadlines = true;
        return this;
    }

    /** Names this suite's log files ({@code PREFIX-gateway.log}), so two suites in one run keep their logs apart. */
    RunningSuite logPrefix(String prefix) {
        logPrefix = prefix + "-";
        return this;
    }

    RunningSuite start() throws Exception {
        Map<String, String> database = new LinkedHashMap<>();
        database.put("QUARKUS_DATASOURCE_JDBC_URL",
                System.getenv().getOrDefault("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://127.0.0.1:5432/test"));
        database.put("QUARKUS_DATASOURCE_USERNAME", System.getenv().getOrDefault("QUARKUS_DATASOURCE_USERNAME", "postgres"));
        database.put("QUARKUS_DATASOURCE_PASSWORD", System.getenv().getOrDefault("QUARKUS_DATASOURCE_PASSWORD", ""));
        // Every run starts from empty schemas, so "the second request is a cache hit" means this run's first.
        database.put("QUARKUS_FLYWAY_CLEAN_DISABLED", "false");
        database.put("QUARKUS_FLYWAY_CLEAN_AT_START", "true");
        if (patientDeadlines) {
            database.put("WARTA_GATEWAY_DEADLINE_BASE", "30s");
            database.put("WARTA_TRANSLATE_DEADLINE_BASE", "30s");
            database.put("WARTA_SUMMARY_DEADLINE_BASE", "30s");
        }

        Map<String, String> translate = new LinkedHashMap<>(database);
        translate.putAll(translateServiceEnv);
        launch("translate-service", translatePort, translateManagementPort, translate);
        launch("summary-service", summaryPort, summaryManagementPort, database);
        awaitReady(translatePort);
        awaitReady(summaryPort);
        Map<String, String> gateway = new LinkedHashMap<>(database);
        gateway.put("QUARKUS_REST_CLIENT_TRANSLATE_SERVICE_URL", "http://localhost:" + translatePort);
        gateway.put("QUARKUS_REST_CLIENT_SUMMARY_SERVICE_URL", "http://localhost:" + summaryPort);
        gateway.putAll(gatewaySettings);
        launch("gateway", gatewayPort, gatewayManagementPort, gateway);
        awaitReady(gatewayPort);
        return this;
    }

    String translateServiceUrl() {
        return "http://localhost:" + translatePort;
    }

    String gatewayUrl() {
        return "http://localhost:" + gatewayPort;
    }

    Path root() {
        return root;
    }

    private void launch(String service, int port, int managementPort, Map<String, String> env) throws IOException {
        Path jar = root.resolve(service).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: package the services first (./mvnw verify does)");
        }
        Path logs = root.resolve("end-to-end-tests/target/e2e-logs");
        Files.createDirectories(logs);
        ProcessBuilder builder = new ProcessBuilder(javaExecutable(), "-Xmx768m",
                // as the images and run.sh start them: malformed request targets are answered as problems
                "-Dvertx.disableURIValidation=true", "-jar", jar.toString())
                .redirectErrorStream(true)
                .redirectOutput(logs.resolve(logPrefix + service + ".log").toFile());
        builder.environment().putAll(env);
        builder.environment().put("QUARKUS_HTTP_PORT", Integer.toString(port));
        builder.environment().put("QUARKUS_MANAGEMENT_PORT", Integer.toString(managementPort));
        processes.add(builder.start());
    }

    private void awaitReady(int port) throws InterruptedException {
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<Void> response = http.send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/q/health/ready")).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            if (processes.stream().anyMatch(p -> !p.isAlive())) {
                throw new IllegalStateException("a service exited during start-up; see end-to-end-tests/target/e2e-logs");
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("service on port " + port + " not ready within " + READY_TIMEOUT);
    }

    @Override
    public void close() {
        processes.forEach(Process::destroy);
        for (Process process : processes) {
            try {
                if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("no free port", e);
        }
    }
}
