package org.twintowns.testing.arch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
}
