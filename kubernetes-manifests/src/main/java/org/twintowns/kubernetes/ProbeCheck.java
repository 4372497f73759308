package org.twintowns.kubernetes;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Every container has a start-up, a readiness and a liveness probe, each an HTTP GET of the health
 * endpoint of that kind that the application serves (its own configuration and Quarkus' defaults say
 * which path on which port), on a port the container declares.
 */
final class ProbeCheck implements Check {

    @Override
    public void check(Installation installation, Findings findings) {
        for (Deployment deployment : installation.manifests().deployments()) {
            for (Container container : deployment.getSpec().getTemplate().getSpec().getContainers()) {
                Optional<Application> application = installation.repository().application(container.getName());
                if (application.isEmpty()) {
                    continue; // ContainerCheck names containers that run no application
                }
                Map<String, String> environment = ContainerEnvironment.of(container,
                        deployment.getMetadata().getNamespace(), installation.manifests());
                check(deployment, container, "startupProbe", container.getStartupProbe(), "startup", application.get(), environment, findings);
                check(deployment, container, "readinessProbe", container.getReadinessProbe(), "readiness", application.get(), environment, findings);
                check(deployment, container, "livenessProbe", container.getLivenessProbe(), "liveness", application.get(), environment, findings);
            }
        }
    }

    private static void check(Deployment deployment, Container container, String field, Probe probe, String kind,
            Application application, Map<String, String> environment, Findings findings) {
        String where = "container " + container.getName() + ": " + field;
        if (probe == null) {
            findings.add(deployment, where + " is missing");
            return;
        }
        if (probe.getHttpGet() == null) {
            findings.add(deployment, where + " is not an HTTP GET of the application's health endpoint");
            return;
        }
        Optional<String> served = application.healthPath(kind, environment);
        String path = probe.getHttpGet().getPath();
        if (served.isEmpty()) {
            findings.add(deployment, where + ": " + application.module() + " has no health endpoints (quarkus-smallrye-health)");
        } else if (!served.get().equals(path)) {
            findings.add(deployment, where + " asks " + path + ", but " + application.module() + " serves its " + kind
                    + " check at " + served.get());
        }
        Optional<Integer> port = portNumber(container, probe.getHttpGet().getPort());
        int healthPort = application.healthPort(environment);
        if (port.isEmpty()) {
            findings.add(deployment, where + " asks port " + probe.getHttpGet().getPort().getValue()
                    + ", which the container does not declare");
        } else if (port.get() != healthPort) {
            findings.add(deployment, where + " asks port " + port.get() + ", but " + application.module()
                    + " serves its health endpoints on " + healthPort);
        }
    }

    /** A probe's port as a number: a named one must be a declared port; a number must be declared too. */
    private static Optional<Integer> portNumber(Container container, IntOrString port) {
        if (container.getPorts() == null || port == null) {
            return Optional.empty();
        }
        for (ContainerPort declared : container.getPorts()) {
            if (port.getIntVal() != null ? Objects.equals(declared.getContainerPort(), port.getIntVal())
                    : Objects.equals(declared.getName(), port.getStrVal())) {
                return Optional.of(declared.getContainerPort());
            }
        }
        return Optional.empty();
    }
}
