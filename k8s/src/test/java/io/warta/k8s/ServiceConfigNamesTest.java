package io.warta.k8s;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every setting the manifests hand a service is one the service reads: a misspelt or renamed variable would be
 * ignored silently at run time (a gateway with API keys "on" but no keys, a REST client pointing nowhere).
 */
class ServiceConfigNamesTest {

    /** Quarkus' own settings that a service may take from the environment without naming them in its sources. */
    private static final Set<String> QUARKUS_RUNTIME = Set.of(
            "QUARKUS_HTTP_PORT", "QUARKUS_DATASOURCE_USERNAME", "QUARKUS_DATASOURCE_PASSWORD", "QUARKUS_DATASOURCE_JDBC_URL",
            "QUARKUS_LOG_LEVEL", "QUARKUS_SHUTDOWN_TIMEOUT");

    @ParameterizedTest(name = "overlay {0}: every variable a service gets is one it reads")
    @ValueSource(strings = {"dev", "prod", "opus-mt"})
    void everyVariableIsReadByItsService(String overlay) throws IOException {
        List<HasMetadata> resources = StrictManifestParser.parse(Kustomize.render("overlays/" + overlay));
        List<String> unknown = new ArrayList<>();
        for (Deployment deployment : ManifestPolicy.of(resources, Deployment.class)) {
            String service = deployment.getMetadata().getName();
            Path module = Kustomize.K8S_DIR.resolve("..").resolve(service).normalize();
            assertThat(module.resolve("pom.xml")).as("module of Deployment " + service).exists();
            Set<String> known = ServiceConfigNames.of(module);
            for (String variable : variables(deployment, resources)) {
                if (!QUARKUS_RUNTIME.contains(variable) && !known.contains(variable)) {
                    unknown.add(service + ": " + variable);
                }
            }
        }
        assertThat(unknown).as("variables no service reads").isEmpty();
    }

    @Test
    void mappingNamesFollowSmallRyeNaming() {
        String source = """
                @ConfigMapping(prefix = "warta.gateway")
                public interface GatewayConfig {
                    @WithDefault("100000")
                    int maxTextLength();
                    /** Who may call. */
                    ApiKeys apiKeys();
                    interface ApiKeys {
                        boolean enabled();
                        Optional<Set<String>> keys();
                        @WithName("per-minute")
                        int requestsPerMinute();
                    }
                    Optional<Duration> ttl();
                }
                """;
        assertThat(ServiceConfigNames.mappingNames("warta.gateway", source)).containsExactlyInAnyOrder(
                "WARTA_GATEWAY_MAX_TEXT_LENGTH", "WARTA_GATEWAY_API_KEYS_ENABLED", "WARTA_GATEWAY_API_KEYS_KEYS",
                "WARTA_GATEWAY_API_KEYS_PER_MINUTE", "WARTA_GATEWAY_TTL");
    }

    @Test
    void aVariableNoServiceReadsIsReported() throws IOException {
        Path gateway = Kustomize.K8S_DIR.resolve("../gateway").normalize();
        Set<String> known = ServiceConfigNames.of(gateway);
        assertThat(known).contains("WARTA_GATEWAY_API_KEYS_ENABLED", "QUARKUS_REST_CLIENT_TRANSLATE_SERVICE_URL")
                // api-keys is a group of GatewayConfig, not a setting; the keys are api-keys.keys
                .doesNotContain("WARTA_GATEWAY_API_KEYS", "QUARKUS_REST_CLIENT_TRANSLATE_URL");
    }

    private static Set<String> variables(Deployment deployment, List<HasMetadata> resources) {
        Set<String> names = new TreeSet<>();
        for (Container container : deployment.getSpec().getTemplate().getSpec().getContainers()) {
            for (EnvVar env : container.getEnv() == null ? List.<EnvVar>of() : container.getEnv()) {
                names.add(env.getName());
            }
            for (EnvFromSource from : container.getEnvFrom() == null ? List.<EnvFromSource>of() : container.getEnvFrom()) {
                if (from.getConfigMapRef() != null) {
                    ManifestPolicy.of(resources, ConfigMap.class).stream()
                            .filter(c -> c.getMetadata().getName().equals(from.getConfigMapRef().getName()))
                            .forEach(c -> names.addAll(c.getData().keySet()));
                }
            }
        }
        return names;
    }
}
