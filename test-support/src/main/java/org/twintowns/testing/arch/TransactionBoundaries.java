package org.twintowns.testing.arch;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
import java.util.stream.Stream;

/**
 * Finds calls to other services made while a database transaction is open. A transaction is open
 * in a method that is {@code @Transactional} (or whose class is) and in one that starts one with
 * {@code QuarkusTransaction} or {@code UserTransaction}; from there the calls are followed through
 * the project's own code ({@code org.twintowns}, any module) to a remote call: a method of a REST
 * client interface the project declares, or of the JAX-RS, JDK or Vert.x HTTP clients.
 *
 * <p>A call on an interface or an overridable method follows every implementation in the project,
 * and lambdas and method references count as calls where they are created: the check may see a
 * path that never runs, not miss one that does. It does not follow reflection or CDI events.
 */
public final class TransactionBoundaries {

    private final CallGraph graph;
    private final List<MethodId> transactional;

    private TransactionBoundaries(CallGraph graph, List<MethodId> transactional) {
        this.graph = graph;
        this.transactional = transactional;
    }

    /** The module under test: {@code target/classes} of the working directory (Surefire's is the module). */
    public static TransactionBoundaries ofModule() {
        return of(Path.of("target", "classes"));
    }

    /** The transactions begun in the classes under {@code classesDir}. */
    public static TransactionBoundaries of(Path classesDir) {
        return of(classesDir, CallGraph.PROJECT);
    }

    /**
     * The transactions begun in the classes under {@code classesDir} whose internal names start
     * with the prefix ({@code org/twintowns/events/}); the folder must be on the class path.
     */
    public static TransactionBoundaries of(Path classesDir, String prefix) {
        List<String> names;
        try (Stream<Path> files = Files.walk(classesDir)) {
            names = files.filter(f -> f.toString().endsWith(".class")).sorted()
                    .map(f -> classesDir.relativize(f).toString().replace('\\', '/').replaceAll("\\.class$", ""))
                    .filter(name -> name.startsWith(prefix))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        CallGraph graph = new CallGraph(Thread.currentThread().getContextClassLoader(), names);
        List<MethodId> transactional = new ArrayList<>();
        for (String name : names) {
            ClassModel model = graph.model(name).orElse(null);
            if (model == null) {
                continue;
            }
            model.methods().values().stream().filter(m -> m.opensTransaction(model)).map(m -> m.id)
                    .forEach(transactional::add);
        }
        return new TransactionBoundaries(graph, transactional);
    }

    /** The methods that open a transaction (or run in one they open), as {@code Class.method}. */
    public List<String> transactionalMethods() {
        return transactional.stream().map(MethodId::toString).toList();
    }

    /** One call chain from a transaction to a remote call per transactional method that has one. */
    public List<String> remoteCallsInTransactions() {
        return transactional.stream().map(graph::pathToRemoteCall).flatMap(Optional::stream).toList();
    }

    /**
     * The call chain from the named method of a class to a remote call, if there is one: a check
     * that the rule still sees the remote calls it is about (when they move, it must follow).
     */
    public Optional<String> remoteCallFrom(Class<?> type, String methodName) {
        ClassModel model = graph.model(type.getName().replace('.', '/'))
                .orElseThrow(() -> new IllegalArgumentException(type + " is not a class of the project"));
        return model.methods().values().stream().filter(m -> m.id.name().equals(methodName))
                .map(m -> graph.pathToRemoteCall(m.id)).flatMap(Optional::stream).findFirst();
    }

    public void assertNoRemoteCallInTransaction() {
        List<String> found = remoteCallsInTransactions();
        if (!found.isEmpty()) {
            throw new AssertionError("Remote calls inside a database transaction: a slow service would hold a "
                    + "connection (and any row lock) meanwhile. Check references before the transactional writer:\n  "
                    + String.join("\n  ", found));
        }
    }

    /** A method: internal class name, name and descriptor. */
    record MethodId(String owner, String name, String descriptor) {

        @Override
        public String toString() {
            return owner.substring(owner.lastIndexOf('/') + 1) + "." + name;
        }
    }

    /** The calls of the project's classes, read with ASM as they are needed. */
    static final class CallGraph {

        private static final String PROJECT = "org/twintowns/";
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
}
