package org.twintowns.testing.arch;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** The calls of the project's classes, read with ASM as they are needed. */
final class CallGraph {

    static final String PROJECT = "org/twintowns/";
    private static final String TEST_SUPPORT = "org/twintowns/testing/";

    private final ClassLoader loader;
    /** The classes examined, which may be tests' own, and must be known as implementations too. */
    private final List<String> examined;
    private final Map<String, Optional<ClassModel>> models = new HashMap<>();
    private Map<String, List<String>> subtypes;

    CallGraph(ClassLoader loader, List<String> examined) {
        this.loader = loader;
        this.examined = examined;
    }

    Optional<ClassModel> model(String name) {
        return models.computeIfAbsent(name, this::read);
    }

    private Optional<ClassModel> read(String name) {
        if (!name.startsWith(PROJECT)) {
            return Optional.empty();
        }
        try (InputStream in = loader.getResourceAsStream(name + ".class")) {
            return in == null ? Optional.empty() : Optional.of(ClassModel.read(in.readAllBytes()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Breadth first, so that the chain shown is a shortest one. */
    Optional<String> pathToRemoteCall(MethodId start) {
        Map<MethodId, MethodId> cameFrom = new LinkedHashMap<>();
        Deque<MethodId> queue = new ArrayDeque<>();
        cameFrom.put(start, start);
        queue.add(start);
        while (!queue.isEmpty()) {
            MethodId current = queue.remove();
            MethodModel method = model(current.owner())
                    .map(c -> c.methods().get(current.name() + current.descriptor())).orElse(null);
            if (method == null) {
                continue;
            }
            for (ClassModel.Call call : method.calls) {
                Optional<String> remote = RemoteCalls.describe(call.target(), this);
                if (remote.isPresent()) {
                    return Optional.of(chain(cameFrom, current) + " -> " + call.target() + " (" + remote.get() + ")");
                }
                for (MethodId next : implementations(call)) {
                    if (cameFrom.putIfAbsent(next, current) == null) {
                        queue.add(next);
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static String chain(Map<MethodId, MethodId> cameFrom, MethodId last) {
        List<String> steps = new ArrayList<>();
        MethodId step = last;
        while (true) {
            steps.add(0, step.toString());
            MethodId previous = cameFrom.get(step);
            if (previous.equals(step)) {
                return String.join(" -> ", steps);
            }
            step = previous;
        }
    }

    /** The project methods a call may run: the one it names or inherits, and every override. */
    private List<MethodId> implementations(ClassModel.Call call) {
        MethodId target = call.target();
        List<MethodId> found = new ArrayList<>();
        declared(target.owner(), target.name() + target.descriptor()).ifPresent(found::add);
        if (call.virtual()) {
            for (String subtype : subtypesOf(target.owner())) {
                MethodModel override = model(subtype).orElseThrow().methods().get(target.name() + target.descriptor());
                if (override != null) {
                    found.add(override.id);
                }
            }
        }
        return found;
    }

    /** The method the type declares or inherits, from a superclass or as an interface's default. */
    private Optional<MethodId> declared(String type, String signature) {
        Optional<ClassModel> model = model(type);
        if (model.isEmpty()) {
            return Optional.empty();
        }
        MethodModel method = model.get().methods().get(signature);
        if (method != null) {
            return Optional.of(method.id);
        }
        return model.get().supertypes().stream().map(s -> declared(s, signature)).flatMap(Optional::stream)
                .findFirst();
    }

    /** All project classes below the type, from every place on the class path that holds project classes. */
    private Set<String> subtypesOf(String type) {
        if (subtypes == null) {
            subtypes = new HashMap<>();
            Set<String> names = new TreeSet<>(examined);
            ProjectClasses.names(loader, PROJECT).stream().filter(n -> !n.startsWith(TEST_SUPPORT)).forEach(names::add);
            for (String name : names) {
                model(name).ifPresent(c -> c.supertypes().forEach(
                        s -> subtypes.computeIfAbsent(s, k -> new ArrayList<>()).add(name)));
            }
        }
        Set<String> all = new TreeSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of(type));
        while (!todo.isEmpty()) {
            for (String sub : subtypes.getOrDefault(todo.remove(), List.of())) {
                if (all.add(sub)) {
                    todo.add(sub);
                }
            }
        }
        return all;
    }
}
