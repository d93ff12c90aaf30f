package io.warta.digest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The build step that writes components' digests: {@code WriteComponentDigest <classes directory> <spec>...}, each spec
 * {@code name=scope,scope,...} (several specs may share one argument, separated by white space). Run by
 * exec-maven-plugin's {@code java} goal in {@code process-classes} with the compile classpath (the parent POM's
 * {@code component-digest} execution, configured by the {@code component.digests} property), so the scopes are looked
 * up in the module's own classes and in its dependencies, directories or jars alike.
 */
public final class WriteComponentDigest {

    private WriteComponentDigest() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            throw new IllegalArgumentException("usage: WriteComponentDigest <classes directory> <name=scope,scope...>...");
        }
        Path classes = Path.of(args[0]);
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        for (String argument : Arrays.asList(args).subList(1, args.length)) {
            if (argument.isBlank()) {
                continue; // a module that declares exec-maven-plugin for something else and digests nothing
            }
            for (String spec : argument.strip().split("\\s+")) {
                int equals = spec.indexOf('=');
                if (equals <= 0 || equals == spec.length() - 1) {
                    throw new IllegalArgumentException("not name=scope,scope...: " + spec);
                }
                write(classes, spec.substring(0, equals), List.of(spec.substring(equals + 1).split(",")), loader);
            }
        }
    }

    private static void write(Path classes, String component, List<String> scopes, ClassLoader loader) throws IOException {
        ComponentDigest digest = ComponentDigest.compute(component, ComponentDigest.roots(loader, scopes), scopes);
        for (String scope : scopes) {
            if (digest.files().stream().noneMatch(file -> file.path().startsWith(scope))) {
                throw new IllegalStateException(component + ": nothing on the classpath under " + scope);
            }
        }
        Path target = classes.resolve(ComponentDigest.resourceName(component));
        Files.createDirectories(target.getParent());
        Files.writeString(target, digest.text(), StandardCharsets.UTF_8);
        System.out.printf("%s: %s over %d files%n", component, digest.shortDigest(), digest.files().size());
    }
}
