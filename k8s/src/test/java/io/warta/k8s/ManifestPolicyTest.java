package io.warta.k8s;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyIngressRule;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ManifestPolicyTest {

    private static final Map<String, String> RENDERED = new ConcurrentHashMap<>();

    private static List<HasMetadata> overlay(String name) {
        // Render once per overlay; parse afresh each time so a mutation never leaks into another test.
        String yaml = RENDERED.computeIfAbsent(name, n -> Kustomize.render("overlays/" + n));
        return new ArrayList<>(StrictManifestParser.parse(yaml));
    }

    // ------------------------------------------------------------------ the real overlays comply

    @ParameterizedTest(name = "overlay {0} renders and complies")
    @ValueSource(strings = {"dev", "prod", "opus-mt"})
    void overlayRendersAndComplies(String overlay) {
        List<HasMetadata> resources = overlay(overlay);

        assertThat(ManifestPolicy.check(resources)).as("policy violations in overlay " + overlay).isEmpty();
        assertThat(ManifestPolicy.of(resources, Deployment.class)).extracting(d -> d.getMetadata().getName())
                .containsExactlyInAnyOrder("gateway", "translate-service", "summary-service");
        assertThat(ManifestPolicy.of(resources, StatefulSet.class)).extracting(s -> s.getMetadata().getName())
                .containsExactly("postgres");
        assertThat(ManifestPolicy.of(resources, Ingress.class)).hasSize(1);
    }

    @Test
    void prodRunsNativeImagesFromTheRegistryWithMoreReplicas() {
        List<HasMetadata> resources = overlay("prod");
        for (Deployment deployment : ManifestPolicy.of(resources, Deployment.class)) {
            String name = deployment.getMetadata().getName();
            assertThat(container(deployment).getImage()).isEqualTo("quay.io/warta/" + name + ":1.0.0");
            assertThat(deployment.getSpec().getReplicas()).as(name + " replicas").isGreaterThanOrEqualTo(2);
            assertThat(deployment.getMetadata().getNamespace()).isEqualTo("warta");
        }
        Deployment translate = deployment(resources, "translate-service");
        assertThat(container(translate).getResources().getRequests().get("memory").toString()).isEqualTo("256Mi");
        assertThat(container(translate).getResources().getLimits().get("memory").toString()).isEqualTo("768Mi");
        assertThat(configOf(resources, "gateway")).containsEntry("WARTA_GATEWAY_API_KEYS_ENABLED", "true");
        assertThat(ManifestPolicy.of(resources, HorizontalPodAutoscaler.class))
                .allSatisfy(h -> assertThat(h.getSpec().getMinReplicas()).isGreaterThanOrEqualTo(2));
    }

    @Test
    void devRunsTheLocallyBuiltJvmImagesWithJvmSizedMemory() {
        List<HasMetadata> resources = overlay("dev");
        for (Deployment deployment : ManifestPolicy.of(resources, Deployment.class)) {
            String name = deployment.getMetadata().getName();
            assertThat(container(deployment).getImage()).isEqualTo("localhost/warta/" + name + ":1.0.0-jvm");
            assertThat(deployment.getMetadata().getNamespace()).isEqualTo("warta-dev");
            var startup = container(deployment).getStartupProbe();
            assertThat(startup.getFailureThreshold() * startup.getPeriodSeconds()).as(name + " JVM start-up budget (s)")
                    .isGreaterThanOrEqualTo(120);
        }
        assertThat(container(deployment(resources, "translate-service")).getResources().getLimits().get("memory")
                .getNumericalAmount()).isGreaterThan(new java.math.BigDecimal(768L * 1024 * 1024));
        assertThat(configOf(resources, "gateway")).containsEntry("WARTA_GATEWAY_API_KEYS_ENABLED", "false");
    }

    /** opus-mt: translate-service on the JVM image, with the model fetched by an init container into its volume. */
    @Test
    void opusMtRunsTheJvmTranslateServiceWithTheModelVolume() {
        List<HasMetadata> resources = overlay("opus-mt");
        Deployment translate = deployment(resources, "translate-service");
        assertThat(container(translate).getImage()).isEqualTo("quay.io/warta/translate-service:1.0.0-jvm");
        assertThat(container(deployment(resources, "gateway")).getImage()).isEqualTo("quay.io/warta/gateway:1.0.0");
        Map<String, String> config = configOf(resources, "translate-service");
        assertThat(config).containsEntry("WARTA_ENGINES_ORDER", "opus-mt,builtin");
        String modelDir = config.get("WARTA_ENGINES_OPUS_MT_MODEL_DIR");
        var pod = translate.getSpec().getTemplate().getSpec();
        assertThat(container(translate).getVolumeMounts()).anySatisfy(m -> {
            assertThat(modelDir).startsWith(m.getMountPath() + "/");
            assertThat(m.getReadOnly()).isTrue();
            assertThat(m.getName()).isEqualTo("opus-mt-model");
        });
        assertThat(pod.getInitContainers()).singleElement().satisfies(init -> {
            assertThat(init.getVolumeMounts()).anySatisfy(m -> assertThat(m.getName()).isEqualTo("opus-mt-model"));
            assertThat(String.join(" ", init.getArgs())).contains("Xenova/opus-mt-id-en",
                    "onnx/encoder_model_quantized.onnx", "onnx/decoder_model_merged_quantized.onnx", "source.spm",
                    "target.spm", "vocab.json", "generation_config.json");
        });
        assertThat(pod.getVolumes()).anySatisfy(v -> {
            assertThat(v.getName()).isEqualTo("opus-mt-model");
            assertThat(v.getEmptyDir()).isNotNull();
        });
    }

    /** The URLs in the services' configuration point at Services and ports that exist and that the policies open. */
    @ParameterizedTest(name = "overlay {0}: configured URLs resolve to rendered Services")
    @ValueSource(strings = {"dev", "prod", "opus-mt"})
    void configuredUrlsResolveToServicesTheNetworkPoliciesAllow(String overlay) {
        List<HasMetadata> resources = overlay(overlay);
        Map<String, String> gateway = configOf(resources, "gateway");
        assertServiceAt(resources, URI.create(gateway.get("QUARKUS_REST_CLIENT_TRANSLATE_SERVICE_URL")), "gateway");
        assertServiceAt(resources, URI.create(gateway.get("QUARKUS_REST_CLIENT_SUMMARY_SERVICE_URL")), "gateway");
        for (String service : List.of("gateway", "translate-service", "summary-service")) {
            String jdbc = configOf(resources, service).get("QUARKUS_DATASOURCE_JDBC_URL");
            assertThat(jdbc).as(service + " JDBC URL").startsWith("jdbc:postgresql://postgres:5432/warta");
            assertServiceAt(resources, URI.create(jdbc.substring("jdbc:".length())), service);
        }
    }

    private static void assertServiceAt(List<HasMetadata> resources, URI url, String caller) {
        Service service = ManifestPolicy.of(resources, Service.class).stream()
                .filter(s -> s.getMetadata().getName().equals(url.getHost())).findFirst()
                .orElseThrow(() -> new AssertionError(caller + " calls " + url + " but no Service " + url.getHost()));
        assertThat(service.getSpec().getPorts()).extracting(ServicePort::getPort).as(url.toString()).contains(url.getPort());
        NetworkPolicy egress = ManifestPolicy.of(resources, NetworkPolicy.class).stream()
                .filter(p -> p.getMetadata().getName().equals(caller)).findFirst().orElseThrow();
        boolean allowed = egress.getSpec().getEgress().stream().anyMatch(rule ->
                rule.getTo().stream().anyMatch(peer -> peer.getPodSelector() != null
                        && ManifestPolicy.matches(peer.getPodSelector(), service.getSpec().getSelector()))
                        && rule.getPorts().stream().anyMatch(p -> p.getPort().getIntVal() == url.getPort()));
        assertThat(allowed).as("NetworkPolicy " + caller + " allows egress to " + url).isTrue();
    }

    // ------------------------------------------------------------------ the policy catches real violations

    static Stream<Arguments> violations() {
        return Stream.of(
                violation("readiness probe removed", r -> container(deployment(r, "translate-service")).setReadinessProbe(null),
                        "Deployment/translate-service container translate-service: no readinessProbe"),
                violation("startup probe removed", r -> container(deployment(r, "gateway")).setStartupProbe(null),
                        "Deployment/gateway container gateway: no startupProbe"),
                violation("liveness probe on the wrong path",
                        r -> container(deployment(r, "summary-service")).getLivenessProbe().getHttpGet().setPath("/health"),
                        "livenessProbe must GET /q/health/live (has /health)"),
                violation("probe on an undeclared port",
                        r -> container(deployment(r, "gateway")).getReadinessProbe().getHttpGet().setPort(new IntOrString("web")),
                        "readinessProbe port web is not a container port"),
                violation("memory limit removed",
                        r -> container(deployment(r, "translate-service")).getResources().getLimits().remove("memory"),
                        "Deployment/translate-service container translate-service: no memory limit"),
                violation("cpu request removed from the database",
                        r -> container(statefulSet(r, "postgres")).getResources().getRequests().remove("cpu"),
                        "StatefulSet/postgres container postgres: no cpu request"),
                violation("runAsNonRoot off", r -> deployment(r, "gateway").getSpec().getTemplate().getSpec()
                        .getSecurityContext().setRunAsNonRoot(false), "Deployment/gateway container gateway: runAsNonRoot is not true"),
                violation("writable root filesystem",
                        r -> container(deployment(r, "summary-service")).getSecurityContext().setReadOnlyRootFilesystem(false),
                        "summary-service: readOnlyRootFilesystem is not true"),
                violation("capabilities kept",
                        r -> container(deployment(r, "gateway")).getSecurityContext().getCapabilities().setDrop(List.of("NET_RAW")),
                        "gateway: capabilities do not drop ALL"),
                violation("privilege escalation allowed",
                        r -> container(deployment(r, "gateway")).getSecurityContext().setAllowPrivilegeEscalation(null),
                        "gateway: allowPrivilegeEscalation is not false"),
                violation("seccomp profile removed", r -> deployment(r, "translate-service").getSpec().getTemplate().getSpec()
                        .getSecurityContext().setSeccompProfile(null), "translate-service: seccompProfile is not RuntimeDefault"),
                violation("/tmp not mounted", r -> container(deployment(r, "translate-service")).getVolumeMounts()
                        .removeIf(m -> m.getMountPath().equals("/tmp")), "translate-service: no writable /tmp"),
                violation("/tmp from a hostPath", r -> deployment(r, "gateway").getSpec().getTemplate().getSpec().getVolumes()
                        .forEach(v -> {
                            v.setEmptyDir(null);
                            v.setHostPath(new io.fabric8.kubernetes.api.model.HostPathVolumeSource("/tmp", "Directory"));
                        }), "gateway: /tmp is not an emptyDir"),
                violation("Recreate strategy", r -> {
                    deployment(r, "gateway").getSpec().getStrategy().setType("Recreate");
                    deployment(r, "gateway").getSpec().getStrategy().setRollingUpdate(null);
                }, "Deployment/gateway: strategy must be RollingUpdate"),
                violation("pod labels no longer match the selector", r -> deployment(r, "summary-service").getSpec()
                        .getTemplate().getMetadata().getLabels().put("app.kubernetes.io/name", "summary"),
                        "Deployment/summary-service: selector"),
                violation("Service targets a port the pods do not expose",
                        r -> service(r, "translate-service").getSpec().getPorts().get(0).setTargetPort(new IntOrString(9999)),
                        "Service/translate-service: port 8081 targets 9999, which Deployment/translate-service does not expose"),
                violation("Service selects nothing", r -> service(r, "gateway").getSpec().getSelector()
                        .put("app.kubernetes.io/name", "gatewy"), "Service/gateway: selector"),
                violation("NodePort Service", r -> service(r, "summary-service").getSpec().setType("NodePort"),
                        "Service/summary-service: type NodePort bypasses the Ingress"),
                violation("workload without its NetworkPolicy",
                        r -> r.removeIf(x -> x instanceof NetworkPolicy && x.getMetadata().getName().equals("translate-service")),
                        "Deployment/translate-service: no NetworkPolicy of its own selects its pods"),
                violation("no default deny",
                        r -> r.removeIf(x -> x instanceof NetworkPolicy && x.getMetadata().getName().equals("default-deny-all")),
                        "no default-deny policy for ingress"),
                violation("policy admitting every source", r -> networkPolicy(r, "summary-service").getSpec().getIngress()
                        .add(new NetworkPolicyIngressRule()), "NetworkPolicy/summary-service: an ingress rule without `from`"),
                violation("metrics scraping opens an API port", r -> networkPolicy(r, "allow-metrics-scrape").getSpec()
                        .getIngress().get(0).getPorts().add(new io.fabric8.kubernetes.api.model.networking.v1
                                .NetworkPolicyPortBuilder().withProtocol("TCP").withPort(new IntOrString(8081)).build()),
                        "NetworkPolicy/allow-metrics-scrape: opens port 8081 of Deployment/gateway, which is not its port named metrics"),
                violation("metrics scraping opens every port", r -> networkPolicy(r, "allow-metrics-scrape").getSpec()
                        .getIngress().get(0).setPorts(List.of()),
                        "NetworkPolicy/allow-metrics-scrape: opens every port of 3 workloads"),
                violation("metrics served on the API port", r -> container(deployment(r, "summary-service")).getPorts()
                        .removeIf(p -> p.getName().equals("metrics")),
                        "NetworkPolicy/allow-metrics-scrape: opens port metrics of Deployment/summary-service, which is not its port named metrics"),
                violation("inline database password", r -> container(deployment(r, "gateway")).getEnv()
                        .add(new EnvVar("QUARKUS_DATASOURCE_PASSWORD", "hunter2", null)),
                        "env QUARKUS_DATASOURCE_PASSWORD has an inline value"),
                violation("password inside the JDBC URL", r -> configMap(r, "translate-service-config").getData()
                        .put("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://postgres:5432/warta?password=hunter2"),
                        "embeds a credential in its value"),
                violation("Secret with a real value committed", r -> r.add(new SecretBuilder().withNewMetadata()
                        .withName("warta-db-credentials").withNamespace(r.get(1).getMetadata().getNamespace()).endMetadata()
                        .addToData("password", Base64.getEncoder().encodeToString("hunter2".getBytes(StandardCharsets.UTF_8)))
                        .build()), "Secret/warta-db-credentials: key password has an inline value"),
                violation("reference to a Secret nobody creates", r -> container(deployment(r, "summary-service")).getEnv()
                        .get(0).getValueFrom().getSecretKeyRef().setName("db-creds"), "references unknown Secret db-creds"),
                violation("image :latest", r -> container(deployment(r, "gateway")).setImage("quay.io/warta/gateway:latest"),
                        "image quay.io/warta/gateway:latest uses :latest"),
                violation("image without a tag", r -> container(statefulSet(r, "postgres")).setImage("localhost:5000/postgres"),
                        "image localhost:5000/postgres has no tag"),
                violation("no HPA for summary-service",
                        r -> r.removeIf(x -> x instanceof HorizontalPodAutoscaler && x.getMetadata().getName().equals("summary-service")),
                        "HorizontalPodAutoscaler for Deployment/summary-service: missing"),
                violation("no PDB for the gateway",
                        r -> r.removeIf(x -> x instanceof PodDisruptionBudget && x.getMetadata().getName().equals("gateway")),
                        "Deployment/gateway: no PodDisruptionBudget"),
                violation("internal service exposed by an Ingress", r -> r.add(new IngressBuilder().withNewMetadata()
                        .withName("translate").withNamespace(r.get(1).getMetadata().getNamespace()).endMetadata()
                        .withNewSpec().addNewRule().withNewHttp().addNewPath().withPath("/").withPathType("Prefix")
                        .withNewBackend().withNewService().withName("translate-service").withNewPort().withNumber(8081)
                        .endPort().endService().endBackend().endPath().endHttp().endRule().endSpec().build()),
                        "Ingress/translate: exposes internal Service translate-service"),
                violation("service account token mounted",
                        r -> deployment(r, "summary-service").getSpec().getTemplate().getSpec().setAutomountServiceAccountToken(true),
                        "Deployment/summary-service: automountServiceAccountToken must be false"));
    }

    private static Arguments violation(String description, Consumer<List<HasMetadata>> breakIt, String expected) {
        return Arguments.of(description, breakIt, expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("violations")
    void policyRejectsABrokenOverlay(String description, Consumer<List<HasMetadata>> breakIt, String expected) {
        for (String overlay : List.of("dev", "prod")) {
            List<HasMetadata> resources = overlay(overlay);
            breakIt.accept(resources);
            assertThat(ManifestPolicy.check(resources)).as(description + " in " + overlay)
                    .anySatisfy(v -> assertThat(v).contains(expected));
        }
    }

    /** A hand-written manifest full of classic mistakes, independent of kubectl. */
    @Test
    void brokenFixtureReportsEveryMistake() throws IOException {
        List<String> violations = ManifestPolicy.check(StrictManifestParser.parse(resource("manifests/broken.yaml")));

        assertThat(violations).as(String.join("\n", violations)).contains(
                "Deployment/web container web: image nginx:latest uses :latest (pin a version)",
                "Deployment/web container web: no startupProbe",
                "Deployment/web container web: no livenessProbe",
                "Deployment/web container web: no memory limit",
                "Deployment/web container web: runAsNonRoot is not true",
                "Deployment/web container web: readOnlyRootFilesystem is not true",
                "Deployment/web container web: capabilities do not drop ALL",
                "Deployment/web container web: seccompProfile is not RuntimeDefault",
                "Deployment/web container web: no writable /tmp (mount an emptyDir; the root filesystem is read-only)",
                "Deployment/web container web: env DB_PASSWORD has an inline value; take it from a Secret",
                "Deployment/web: strategy must be RollingUpdate",
                "Service/web: port 80 targets 8080, which Deployment/web does not expose",
                "Secret/db: key password has an inline value; Secrets in the repository carry CHANGE_ME only (create real ones out of band)",
                "NetworkPolicy: no default-deny policy for ingress (empty podSelector, no ingress rules)",
                "Deployment/web: no NetworkPolicy of its own selects its pods with explicit ingress rules",
                "Deployment/web: no PodDisruptionBudget selects its pods",
                "Deployment/gateway: missing",
                "HorizontalPodAutoscaler for Deployment/translate-service: missing",
                "Ingress for Service/gateway: missing");
    }

    @Test
    void placeholderSecretIsAccepted() {
        List<HasMetadata> resources = List.of(new SecretBuilder().withNewMetadata().withName("db").endMetadata()
                .addToStringData("password", ManifestPolicy.SECRET_PLACEHOLDER).build());
        assertThat(ManifestPolicy.check(resources)).noneMatch(v -> v.startsWith("Secret/"));
    }

    @Test
    void imagesPinnedByDigestOrTagAreAccepted() {
        List<String> violations = new ArrayList<>();
        ManifestPolicy.checkImage("c", "quay.io/warta/gateway:1.0.0", violations);
        ManifestPolicy.checkImage("c", "localhost:5000/warta/gateway:1.0.0-jvm", violations);
        ManifestPolicy.checkImage("c", "quay.io/warta/gateway@sha256:" + "a".repeat(64), violations);
        assertThat(violations).isEmpty();
        ManifestPolicy.checkImage("c", "localhost:5000/warta/gateway", violations);
        assertThat(violations).containsExactly("c: image localhost:5000/warta/gateway has no tag (pin a version)");
    }

    // ------------------------------------------------------------------ the parser is strict

    @Test
    void unknownFieldIsRejectedWithItsPath() throws IOException {
        assertThatThrownBy(() -> StrictManifestParser.parse(resource("manifests/unknown-field.yaml")))
                .isInstanceOf(StrictManifestParser.InvalidManifestException.class)
                .hasMessageContaining("Deployment typo")
                .hasMessageContaining("readinesProbe")
                .hasMessageContaining("spec.template.spec.containers[0].readinesProbe");
    }

    @Test
    void unknownKindIsRejected() {
        assertThatThrownBy(() -> StrictManifestParser.parse("apiVersion: apps/v1\nkind: Deploymnt\nmetadata:\n  name: x\n"))
                .isInstanceOf(StrictManifestParser.InvalidManifestException.class)
                .hasMessageContaining("unknown apiVersion/kind apps/v1/Deploymnt");
    }

    @Test
    void wrongTypeIsRejected() {
        assertThatThrownBy(() -> StrictManifestParser.parse(
                "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: x\nspec:\n  replicas: [1]\n"))
                .isInstanceOf(StrictManifestParser.InvalidManifestException.class)
                .hasMessageContaining("spec.replicas");
    }

    // ------------------------------------------------------------------ helpers

    private static String resource(String path) throws IOException {
        try (InputStream in = ManifestPolicyTest.class.getClassLoader().getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Deployment deployment(List<HasMetadata> resources, String name) {
        return ManifestPolicy.of(resources, Deployment.class).stream()
                .filter(d -> d.getMetadata().getName().equals(name)).findFirst().orElseThrow();
    }

    private static StatefulSet statefulSet(List<HasMetadata> resources, String name) {
        return ManifestPolicy.of(resources, StatefulSet.class).stream()
                .filter(d -> d.getMetadata().getName().equals(name)).findFirst().orElseThrow();
    }

    private static Service service(List<HasMetadata> resources, String name) {
        return ManifestPolicy.of(resources, Service.class).stream()
                .filter(d -> d.getMetadata().getName().equals(name)).findFirst().orElseThrow();
    }

    private static NetworkPolicy networkPolicy(List<HasMetadata> resources, String name) {
        return ManifestPolicy.of(resources, NetworkPolicy.class).stream()
                .filter(d -> d.getMetadata().getName().equals(name)).findFirst().orElseThrow();
    }

    /** ConfigMap by its generated name's prefix (kustomize appends a content hash). */
    private static ConfigMap configMap(List<HasMetadata> resources, String prefix) {
        return ManifestPolicy.of(resources, ConfigMap.class).stream()
                .filter(c -> c.getMetadata().getName().startsWith(prefix + "-")).findFirst().orElseThrow();
    }

    /** The environment a Deployment gets from the ConfigMap its envFrom names. */
    private static Map<String, String> configOf(List<HasMetadata> resources, String deployment) {
        String name = container(deployment(resources, deployment)).getEnvFrom().get(0).getConfigMapRef().getName();
        return ManifestPolicy.of(resources, ConfigMap.class).stream()
                .filter(c -> c.getMetadata().getName().equals(name)).findFirst().orElseThrow().getData();
    }

    private static Container container(Deployment deployment) {
        return deployment.getSpec().getTemplate().getSpec().getContainers().get(0);
    }

    private static Container container(StatefulSet statefulSet) {
        return statefulSet.getSpec().getTemplate().getSpec().getContainers().get(0);
    }
}
