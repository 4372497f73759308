package org.twintowns.kubernetes;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Each container runs one of the applications, on the port it serves, with CPU and memory requests and
 * limits (its heap ceiling below the memory limit), locked down (non-root, read-only root file system,
 * no capabilities, no privilege escalation, seccomp RuntimeDefault), and is given only environment
 * variables the application reads: a name its configuration references, or one of the two read by the
 * image (JAVA_OPTS, docker/Dockerfile) or by an extension it has (MicroProfile JWT's key location).
 */
final class ContainerCheck implements Check {

    /** Variables read outside the applications' properties files, and by what. */
    private static final Map<String, String> OUTSIDE_CONFIGURATION = Map.of(
            "JAVA_OPTS", "docker/Dockerfile",
            "MP_JWT_VERIFY_PUBLICKEY_LOCATION", "quarkus-smallrye-jwt");

    private static final Pattern HEAP = Pattern.compile("-Xmx(\\d+)([kKmMgG]?)");

    @Override
    public void check(Installation installation, Findings findings) {
        for (Deployment deployment : installation.manifests().deployments()) {
            var pod = deployment.getSpec().getTemplate().getSpec();
            checkPod(deployment, pod.getSecurityContext(), findings);
            for (Container container : pod.getContainers()) {
                Optional<Application> application = installation.repository().application(container.getName());
                if (application.isEmpty()) {
                    findings.add(deployment, "container " + container.getName() + " is named after no application module");
                    continue;
                }
                Map<String, String> environment = ContainerEnvironment.of(container, deployment.getMetadata().getNamespace(),
                        installation.manifests());
                checkPort(deployment, container, application.get(), environment, findings);
                checkResources(deployment, container, environment, findings);
                checkSecurity(deployment, container, findings);
                checkVariables(installation, deployment, container, application.get(), environment.keySet(), findings);
            }
        }
    }

    private static void checkPort(Deployment deployment, Container container, Application application,
            Map<String, String> environment, Findings findings) {
        int served = application.httpPort(environment);
        boolean declared = container.getPorts() != null
                && container.getPorts().stream().map(ContainerPort::getContainerPort).anyMatch(p -> p == served);
        if (!declared) {
            findings.add(deployment, "container " + container.getName() + " does not declare port " + served
                    + ", on which " + application.module() + " serves");
        }
    }

    private static void checkResources(Deployment deployment, Container container, Map<String, String> environment,
            Findings findings) {
        String where = "container " + container.getName() + ": ";
        var resources = container.getResources();
        Map<String, Quantity> requests = resources == null || resources.getRequests() == null ? Map.of() : resources.getRequests();
        Map<String, Quantity> limits = resources == null || resources.getLimits() == null ? Map.of() : resources.getLimits();
        for (String resource : new String[] {"cpu", "memory"}) {
            Quantity request = requests.get(resource);
            Quantity limit = limits.get(resource);
            if (request == null) {
                findings.add(deployment, where + "no " + resource + " request");
            }
            if (limit == null) {
                findings.add(deployment, where + "no " + resource + " limit");
            }
            if (request != null && limit != null && request.getNumericalAmount().compareTo(limit.getNumericalAmount()) > 0) {
                findings.add(deployment, where + resource + " request " + request + " is above its limit " + limit);
            }
        }
        Matcher heap = HEAP.matcher(environment.getOrDefault("JAVA_OPTS", ""));
        Quantity memory = limits.get("memory");
        if (heap.find() && memory != null) {
            BigDecimal bytes = new BigDecimal(heap.group(1)).multiply(BigDecimal.valueOf(switch (heap.group(2).toLowerCase()) {
                case "k" -> 1L << 10;
                case "m" -> 1L << 20;
                case "g" -> 1L << 30;
                default -> 1L;
            }));
            if (bytes.compareTo(memory.getNumericalAmount()) >= 0) {
                findings.add(deployment, where + "heap " + heap.group() + " does not fit the memory limit " + memory
                        + " (the JVM needs memory beside its heap)");
            }
        }
    }

    private static void checkPod(Deployment deployment, PodSecurityContext context, Findings findings) {
        if (context == null || !Boolean.TRUE.equals(context.getRunAsNonRoot())) {
            findings.add(deployment, "pod securityContext: runAsNonRoot is not true");
        }
        if (context == null || context.getSeccompProfile() == null || !"RuntimeDefault".equals(context.getSeccompProfile().getType())) {
            findings.add(deployment, "pod securityContext: seccompProfile is not RuntimeDefault");
        }
    }

    private static void checkSecurity(Deployment deployment, Container container, Findings findings) {
        String where = "container " + container.getName() + " securityContext: ";
        SecurityContext context = container.getSecurityContext();
        if (context == null) {
            findings.add(deployment, where + "missing");
            return;
        }
        if (!Boolean.FALSE.equals(context.getAllowPrivilegeEscalation())) {
            findings.add(deployment, where + "allowPrivilegeEscalation is not false");
        }
        if (!Boolean.TRUE.equals(context.getReadOnlyRootFilesystem())) {
            findings.add(deployment, where + "readOnlyRootFilesystem is not true");
        }
        if (context.getCapabilities() == null || context.getCapabilities().getDrop() == null
                || !context.getCapabilities().getDrop().contains("ALL")) {
            findings.add(deployment, where + "capabilities do not drop ALL");
        }
    }

    private static void checkVariables(Installation installation, Deployment deployment, Container container,
            Application application, Set<String> names, Findings findings) {
        Set<String> read = application.environmentVariables();
        for (String name : names) {
            if (read.contains(name)) {
                continue;
            }
            String reader = OUTSIDE_CONFIGURATION.get(name);
            boolean readElsewhere = reader != null && (reader.equals("docker/Dockerfile")
                    ? installation.repository().imageReads(name)
                    : application.uses(reader));
            if (!readElsewhere) {
                findings.add(deployment, "container " + container.getName() + " is given " + name + ", which "
                        + application.module() + " does not read");
            }
        }
    }
}
