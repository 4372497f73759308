package org.twintowns.kubernetes;

import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.ArrayList;
import java.util.List;

/** What the checks found wrong, one readable line each, naming the object: {@code Deployment twintowns/gateway: ...}. */
public final class Findings {

    private final List<String> lines = new ArrayList<>();

    public void add(HasMetadata object, String message) {
        lines.add(name(object) + ": " + message);
    }

    public void add(String message) {
        lines.add(message);
    }

    public List<String> all() {
        return List.copyOf(lines);
    }

    public boolean isEmpty() {
        return lines.isEmpty();
    }

    static String name(HasMetadata object) {
        String namespace = object.getMetadata().getNamespace();
        return object.getKind() + " " + (namespace == null ? "" : namespace + "/") + object.getMetadata().getName();
    }

    @Override
    public String toString() {
        return String.join("\n", lines);
    }
}
