package io.warta.k8s;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The configuration names a service reads, in environment-variable form (SmallRye Config's mapping: upper case, every
 * other character an underscore): the keys of its application.properties and the leaves of its {@code @ConfigMapping}
 * interfaces. Read from the module's sources, so the manifests are checked against the code without building it.
 */
final class ServiceConfigNames {

    private static final Pattern MAPPING_PREFIX = Pattern.compile("@ConfigMapping\\(\\s*prefix\\s*=\\s*\"([^\"]+)\"");
    private static final Pattern INTERFACE = Pattern.compile("\\binterface\\s+(\\w+)");
    private static final Pattern METHOD = Pattern.compile("^\\s*(?:default\\s+)?([\\w<>,.?\\s\\[\\]]+?)\\s+(\\w+)\\(\\)\\s*;");
    private static final Pattern WITH_NAME = Pattern.compile("@WithName\\(\\s*\"([^\"]+)\"\\s*\\)");

    private ServiceConfigNames() {
    }

    static Set<String> of(Path module) throws IOException {
        Set<String> names = new TreeSet<>();
        Path properties = module.resolve("src/main/resources/application.properties");
        if (Files.exists(properties)) {
            Properties loaded = new Properties();
            try (Reader reader = Files.newBufferedReader(properties)) {
                loaded.load(reader);
            }
            for (String key : loaded.stringPropertyNames()) {
                // "%local.quarkus.x" is the profile-specific form of "quarkus.x".
                names.add(env(key.startsWith("%") ? key.substring(key.indexOf('.') + 1) : key));
            }
        }
        Path sources = module.resolve("src/main/java");
        if (Files.isDirectory(sources)) {
            try (Stream<Path> files = Files.walk(sources)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    String source = Files.readString(file);
                    Matcher prefix = MAPPING_PREFIX.matcher(source);
                    if (prefix.find()) {
                        names.addAll(mappingNames(prefix.group(1), source));
                    }
                }
            }
        }
        return names;
    }

    /** Leaf property names of a mapping interface and its nested group interfaces. */
    /** One no-argument method of a mapping interface: its (unwrapped) return type and its property name. */
    private record Member(String type, String name) {
    }

    static Set<String> mappingNames(String prefix, String source) {
        Map<String, List<Member>> members = new HashMap<>();
        Deque<String> interfaces = new ArrayDeque<>();
        Deque<Integer> depths = new ArrayDeque<>();
        String root = null;
        String pendingName = null;
        int depth = 0;
        for (String line : source.split("\n")) {
            Matcher declared = INTERFACE.matcher(line);
            if (declared.find() && !line.trim().startsWith("*") && !line.trim().startsWith("//")) {
                interfaces.push(declared.group(1));
                depths.push(depth + 1);
                members.putIfAbsent(declared.group(1), new java.util.ArrayList<>());
                if (root == null) {
                    root = declared.group(1);
                }
            }
            Matcher withName = WITH_NAME.matcher(line);
            if (withName.find()) {
                pendingName = withName.group(1);
            }
            Matcher method = METHOD.matcher(line);
            if (method.find() && !interfaces.isEmpty() && depth == depths.peek()) {
                String name = pendingName != null ? pendingName : kebab(method.group(2));
                members.get(interfaces.peek()).add(new Member(unwrap(method.group(1).trim()), name));
                pendingName = null;
            }
            for (char c : line.toCharArray()) {
                if (c == '{') {
                    depth++;
                } else if (c == '}') {
                    depth--;
                    if (!depths.isEmpty() && depth < depths.peek()) {
                        interfaces.pop();
                        depths.pop();
                    }
                }
            }
        }
        Set<String> names = new TreeSet<>();
        if (root != null) {
            collect(prefix, root, members, names, 0);
        }
        return names;
    }

    private static void collect(String path, String type, Map<String, List<Member>> members, Set<String> names, int level) {
        for (Member member : members.get(type)) {
            if (members.containsKey(member.type()) && level < 5) {
                collect(path + "." + member.name(), member.type(), members, names, level + 1);
            } else {
                names.add(env(path + "." + member.name()));
            }
        }
    }

    /** Optional<Set<String>> → Set, Optional<Group> → Group: what decides leaf or group is the innermost named type. */
    private static String unwrap(String type) {
        String t = type.replaceAll("\\s+", "");
        while (t.startsWith("Optional<") && t.endsWith(">")) {
            t = t.substring("Optional<".length(), t.length() - 1);
        }
        return t;
    }

    static String kebab(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
    }

    static String env(String property) {
        return property.toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
    }
}
