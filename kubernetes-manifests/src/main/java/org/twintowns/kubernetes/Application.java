package org.twintowns.kubernetes;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One TwinTowns application as its own configuration describes it in the prod profile (the profile of
 * the container image): its application.properties over api-commons' shared defaults, which
 * environment variables it reads, which port it serves and where its health endpoints are.
 */
public final class Application {

    private static final Pattern REFERENCE = Pattern.compile("\\$\\{([^${}:]+)(?::([^${}]*))?}");
    private static final Pattern ENVIRONMENT_NAME = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)");
    private static final String PROFILE = "prod";

    private final String module;
    private final Properties own;
    private final Properties shared;
    private final String pom;

    Application(String module, Properties own, Properties shared, String pom) {
        this.module = module;
        this.own = own;
        this.shared = shared;
        this.pom = pom;
    }

    static Application read(Path root, String module) {
        return new Application(module,
                properties(root.resolve(module).resolve("src/main/resources/application.properties")),
                properties(root.resolve("api-commons/src/main/resources/META-INF/microprofile-config.properties")),
                text(root.resolve(module).resolve("pom.xml")));
    }

    public String module() {
        return module;
    }

    /** The environment variables its configuration reads in the prod profile ({@code ${NAME...}}). */
    public Set<String> environmentVariables() {
        Set<String> names = new LinkedHashSet<>();
        for (Properties properties : new Properties[] {own, shared}) {
            properties.stringPropertyNames().stream().filter(Application::appliesToProd).forEach(key -> {
                Matcher matcher = ENVIRONMENT_NAME.matcher(properties.getProperty(key));
                while (matcher.find()) {
                    names.add(matcher.group(1));
                }
            });
        }
        return names;
    }

    public boolean uses(String artifactId) {
        return pom.contains("<artifactId>" + artifactId + "</artifactId>");
    }

    /** The HTTP port with {@code environment} set (a Deployment's literal variables). */
    public int httpPort(Map<String, String> environment) {
        return Integer.parseInt(value("quarkus.http.port", environment).orElse("8080"));
    }

    /** The port of the health endpoints: the management interface's when it is enabled, else the HTTP port. */
    public int healthPort(Map<String, String> environment) {
        boolean management = Boolean.parseBoolean(value("quarkus.management.enabled", environment)
                .orElse(QuarkusDefaults.of("quarkus.management.enabled")));
        return management
                ? Integer.parseInt(value("quarkus.management.port", environment).orElse(QuarkusDefaults.of("quarkus.management.port")))
                : httpPort(environment);
    }

    /** The path of one health endpoint (kind: liveness, readiness, startup), or of the whole health report. */
    public Optional<String> healthPath(String kind, Map<String, String> environment) {
        if (!uses("quarkus-smallrye-health")) {
            return Optional.empty();
        }
        String root = setting("quarkus.http.non-application-root-path", environment);
        String health = under(under("/", root), setting("quarkus.smallrye-health.root-path", environment));
        return Optional.of(kind.isEmpty() ? health : under(health, setting("quarkus.smallrye-health." + kind + "-path", environment)));
    }

    private String setting(String property, Map<String, String> environment) {
        return value(property, environment).orElse(QuarkusDefaults.of(property));
    }

    /** Quarkus' rule for its paths: one that starts with a slash is absolute, any other is under its parent. */
    private static String under(String parent, String path) {
        if (path.startsWith("/")) {
            return path;
        }
        return (parent.endsWith("/") ? parent : parent + "/") + path;
    }

    /** A property's value in the prod profile, with every ${...} expanded (environment first, then properties, then its default). */
    Optional<String> value(String key, Map<String, String> environment) {
        return raw(key).map(value -> expand(value, environment, 0));
    }

    private Optional<String> raw(String key) {
        for (Properties properties : new Properties[] {own, shared}) {
            Optional<String> profiled = properties.stringPropertyNames().stream()
                    .filter(k -> k.startsWith("%") && k.endsWith("." + key) && appliesToProd(k))
                    .filter(k -> k.substring(k.indexOf('.') + 1).equals(key))
                    .map(properties::getProperty)
                    .findFirst();
            if (profiled.isPresent()) {
                return profiled;
            }
            if (properties.containsKey(key)) {
                return Optional.of(properties.getProperty(key));
            }
        }
        return Optional.empty();
    }

    private String expand(String value, Map<String, String> environment, int depth) {
        if (depth > 10) {
            throw new IllegalStateException(module + ": configuration references nest too deep in " + value);
        }
        Matcher matcher = REFERENCE.matcher(value);
        if (!matcher.find()) {
            return value;
        }
        String name = matcher.group(1);
        String resolved = Optional.ofNullable(environment.get(name))
                .or(() -> raw(name))
                .orElse(matcher.group(2) == null ? "" : matcher.group(2));
        String next = value.substring(0, matcher.start()) + resolved + value.substring(matcher.end());
        return expand(next, environment, depth + 1);
    }

    /** A key without a profile, or one whose profiles (%dev,prod.) include prod. */
    private static boolean appliesToProd(String key) {
        if (!key.startsWith("%")) {
            return true;
        }
        int dot = key.indexOf('.');
        return dot > 0 && Arrays.asList(key.substring(1, dot).split(",")).contains(PROFILE);
    }

    private static Properties properties(Path file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return properties;
    }

    private static String text(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
