package org.twintowns.kubernetes;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/** The checkout: the applications' modules, the container image's Dockerfile and deploy/kubernetes. */
public final class Repository {

    private final Path root;
    private final Map<String, Optional<Application>> applications = new ConcurrentHashMap<>();

    public Repository(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /** The checkout this build runs in (the system property {@code twintowns.root}, which the build sets). */
    public static Repository fromSystemProperties() {
        return new Repository(Path.of(System.getProperty("twintowns.root", "..")));
    }

    public Path kubernetes() {
        return root.resolve("deploy/kubernetes");
    }

    /** Every overlay: the directories under deploy/kubernetes/overlays, each a way to install the platform. */
    public List<Path> overlays() {
        try (Stream<Path> entries = Files.list(kubernetes().resolve("overlays"))) {
            return entries.filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the overlays", e);
        }
    }

    /** The application a container runs, if a module of that name has an application.properties. */
    public Optional<Application> application(String module) {
        return module == null ? Optional.empty() : applications.computeIfAbsent(module, this::readApplication);
    }

    private Optional<Application> readApplication(String module) {
        if (module.contains("/") || module.contains("..")
                || !Files.isRegularFile(root.resolve(module).resolve("src/main/resources/application.properties"))) {
            return Optional.empty();
        }
        return Optional.of(Application.read(root, module));
    }

    /** Whether docker/Dockerfile, which builds every image, passes the variable to the JVM's command line. */
    public boolean imageReads(String variable) {
        try {
            return Files.readString(root.resolve("docker/Dockerfile")).contains("$" + variable);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read docker/Dockerfile", e);
        }
    }

    /**
     * The Secrets an overlay reads but leaves to the operator to create (its secrets.yaml: name to keys),
     * so that an apply never overwrites them.
     */
    public Map<String, Set<String>> operatorSecrets(Path overlay) {
        Path file = overlay.resolve("secrets.yaml");
        if (!Files.exists(file)) {
            return Map.of();
        }
        try {
            Map<String, List<String>> listed = new YAMLMapper().readValue(file.toFile(), new TypeReference<>() { });
            Map<String, Set<String>> secrets = new TreeMap<>();
            listed.forEach((name, keys) -> secrets.put(name, new TreeSet<>(keys)));
            return secrets;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
