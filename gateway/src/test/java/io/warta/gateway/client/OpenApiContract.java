package io.warta.gateway.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Checks a REST client interface of the gateway against the OpenAPI document of the service it calls: every
 * operation it calls exists (method and path), every header it sends is a parameter of that operation, every JSON
 * property it writes or reads exists on the service's side with a compatible type (nested records and lists
 * included), every property the service requires in a request is sent, and every record the gateway reads ignores
 * properties it does not know (so a service may add some). What was checked is kept, so a test can show the check
 * reached the properties it means to guard.
 */
final class OpenApiContract {

    private static final ObjectMapper JSON = new ObjectMapper();

    private enum Direction { SENT, READ }

    private final String service;
    private final JsonNode document;
    private final List<String> violations = new ArrayList<>();
    private final Set<String> checked = new LinkedHashSet<>();
    private final Set<String> visiting = new HashSet<>();

    private OpenApiContract(String service, JsonNode document) {
        this.service = service;
        this.document = document;
    }

    /** The document a sibling module wrote at build time (quarkus.smallrye-openapi.store-schema-directory). */
    static JsonNode builtDocument(String module) {
        java.nio.file.Path target = java.nio.file.Path.of("..", module, "target").toAbsolutePath().normalize();
        java.nio.file.Path document = target.resolve("openapi/openapi.json");
        String build = " Build it first: ./mvnw -pl gateway -am verify (or package -DskipTests), which builds " + module
                + " before the gateway.";
        if (!Files.isRegularFile(document)) {
            throw new AssertionError(module + " has not written its OpenAPI document " + document + "." + build);
        }
        try {
            // A document older than the service's sources may describe an API that is gone (a build that ran none of
            // its tests and did not package it, say). Sources, not classes: the build rewrites some classes each time.
            long written = Files.getLastModifiedTime(document).toMillis();
            if (newestFile(target.resolveSibling("src").resolve("main")) > written) {
                throw new AssertionError(document + " is older than " + module + "'s sources." + build);
            }
            return JSON.readTree(document.toFile());
        } catch (IOException e) {
            throw new AssertionError("cannot read " + document, e);
        }
    }

    private static long newestFile(java.nio.file.Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<java.nio.file.Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).map(f -> {
                try {
                    return Files.getLastModifiedTime(f).toMillis();
                } catch (IOException e) {
                    return Long.MAX_VALUE;
                }
            }).max(Comparator.naturalOrder()).orElse(0L);
        }
    }

    static OpenApiContract of(String service, JsonNode document) {
        return new OpenApiContract(service, document);
    }

    /** What is wrong with {@code client} against the document; empty when they agree. */
    List<String> violations(Class<?> client) {
        String base = client.isAnnotationPresent(Path.class) ? client.getAnnotation(Path.class).value() : "";
        for (Method method : client.getDeclaredMethods()) {
            String http = httpMethod(method);
            if (http == null) {
                continue;
            }
            String path = join(base, method.isAnnotationPresent(Path.class) ? method.getAnnotation(Path.class).value() : "");
            String where = client.getSimpleName() + "." + method.getName() + " (" + http + " " + path + ")";
            JsonNode operation = document.path("paths").path(path).path(http.toLowerCase(java.util.Locale.ROOT));
            if (operation.isMissingNode()) {
                violations.add(where + ": " + service + " has no such operation");
                continue;
            }
            checked.add(http + " " + path);
            for (Parameter parameter : method.getParameters()) {
                checkParameter(parameter, operation, where);
            }
            Type answer = method.getGenericReturnType();
            if (answer instanceof ParameterizedType uni && uni.getRawType() == Uni.class) {
                answer = uni.getActualTypeArguments()[0];
            }
            if (answer != void.class) {
                JsonNode schema = jsonSchema(operation.path("responses").path("200"));
                if (schema == null) {
                    violations.add(where + ": " + service + " documents no JSON answer with status 200");
                } else {
                    check(answer, schema, rawClass(answer).getSimpleName(), Direction.READ);
                }
            }
        }
        return List.copyOf(violations);
    }

    /** Record properties and operations compared so far, as {@code Record.property} and {@code METHOD /path}. */
    Set<String> checked() {
        return Set.copyOf(checked);
    }

    private void checkParameter(Parameter parameter, JsonNode operation, String where) {
        String in = null;
        String name = null;
        if (parameter.isAnnotationPresent(HeaderParam.class)) {
            in = "header";
            name = parameter.getAnnotation(HeaderParam.class).value();
        } else if (parameter.isAnnotationPresent(QueryParam.class)) {
            in = "query";
            name = parameter.getAnnotation(QueryParam.class).value();
        } else if (parameter.isAnnotationPresent(PathParam.class)) {
            in = "path";
            name = parameter.getAnnotation(PathParam.class).value();
        }
        if (in == null) {
            JsonNode schema = jsonSchema(operation.path("requestBody"));
            if (schema == null) {
                violations.add(where + ": the gateway sends a JSON body; " + service + " documents none");
            } else {
                check(parameter.getParameterizedType(), schema, rawClass(parameter.getParameterizedType()).getSimpleName(),
                        Direction.SENT);
            }
            return;
        }
        for (JsonNode declared : operation.path("parameters")) {
            if (in.equals(declared.path("in").asText()) && name.equalsIgnoreCase(declared.path("name").asText())) {
                checked.add(in + " " + name);
                return;
            }
        }
        violations.add(where + ": the gateway sends " + in + " parameter " + name + "; " + service + " does not take it");
    }

    private void check(Type type, JsonNode schemaOrRef, String where, Direction direction) {
        JsonNode schema = resolve(schemaOrRef);
        Class<?> raw = rawClass(type);
        if (raw.isRecord()) {
            checkRecord(raw, schema, where, direction);
        } else if (Collection.class.isAssignableFrom(raw) || raw.isArray()) {
            if (expect(schema, "array", where)) {
                Type element = raw.isArray() ? raw.getComponentType()
                        : type instanceof ParameterizedType p ? p.getActualTypeArguments()[0] : Object.class;
                check(element, schema.path("items"), where + "[]", direction);
            }
        } else if (Map.class.isAssignableFrom(raw)) {
            expect(schema, "object", where);
        } else if (raw == String.class || raw.isEnum()) {
            expect(schema, "string", where);
        } else if (raw == boolean.class || raw == Boolean.class) {
            expect(schema, "boolean", where);
        } else if (raw == int.class || raw == Integer.class || raw == long.class || raw == Long.class
                || raw == short.class || raw == Short.class) {
            // an integer the gateway reads may not be a fraction; one it sends fits a number too
            if (direction == Direction.READ || !types(schema).contains("number")) {
                expect(schema, "integer", where);
            }
        } else if (raw == double.class || raw == Double.class || raw == float.class || raw == Float.class) {
            if (direction == Direction.SENT || !types(schema).contains("integer")) {
                expect(schema, "number", where);
            }
        } else if (raw != Object.class && raw != JsonNode.class) {
            violations.add(where + ": the contract check does not know how " + raw.getName() + " is written in JSON");
        }
    }

    private void checkRecord(Class<?> record, JsonNode schema, String where, Direction direction) {
        if (!expect(schema, "object", where)) {
            return;
        }
        if (!visiting.add(record.getName() + " " + direction)) {
            return; // a record within itself: its properties are being checked already
        }
        try {
            if (direction == Direction.READ) {
                JsonIgnoreProperties ignore = record.getAnnotation(JsonIgnoreProperties.class);
                if (ignore == null || !ignore.ignoreUnknown()) {
                    violations.add(where + " (" + record.getSimpleName() + "): not @JsonIgnoreProperties(ignoreUnknown = "
                            + "true), so a property " + service + " adds would break the gateway");
                }
            }
            JsonNode properties = schema.path("properties");
            Set<String> names = new HashSet<>();
            for (RecordComponent component : record.getRecordComponents()) {
                String name = jsonName(record, component);
                names.add(name);
                String at = record.getSimpleName() + "." + name;
                JsonNode property = properties.path(name);
                if (property.isMissingNode()) {
                    List<String> known = new ArrayList<>();
                    properties.fieldNames().forEachRemaining(known::add);
                    violations.add(where + "." + name + ": " + (direction == Direction.SENT ? "sent" : "read")
                            + " by the gateway as " + at + ", but " + service + " has no property " + name
                            + " there (it has " + known + ")");
                    continue;
                }
                checked.add(at);
                check(component.getGenericType(), property, where + "." + name, direction);
            }
            if (direction == Direction.SENT) {
                for (JsonNode required : schema.path("required")) {
                    if (!names.contains(required.asText())) {
                        violations.add(where + ": " + service + " requires " + required.asText() + ", which "
                                + record.getSimpleName() + " does not send");
                    }
                }
            }
        } finally {
            visiting.remove(record.getName() + " " + direction);
        }
    }

    /** The name Jackson gives a record component: its {@code @JsonProperty} value, else the component's name. */
    private static String jsonName(Class<?> record, RecordComponent component) {
        JsonProperty renamed = component.getAccessor().getAnnotation(JsonProperty.class);
        if (renamed == null) {
            try {
                renamed = record.getDeclaredField(component.getName()).getAnnotation(JsonProperty.class);
            } catch (NoSuchFieldException e) {
                throw new IllegalStateException(e);
            }
        }
        return renamed != null && !renamed.value().isEmpty() ? renamed.value() : component.getName();
    }

    /** False (and a violation) when the schema says another JSON type; a schema without a type accepts any. */
    private boolean expect(JsonNode schema, String type, String where) {
        Set<String> types = types(schema);
        if ("object".equals(type) && types.isEmpty() && schema.has("properties")) {
            return true;
        }
        if (types.isEmpty() || types.contains(type)) {
            return true;
        }
        violations.add(where + ": the gateway handles it as " + type + ", " + service + " as " + types);
        return false;
    }

    /** The schema's JSON types, "null" left out (OpenAPI 3.1 writes either "type": "string" or a list). */
    private static Set<String> types(JsonNode schema) {
        Set<String> types = new LinkedHashSet<>();
        JsonNode type = schema.path("type");
        if (type.isTextual()) {
            types.add(type.asText());
        } else {
            type.forEach(t -> types.add(t.asText()));
        }
        types.remove("null");
        return types;
    }

    /** Follows {@code $ref} (also inside a one-element allOf, anyOf or oneOf, the way nullable refs are written). */
    private JsonNode resolve(JsonNode schema) {
        for (int hops = 0; hops < 16; hops++) {
            if (schema.has("$ref")) {
                String ref = schema.get("$ref").asText();
                if (!ref.startsWith("#/")) {
                    violations.add("external schema reference " + ref + " in " + service + "'s document");
                    return JSON.createObjectNode();
                }
                schema = document.at(ref.substring(1));
                continue;
            }
            JsonNode only = null;
            for (String combinator : List.of("allOf", "anyOf", "oneOf")) {
                List<JsonNode> alternatives = new ArrayList<>();
                schema.path(combinator).forEach(alternative -> {
                    if (!"null".equals(alternative.path("type").asText())) {
                        alternatives.add(alternative);
                    }
                });
                if (alternatives.size() == 1 && !schema.has("properties")) {
                    only = alternatives.get(0);
                }
            }
            if (only == null) {
                return schema;
            }
            schema = only;
        }
        throw new IllegalStateException("schema references loop in " + service + "'s document");
    }

    /** The JSON schema of a request body or an answer; null when it has no application/json content. */
    private static JsonNode jsonSchema(JsonNode withContent) {
        JsonNode schema = withContent.path("content").path("application/json").path("schema");
        return schema.isMissingNode() ? null : schema;
    }

    private static String httpMethod(Method method) {
        if (method.isAnnotationPresent(GET.class)) {
            return "GET";
        }
        if (method.isAnnotationPresent(POST.class)) {
            return "POST";
        }
        if (method.isAnnotationPresent(PUT.class)) {
            return "PUT";
        }
        if (method.isAnnotationPresent(DELETE.class)) {
            return "DELETE";
        }
        return null;
    }

    private static String join(String base, String path) {
        String joined = ("/" + base + "/" + path).replaceAll("/+", "/");
        return joined.length() > 1 && joined.endsWith("/") ? joined.substring(0, joined.length() - 1) : joined;
    }

    private static Class<?> rawClass(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        return Object.class;
    }
}
