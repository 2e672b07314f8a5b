package id.pendamping.platform.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.HttpMethod;
import java.io.IOException;
import java.io.Reader;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * openapi.yaml is written by hand, so this keeps it honest: the operations it describes are exactly
 * the JAX-RS methods found in the compiled classes (a new endpoint without a description fails, and
 * so does a described endpoint that is gone), and each one says how it can fail.
 */
class OpenApiDocumentTest {

    private static final Path DOCUMENT = Path.of("src/main/resources/META-INF/openapi.yaml");
    private static final Path CLASSES = Path.of("target/classes");
    /** How a class file names the @Path annotation; a cheap filter before loading a class. */
    private static final String PATH_DESCRIPTOR = "Ljakarta/ws/rs/Path;";
    private static final Set<String> VERBS = Set.of("get", "put", "post", "delete", "patch", "head", "options", "trace");

    @Test
    void documentServesTheApplicationPath() throws IOException {
        String applicationPath = ApiApplication.class.getAnnotation(ApplicationPath.class).value();
        List<Map<String, Object>> servers = list(document().get("servers"));
        assertThat(servers.stream().map(server -> server.get("url")).toList()).containsExactly("/" + strip(applicationPath));
    }

    @Test
    void documentDescribesExactlyTheResourceMethods() throws IOException {
        Set<String> inCode = operationsInCode();
        assertThat(inCode).as("operations found in " + CLASSES).contains("POST /tokens");
        assertThat(new TreeSet<>(operationsInDocument().keySet()))
                .as("operations in openapi.yaml (actual) against the JAX-RS resource methods (expected)")
                .isEqualTo(inCode);
    }

    @Test
    void everyOperationSaysHowItFails() throws IOException {
        List<String> withoutClientError = new ArrayList<>();
        operationsInDocument().forEach((operation, description) -> {
            // Statuses are keys; an unquoted one reads as a number, so compare them as text.
            Map<?, ?> responses = (Map<?, ?>) description.get("responses");
            if (responses == null || responses.keySet().stream().noneMatch(status -> String.valueOf(status).startsWith("4"))) {
                withoutClientError.add(operation);
            }
        });
        assertThat(withoutClientError).as("operations without a 4xx response").isEmpty();
    }

    private static Map<String, Object> document() throws IOException {
        try (Reader reader = Files.newBufferedReader(DOCUMENT, StandardCharsets.UTF_8)) {
            return new Yaml().load(reader);
        }
    }

    /** "METHOD /path" of every operation in the document, with its description. */
    private static Map<String, Map<String, Object>> operationsInDocument() throws IOException {
        Map<String, Map<String, Object>> operations = new TreeMap<>();
        map(document().get("paths")).forEach((path, item) -> map(item).forEach((key, operation) -> {
            if (VERBS.contains(key)) {
                operations.put(key.toUpperCase(Locale.ROOT) + " " + normalise(path), map(operation));
            }
        }));
        return operations;
    }

    /** "METHOD /path" of every resource method in the compiled application, below the application path. */
    private static Set<String> operationsInCode() throws IOException {
        Set<String> operations = new TreeSet<>();
        for (Class<?> resource : resourceClasses()) {
            String classPath = resource.getAnnotation(jakarta.ws.rs.Path.class).value();
            for (Method method : resource.getDeclaredMethods()) {
                if (method.isSynthetic()) {
                    continue;
                }
                jakarta.ws.rs.Path methodPath = method.getAnnotation(jakarta.ws.rs.Path.class);
                String verb = verbOf(method);
                if (verb == null) {
                    assertThat(methodPath).as("sub-resource locator " + method + ": describe it and teach this test").isNull();
                    continue;
                }
                operations.add(verb + " " + normalise(classPath + "/" + (methodPath == null ? "" : methodPath.value())));
            }
        }
        return operations;
    }

    private static List<Class<?>> resourceClasses() throws IOException {
        assertThat(CLASSES).as("compiled classes (run the tests through Maven)").isDirectory();
        List<Class<?>> resources = new ArrayList<>();
        try (Stream<Path> files = Files.walk(CLASSES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                if (!new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).contains(PATH_DESCRIPTOR)) {
                    continue;
                }
                String name = CLASSES.relativize(file).toString().replace(file.getFileSystem().getSeparator(), ".")
                        .replaceAll("\\.class$", "");
                Class<?> type = load(name);
                if (type.isAnnotationPresent(jakarta.ws.rs.Path.class) && !type.isInterface()
                        && !Modifier.isAbstract(type.getModifiers())) {
                    resources.add(type);
                }
            }
        }
        return resources;
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, OpenApiDocumentTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("cannot load " + name, e);
        }
    }

    private static String verbOf(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod verb = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (verb != null) {
                return verb.value();
            }
        }
        return null;
    }

    /** One leading slash, none doubled or trailing, and "{name: regex}" templates as "{name}". */
    private static String normalise(String path) {
        String plain = path.replaceAll("\\{\\s*([^}:\\s]+)\\s*(:[^}]*)?}", "{$1}").replaceAll("/+", "/");
        return "/" + strip(plain);
    }

    private static String strip(String path) {
        return path.replaceAll("^/+", "").replaceAll("/+$", "");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object node) {
        return (Map<String, Object>) node;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object node) {
        return (List<Map<String, Object>>) node;
    }
}
