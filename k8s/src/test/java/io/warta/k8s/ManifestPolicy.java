package io.warta.k8s;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.LabelSelectorRequirement;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressPath;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyIngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;

import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The deployment rules for Warta's rendered manifests. {@link #check} returns one readable line per violation,
 * so a failing test says exactly what to fix; an empty list means the manifests comply.
 */
final class ManifestPolicy {

    /** Services reachable from outside the cluster; everything else must stay internal. */
    static final Set<String> PUBLIC_SERVICES = Set.of("gateway");
    /** Deployments that scale on CPU. */
    static final Set<String> AUTOSCALED = Set.of("translate-service", "summary-service");
    /** Deployments that must exist (the suite itself). */
    static final Set<String> REQUIRED_DEPLOYMENTS = Set.of("gateway", "translate-service", "summary-service");
    /**
     * Secrets the operator creates out of band (docs/deployment.md, "Secrets"): referenced by the pods, never rendered
     * from the repository, so no credential is ever committed.
     */
    static final Set<String> EXTERNAL_SECRETS = Set.of("warta-db-credentials", "warta-gateway-api-keys");
    /** The only value a Secret rendered from the repository may carry. */
    static final String SECRET_PLACEHOLDER = "CHANGE_ME";
    /** The container port of the management interface: /q/metrics and nothing else. */
    static final String METRICS_PORT = "metrics";

    /** Environment variable and ConfigMap key names that hold credentials. */
    private static final Pattern SECRET_NAME = Pattern.compile(
            "(?i).*(PASSWORD|PASSWD|SECRET|TOKEN|CREDENTIAL|CREDENTIALS|_KEY|_KEYS)$");
    /** Credentials smuggled inside an otherwise harmless value, such as a JDBC URL. */
    private static final Pattern SECRET_IN_VALUE = Pattern.compile("(?i)(password|passwd|secret|token)=[^&;\\s]+");
    /** Warta's own images: their probes must use the Quarkus health endpoints. */
    private static final Pattern WARTA_IMAGE = Pattern.compile("(^|.*/)warta/[^/]+$");

    private ManifestPolicy() {
    }

    /** A pod-creating resource with its pod template. */
    record Workload(String kind, String name, LabelSelector selector, PodTemplateSpec template) {
        String id() {
            return kind + "/" + name;
        }

        Map<String, String> podLabels() {
            return template.getMetadata() == null || template.getMetadata().getLabels() == null
                    ? Map.of()
                    : template.getMetadata().getLabels();
        }

        PodSpec pod() {
            return template.getSpec();
        }
    }

    static List<String> check(List<HasMetadata> resources) {
        List<String> violations = new ArrayList<>();
        List<Workload> workloads = workloads(resources, violations);
        checkNamespaces(resources, violations);
        for (Workload workload : workloads) {
            checkWorkload(workload, resources, violations);
        }
        checkDeployments(resources, violations);
        checkServices(resources, workloads, violations);
        checkNetworkPolicies(resources, workloads, violations);
        checkSecrets(resources, violations);
        checkAutoscalers(resources, violations);
        checkDisruptionBudgets(resources, workloads, violations);
        checkIngresses(resources, violations);
        return violations;
    }

    // ---------------------------------------------------------------- workloads

    static List<Workload> workloads(List<HasMetadata> resources, List<String> violations) {
        List<Workload> workloads = new ArrayList<>();
        for (HasMetadata resource : resources) {
            if (resource instanceof Deployment d) {
                workloads.add(new Workload("Deployment", name(d), d.getSpec().getSelector(), d.getSpec().getTemplate()));
            } else if (resource instanceof StatefulSet s) {
                workloads.add(new Workload("StatefulSet", name(s), s.getSpec().getSelector(), s.getSpec().getTemplate()));
            } else if (resource instanceof DaemonSet ds) {
                workloads.add(new Workload("DaemonSet", name(ds), ds.getSpec().getSelector(), ds.getSpec().getTemplate()));
            } else if (resource.getKind().equals("Pod") || resource.getKind().equals("ReplicaSet")
                    || resource.getKind().equals("Job") || resource.getKind().equals("CronJob")) {
                violations.add(id(resource) + ": bare " + resource.getKind()
                        + " is not allowed; the suite runs as Deployments and StatefulSets");
            }
        }
        return workloads;
    }

    private static void checkWorkload(Workload workload, List<HasMetadata> resources, List<String> violations) {
        String id = workload.id();
        if (workload.template() == null || workload.pod() == null) {
            violations.add(id + ": no pod template");
            return;
        }
        // Selector must select the pods it creates.
        LabelSelector selector = workload.selector();
        if (selector == null || isEmpty(selector)) {
            violations.add(id + ": empty selector");
        } else if (!matches(selector, workload.podLabels())) {
            violations.add(id + ": selector " + describe(selector) + " does not match pod labels " + workload.podLabels());
        }

        PodSpec pod = workload.pod();
        PodSecurityContext podSecurity = pod.getSecurityContext();
        if (!Boolean.FALSE.equals(pod.getAutomountServiceAccountToken())) {
            violations.add(id + ": automountServiceAccountToken must be false (no workload talks to the API server)");
        }
        if (Boolean.TRUE.equals(pod.getHostNetwork()) || Boolean.TRUE.equals(pod.getHostPID())
                || Boolean.TRUE.equals(pod.getHostIPC())) {
            violations.add(id + ": shares a host namespace");
        }
        Map<String, Volume> volumes = pod.getVolumes() == null ? Map.of()
                : pod.getVolumes().stream().collect(Collectors.toMap(Volume::getName, v -> v, (a, b) -> a));

        List<Container> all = new ArrayList<>(pod.getContainers());
        if (pod.getInitContainers() != null) {
            all.addAll(pod.getInitContainers());
        }
        for (Container container : all) {
            boolean init = pod.getInitContainers() != null && pod.getInitContainers().contains(container);
            String where = id + " container " + container.getName();
            checkImage(where, container.getImage(), violations);
            checkResources(where, container.getResources(), violations);
            checkSecurityContext(where, podSecurity, container.getSecurityContext(), violations);
            checkTmp(where, container, volumes, violations);
            checkEnvironment(where, container, resources, violations);
            if (!init) {
                checkProbes(where, container, violations);
            }
        }
    }

    static void checkImage(String where, String image, List<String> violations) {
        if (image == null || image.isBlank()) {
            violations.add(where + ": no image");
            return;
        }
        if (image.contains("@sha256:")) {
            return; // pinned by digest
        }
        int slash = image.lastIndexOf('/');
        int colon = image.lastIndexOf(':');
        if (colon < 0 || colon < slash) {
            violations.add(where + ": image " + image + " has no tag (pin a version)");
        } else if (image.substring(colon + 1).equalsIgnoreCase("latest")) {
            violations.add(where + ": image " + image + " uses :latest (pin a version)");
        }
    }

    private static void checkResources(String where, ResourceRequirements resources, List<String> violations) {
        Map<String, Quantity> requests = resources == null || resources.getRequests() == null ? Map.of() : resources.getRequests();
        Map<String, Quantity> limits = resources == null || resources.getLimits() == null ? Map.of() : resources.getLimits();
        for (String resource : List.of("cpu", "memory")) {
            Quantity request = requests.get(resource);
            Quantity limit = limits.get(resource);
            if (request == null) {
                violations.add(where + ": no " + resource + " request");
            }
            if (limit == null) {
                violations.add(where + ": no " + resource + " limit");
            }
            if (request != null && limit != null
                    && request.getNumericalAmount().compareTo(limit.getNumericalAmount()) > 0) {
                violations.add(where + ": " + resource + " request " + request + " exceeds its limit " + limit);
            }
        }
    }

    private static void checkSecurityContext(String where, PodSecurityContext pod, SecurityContext container,
                                             List<String> violations) {
        SecurityContext c = container == null ? new SecurityContext() : container;
        PodSecurityContext p = pod == null ? new PodSecurityContext() : pod;
        Boolean runAsNonRoot = c.getRunAsNonRoot() != null ? c.getRunAsNonRoot() : p.getRunAsNonRoot();
        if (!Boolean.TRUE.equals(runAsNonRoot)) {
            violations.add(where + ": runAsNonRoot is not true");
        }
        Long runAsUser = c.getRunAsUser() != null ? c.getRunAsUser() : p.getRunAsUser();
        if (runAsUser != null && runAsUser == 0L) {
            violations.add(where + ": runs as uid 0");
        }
        if (!Boolean.TRUE.equals(c.getReadOnlyRootFilesystem())) {
            violations.add(where + ": readOnlyRootFilesystem is not true");
        }
        if (!Boolean.FALSE.equals(c.getAllowPrivilegeEscalation())) {
            violations.add(where + ": allowPrivilegeEscalation is not false");
        }
        if (Boolean.TRUE.equals(c.getPrivileged())) {
            violations.add(where + ": privileged");
        }
        List<String> dropped = c.getCapabilities() == null || c.getCapabilities().getDrop() == null
                ? List.of() : c.getCapabilities().getDrop();
        if (!dropped.contains("ALL")) {
            violations.add(where + ": capabilities do not drop ALL");
        }
        if (c.getCapabilities() != null && c.getCapabilities().getAdd() != null && !c.getCapabilities().getAdd().isEmpty()) {
            violations.add(where + ": adds capabilities " + c.getCapabilities().getAdd());
        }
        String seccomp = c.getSeccompProfile() != null ? c.getSeccompProfile().getType()
                : p.getSeccompProfile() != null ? p.getSeccompProfile().getType() : null;
        if (!"RuntimeDefault".equals(seccomp) && !"Localhost".equals(seccomp)) {
            violations.add(where + ": seccompProfile is not RuntimeDefault");
        }
    }

    private static void checkTmp(String where, Container container, Map<String, Volume> volumes, List<String> violations) {
        Optional<VolumeMount> tmp = container.getVolumeMounts() == null ? Optional.empty()
                : container.getVolumeMounts().stream().filter(m -> "/tmp".equals(m.getMountPath())).findFirst();
        if (tmp.isEmpty()) {
            violations.add(where + ": no writable /tmp (mount an emptyDir; the root filesystem is read-only)");
            return;
        }
        Volume volume = volumes.get(tmp.get().getName());
        if (volume == null) {
            violations.add(where + ": /tmp mounts undefined volume " + tmp.get().getName());
        } else if (volume.getEmptyDir() == null) {
            violations.add(where + ": /tmp is not an emptyDir");
        } else if (Boolean.TRUE.equals(tmp.get().getReadOnly())) {
            violations.add(where + ": /tmp is mounted read-only");
        }
    }

    private static void checkProbes(String where, Container container, List<String> violations) {
        Map<String, Probe> probes = new LinkedHashMap<>();
        probes.put("startupProbe", container.getStartupProbe());
        probes.put("readinessProbe", container.getReadinessProbe());
        probes.put("livenessProbe", container.getLivenessProbe());
        Map<String, String> quarkusPaths = Map.of(
                "startupProbe", "/q/health/started",
                "readinessProbe", "/q/health/ready",
                "livenessProbe", "/q/health/live");
        boolean wartaImage = container.getImage() != null && WARTA_IMAGE.matcher(stripTag(container.getImage())).matches();
        List<ContainerPort> ports = container.getPorts() == null ? List.of() : container.getPorts();
        probes.forEach((kind, probe) -> {
            if (probe == null) {
                violations.add(where + ": no " + kind);
                return;
            }
            if (probe.getHttpGet() == null && probe.getExec() == null && probe.getTcpSocket() == null
                    && probe.getGrpc() == null) {
                violations.add(where + ": " + kind + " has no handler");
            }
            if (probe.getHttpGet() != null && !portDeclared(probe.getHttpGet().getPort(), ports)) {
                violations.add(where + ": " + kind + " port " + portText(probe.getHttpGet().getPort())
                        + " is not a container port");
            }
            if (wartaImage) {
                String path = probe.getHttpGet() == null ? null : probe.getHttpGet().getPath();
                if (!quarkusPaths.get(kind).equals(path)) {
                    violations.add(where + ": " + kind + " must GET " + quarkusPaths.get(kind) + " (has " + path + ")");
                }
            }
        });
    }

    private static void checkEnvironment(String where, Container container, List<HasMetadata> resources,
                                         List<String> violations) {
        Set<String> configMaps = names(resources, ConfigMap.class);
        Set<String> secrets = names(resources, Secret.class);
        for (EnvVar env : container.getEnv() == null ? List.<EnvVar>of() : container.getEnv()) {
            if (env.getValue() != null && !env.getValue().isEmpty()) {
                if (SECRET_NAME.matcher(env.getName()).matches()) {
                    violations.add(where + ": env " + env.getName() + " has an inline value; take it from a Secret");
                } else if (SECRET_IN_VALUE.matcher(env.getValue()).find()) {
                    violations.add(where + ": env " + env.getName() + " embeds a credential in its value");
                }
            }
            if (env.getValueFrom() != null && env.getValueFrom().getSecretKeyRef() != null) {
                String secret = env.getValueFrom().getSecretKeyRef().getName();
                if (!secrets.contains(secret) && !EXTERNAL_SECRETS.contains(secret)) {
                    violations.add(where + ": env " + env.getName() + " references unknown Secret " + secret);
                }
            }
            if (env.getValueFrom() != null && env.getValueFrom().getConfigMapKeyRef() != null) {
                String configMap = env.getValueFrom().getConfigMapKeyRef().getName();
                if (!configMaps.contains(configMap)) {
                    violations.add(where + ": env " + env.getName() + " references unknown ConfigMap " + configMap);
                }
            }
        }
        for (EnvFromSource source : container.getEnvFrom() == null ? List.<EnvFromSource>of() : container.getEnvFrom()) {
            if (source.getConfigMapRef() != null && !configMaps.contains(source.getConfigMapRef().getName())) {
                violations.add(where + ": envFrom references unknown ConfigMap " + source.getConfigMapRef().getName());
            }
            if (source.getSecretRef() != null && !secrets.contains(source.getSecretRef().getName())
                    && !EXTERNAL_SECRETS.contains(source.getSecretRef().getName())) {
                violations.add(where + ": envFrom references unknown Secret " + source.getSecretRef().getName());
            }
        }
    }

    // ---------------------------------------------------------------- rollouts

    private static void checkDeployments(List<HasMetadata> resources, List<String> violations) {
        Set<String> deployments = names(resources, Deployment.class);
        for (String required : REQUIRED_DEPLOYMENTS) {
            if (!deployments.contains(required)) {
                violations.add("Deployment/" + required + ": missing");
            }
        }
        for (Deployment d : of(resources, Deployment.class)) {
            var strategy = d.getSpec().getStrategy();
            if (strategy == null || !"RollingUpdate".equals(strategy.getType())) {
                violations.add(id(d) + ": strategy must be RollingUpdate");
            } else if (strategy.getRollingUpdate() != null && isZero(strategy.getRollingUpdate().getMaxSurge())
                    && isZero(strategy.getRollingUpdate().getMaxUnavailable())) {
                violations.add(id(d) + ": maxSurge and maxUnavailable are both 0; the rollout cannot progress");
            }
        }
        for (StatefulSet s : of(resources, StatefulSet.class)) {
            var strategy = s.getSpec().getUpdateStrategy();
            if (strategy == null || !"RollingUpdate".equals(strategy.getType())) {
                violations.add(id(s) + ": updateStrategy must be RollingUpdate");
            }
        }
    }

    // ---------------------------------------------------------------- services

    private static void checkServices(List<HasMetadata> resources, List<Workload> workloads, List<String> violations) {
        for (Service service : of(resources, Service.class)) {
            Map<String, String> selector = service.getSpec().getSelector();
            if (selector == null || selector.isEmpty()) {
                violations.add(id(service) + ": no selector");
                continue;
            }
            List<Workload> backends = workloads.stream().filter(w -> w.podLabels().entrySet().containsAll(selector.entrySet())).toList();
            if (backends.isEmpty()) {
                violations.add(id(service) + ": selector " + selector + " matches no workload");
                continue;
            }
            for (ServicePort port : service.getSpec().getPorts()) {
                IntOrString target = port.getTargetPort() != null ? port.getTargetPort() : new IntOrString(port.getPort());
                for (Workload backend : backends) {
                    List<ContainerPort> containerPorts = backend.pod().getContainers().stream()
                            .flatMap(c -> c.getPorts() == null ? Stream.empty() : c.getPorts().stream()).toList();
                    if (!portDeclared(target, containerPorts)) {
                        violations.add(id(service) + ": port " + port.getPort() + " targets " + portText(target)
                                + ", which " + backend.id() + " does not expose");
                    }
                }
            }
        }
    }

    // ---------------------------------------------------------------- network policies

    private static void checkNetworkPolicies(List<HasMetadata> resources, List<Workload> workloads, List<String> violations) {
        List<NetworkPolicy> policies = of(resources, NetworkPolicy.class);
        boolean defaultDenyIngress = policies.stream().anyMatch(p -> isEmpty(p.getSpec().getPodSelector())
                && types(p).contains("Ingress") && (p.getSpec().getIngress() == null || p.getSpec().getIngress().isEmpty()));
        boolean defaultDenyEgress = policies.stream().anyMatch(p -> isEmpty(p.getSpec().getPodSelector())
                && types(p).contains("Egress") && (p.getSpec().getEgress() == null || p.getSpec().getEgress().isEmpty()));
        if (!defaultDenyIngress) {
            violations.add("NetworkPolicy: no default-deny policy for ingress (empty podSelector, no ingress rules)");
        }
        if (!defaultDenyEgress) {
            violations.add("NetworkPolicy: no default-deny policy for egress (empty podSelector, no egress rules)");
        }
        for (Workload workload : workloads) {
            // Covered = a policy written for this workload alone (not a namespace-wide default, not a shared rule such
            // as metrics scraping) selects its pods and says who may reach it.
            boolean covered = policies.stream()
                    .filter(p -> !isEmpty(p.getSpec().getPodSelector()))
                    .filter(p -> matches(p.getSpec().getPodSelector(), workload.podLabels()))
                    .filter(p -> workloads.stream().filter(other -> other != workload)
                            .noneMatch(other -> matches(p.getSpec().getPodSelector(), other.podLabels())))
                    .anyMatch(p -> types(p).contains("Ingress") && p.getSpec().getIngress() != null
                            && !p.getSpec().getIngress().isEmpty());
            if (!covered) {
                violations.add(workload.id() + ": no NetworkPolicy of its own selects its pods with explicit ingress rules");
            }
        }
        checkSharedPoliciesOpenOnlyMetrics(policies, workloads, violations);
        for (NetworkPolicy policy : policies) {
            for (NetworkPolicyIngressRule rule : policy.getSpec().getIngress() == null
                    ? List.<NetworkPolicyIngressRule>of() : policy.getSpec().getIngress()) {
                if (rule.getFrom() == null || rule.getFrom().isEmpty()) {
                    violations.add(id(policy) + ": an ingress rule without `from` admits every source");
                    continue;
                }
                for (NetworkPolicyPeer peer : rule.getFrom()) {
                    if (peer.getIpBlock() != null && peer.getIpBlock().getCidr() != null
                            && peer.getIpBlock().getCidr().endsWith("/0")) {
                        violations.add(id(policy) + ": ingress from " + peer.getIpBlock().getCidr() + " admits everyone");
                    }
                    if (peer.getNamespaceSelector() != null && isEmpty(peer.getNamespaceSelector())
                            && peer.getPodSelector() == null) {
                        violations.add(id(policy) + ": ingress from every namespace");
                    }
                }
            }
        }
    }

    /**
     * A policy that selects several workloads is a shared rule such as metrics scraping: it may open their port named
     * {@value #METRICS_PORT} (the management interface, which serves metrics and nothing else) and no other, so the
     * monitoring namespace can never call an API.
     */
    private static void checkSharedPoliciesOpenOnlyMetrics(List<NetworkPolicy> policies, List<Workload> workloads,
            List<String> violations) {
        for (NetworkPolicy policy : policies) {
            if (isEmpty(policy.getSpec().getPodSelector()) || policy.getSpec().getIngress() == null) {
                continue;
            }
            List<Workload> selected = workloads.stream()
                    .filter(w -> matches(policy.getSpec().getPodSelector(), w.podLabels())).toList();
            if (selected.size() < 2) {
                continue;
            }
            for (NetworkPolicyIngressRule rule : policy.getSpec().getIngress()) {
                if (rule.getPorts() == null || rule.getPorts().isEmpty()) {
                    violations.add(id(policy) + ": opens every port of " + selected.size() + " workloads, not only "
                            + "their metrics port");
                    continue;
                }
                for (NetworkPolicyPort port : rule.getPorts()) {
                    for (Workload workload : selected) {
                        List<ContainerPort> metrics = workload.pod().getContainers().stream()
                                .flatMap(c -> c.getPorts() == null ? Stream.<ContainerPort>empty() : c.getPorts().stream())
                                .filter(p -> METRICS_PORT.equals(p.getName())).toList();
                        if (!portDeclared(port.getPort(), metrics)) {
                            violations.add(id(policy) + ": opens port " + portText(port.getPort()) + " of "
                                    + workload.id() + ", which is not its port named " + METRICS_PORT);
                        }
                    }
                }
            }
        }
    }

    private static List<String> types(NetworkPolicy policy) {
        if (policy.getSpec().getPolicyTypes() != null && !policy.getSpec().getPolicyTypes().isEmpty()) {
            return policy.getSpec().getPolicyTypes();
        }
        // Kubernetes' default: Ingress always, Egress when egress rules are present.
        return policy.getSpec().getEgress() != null && !policy.getSpec().getEgress().isEmpty()
                ? List.of("Ingress", "Egress") : List.of("Ingress");
    }

    // ---------------------------------------------------------------- secrets and config

    private static void checkSecrets(List<HasMetadata> resources, List<String> violations) {
        for (Secret secret : of(resources, Secret.class)) {
            if (secret.getType() != null && secret.getType().startsWith("kubernetes.io/service-account-token")) {
                continue;
            }
            Map<String, String> values = new LinkedHashMap<>();
            if (secret.getData() != null) {
                secret.getData().forEach((k, v) -> values.put(k, decode(v)));
            }
            if (secret.getStringData() != null) {
                values.putAll(secret.getStringData());
            }
            values.forEach((key, value) -> {
                if (!SECRET_PLACEHOLDER.equals(value)) {
                    violations.add(id(secret) + ": key " + key + " has an inline value; Secrets in the repository carry "
                            + SECRET_PLACEHOLDER + " only (create real ones out of band)");
                }
            });
        }
        for (ConfigMap configMap : of(resources, ConfigMap.class)) {
            if (configMap.getData() == null) {
                continue;
            }
            configMap.getData().forEach((key, value) -> {
                if (SECRET_NAME.matcher(key).matches()) {
                    violations.add(id(configMap) + ": key " + key + " looks like a credential; use a Secret");
                } else if (value != null && SECRET_IN_VALUE.matcher(value).find()) {
                    violations.add(id(configMap) + ": key " + key + " embeds a credential in its value");
                }
            });
        }
    }

    private static String decode(String base64) {
        try {
            return new String(Base64.getDecoder().decode(base64), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return base64;
        }
    }

    // ---------------------------------------------------------------- scaling and disruption

    private static void checkAutoscalers(List<HasMetadata> resources, List<String> violations) {
        Map<String, Deployment> deployments = of(resources, Deployment.class).stream()
                .collect(Collectors.toMap(ManifestPolicy::name, d -> d, (a, b) -> a));
        List<HorizontalPodAutoscaler> autoscalers = of(resources, HorizontalPodAutoscaler.class);
        for (String required : AUTOSCALED) {
            boolean present = autoscalers.stream().anyMatch(h -> "Deployment".equals(h.getSpec().getScaleTargetRef().getKind())
                    && required.equals(h.getSpec().getScaleTargetRef().getName()));
            if (!present) {
                violations.add("HorizontalPodAutoscaler for Deployment/" + required + ": missing");
            }
        }
        for (HorizontalPodAutoscaler hpa : autoscalers) {
            var target = hpa.getSpec().getScaleTargetRef();
            Deployment deployment = "Deployment".equals(target.getKind()) ? deployments.get(target.getName()) : null;
            if (deployment == null) {
                violations.add(id(hpa) + ": scales " + target.getKind() + "/" + target.getName() + ", which is not rendered");
            }
            Integer min = hpa.getSpec().getMinReplicas();
            if (min == null || min < 1 || hpa.getSpec().getMaxReplicas() == null || hpa.getSpec().getMaxReplicas() < min) {
                violations.add(id(hpa) + ": needs 1 <= minReplicas <= maxReplicas");
            }
        }
    }

    private static void checkDisruptionBudgets(List<HasMetadata> resources, List<Workload> workloads, List<String> violations) {
        List<PodDisruptionBudget> budgets = of(resources, PodDisruptionBudget.class);
        for (Workload workload : workloads) {
            if (!workload.kind().equals("Deployment")) {
                continue;
            }
            boolean covered = budgets.stream().anyMatch(b -> b.getSpec().getSelector() != null
                    && !isEmpty(b.getSpec().getSelector()) && matches(b.getSpec().getSelector(), workload.podLabels()));
            if (!covered) {
                violations.add(workload.id() + ": no PodDisruptionBudget selects its pods");
            }
        }
    }

    // ---------------------------------------------------------------- exposure

    private static void checkIngresses(List<HasMetadata> resources, List<String> violations) {
        List<Ingress> ingresses = of(resources, Ingress.class);
        Set<String> exposed = new java.util.TreeSet<>();
        for (Ingress ingress : ingresses) {
            if (ingress.getSpec().getDefaultBackend() != null && ingress.getSpec().getDefaultBackend().getService() != null) {
                exposed.add(ingress.getSpec().getDefaultBackend().getService().getName());
            }
            for (IngressRule rule : ingress.getSpec().getRules() == null ? List.<IngressRule>of() : ingress.getSpec().getRules()) {
                if (rule.getHttp() == null) {
                    continue;
                }
                for (HTTPIngressPath path : rule.getHttp().getPaths()) {
                    if (path.getBackend() != null && path.getBackend().getService() != null) {
                        String service = path.getBackend().getService().getName();
                        exposed.add(service);
                        if (!PUBLIC_SERVICES.contains(service)) {
                            violations.add(id(ingress) + ": exposes internal Service " + service);
                        }
                    }
                }
            }
        }
        for (String service : PUBLIC_SERVICES) {
            if (!exposed.contains(service)) {
                violations.add("Ingress for Service/" + service + ": missing");
            }
        }
        for (Service service : of(resources, Service.class)) {
            String type = service.getSpec().getType();
            if (type != null && !type.equals("ClusterIP")) {
                violations.add(id(service) + ": type " + type + " bypasses the Ingress; use ClusterIP");
            }
        }
    }

    private static void checkNamespaces(List<HasMetadata> resources, List<String> violations) {
        Set<String> namespaces = resources.stream()
                .filter(r -> !(r instanceof io.fabric8.kubernetes.api.model.Namespace))
                .map(r -> Objects.toString(r.getMetadata().getNamespace(), "<none>"))
                .collect(Collectors.toCollection(java.util.TreeSet::new));
        if (namespaces.size() > 1) {
            violations.add("resources are spread over namespaces " + namespaces + "; an overlay sets exactly one");
        }
    }

    // ---------------------------------------------------------------- helpers

    static boolean matches(LabelSelector selector, Map<String, String> labels) {
        if (selector == null) {
            return false;
        }
        if (selector.getMatchLabels() != null
                && !labels.entrySet().containsAll(selector.getMatchLabels().entrySet())) {
            return false;
        }
        for (LabelSelectorRequirement requirement : selector.getMatchExpressions() == null
                ? List.<LabelSelectorRequirement>of() : selector.getMatchExpressions()) {
            String value = labels.get(requirement.getKey());
            List<String> values = requirement.getValues() == null ? List.of() : requirement.getValues();
            boolean ok = switch (requirement.getOperator()) {
                case "In" -> value != null && values.contains(value);
                case "NotIn" -> value == null || !values.contains(value);
                case "Exists" -> value != null;
                case "DoesNotExist" -> value == null;
                default -> false;
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static boolean isEmpty(LabelSelector selector) {
        return selector == null || ((selector.getMatchLabels() == null || selector.getMatchLabels().isEmpty())
                && (selector.getMatchExpressions() == null || selector.getMatchExpressions().isEmpty()));
    }

    private static boolean portDeclared(IntOrString port, List<ContainerPort> ports) {
        if (port == null) {
            return false;
        }
        if (port.getIntVal() != null) {
            return ports.stream().anyMatch(p -> port.getIntVal().equals(p.getContainerPort()));
        }
        return ports.stream().anyMatch(p -> port.getStrVal().equals(p.getName()));
    }

    private static boolean isZero(IntOrString value) {
        return value != null && ((value.getIntVal() != null && value.getIntVal() == 0) || "0%".equals(value.getStrVal()));
    }

    private static String portText(IntOrString port) {
        return port == null ? "<none>" : port.getIntVal() != null ? port.getIntVal().toString() : port.getStrVal();
    }

    private static String describe(LabelSelector selector) {
        return String.valueOf(selector.getMatchLabels()) + (selector.getMatchExpressions() == null ? ""
                : " " + selector.getMatchExpressions().stream()
                .map(r -> r.getKey() + " " + r.getOperator() + " " + r.getValues()).toList());
    }

    private static String stripTag(String image) {
        String withoutDigest = image.contains("@") ? image.substring(0, image.indexOf('@')) : image;
        int slash = withoutDigest.lastIndexOf('/');
        int colon = withoutDigest.lastIndexOf(':');
        return colon > slash ? withoutDigest.substring(0, colon) : withoutDigest;
    }

    static <T extends HasMetadata> List<T> of(List<HasMetadata> resources, Class<T> type) {
        return resources.stream().filter(type::isInstance).map(type::cast).toList();
    }

    private static Set<String> names(List<HasMetadata> resources, Class<? extends HasMetadata> type) {
        return resources.stream().filter(type::isInstance).map(ManifestPolicy::name).collect(Collectors.toSet());
    }

    private static String name(HasMetadata resource) {
        return resource.getMetadata().getName();
    }

    private static String id(HasMetadata resource) {
        return resource.getKind() + "/" + name(resource);
    }
}
