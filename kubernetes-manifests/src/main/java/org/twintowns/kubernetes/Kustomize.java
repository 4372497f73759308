package org.twintowns.kubernetes;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Renders a kustomization as {@code kubectl apply -k} would install it, with the kustomize built into
 * kubectl ({@code kubectl kustomize DIR}): the objects exactly as the cluster would receive them.
 */
public final class Kustomize {

    private final String kubectl;

    public Kustomize(String kubectl) {
        this.kubectl = kubectl;
    }

    /** The kubectl named by the system property {@code k8s.kubectl} (the build sets it), else from the PATH. */
    public static Kustomize fromSystemProperties() {
        return new Kustomize(System.getProperty("k8s.kubectl", "kubectl"));
    }

    /** The rendered YAML stream of the kustomization in {@code directory}; fails with kubectl's own message. */
    public String render(Path directory) {
        Process process;
        try {
            process = new ProcessBuilder(List.of(kubectl, "kustomize", directory.toString()))
                    .redirectErrorStream(false)
                    .start();
        } catch (IOException e) {
            // Loud on purpose: without kubectl nothing of deploy/kubernetes is checked.
            throw new IllegalStateException("cannot run '" + kubectl + "' (" + e.getMessage() + "): the Kubernetes "
                    + "manifests are rendered with kubectl's kustomize. Install kubectl, name it with -Dk8s.kubectl=PATH, "
                    + "or skip this check with -Dk8s.validate.skip", e);
        }
        try {
            process.getOutputStream().close();
            // Both streams are small (a few hundred kB at most); stderr is read after stdout ends.
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("kubectl kustomize " + directory + " did not finish in 60 s");
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException("kubectl kustomize " + directory + " failed: " + err.strip());
            }
            return out;
        } catch (IOException e) {
            throw new IllegalStateException("kubectl kustomize " + directory + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while rendering " + directory, e);
        }
    }
}
