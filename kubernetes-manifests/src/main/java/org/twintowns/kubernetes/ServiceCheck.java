package org.twintowns.kubernetes;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Every Service selects the pods of a Deployment, and each of its ports leads to a port their containers declare. */
final class ServiceCheck implements Check {

    @Override
    public void check(Installation installation, Findings findings) {
        for (Service service : installation.manifests().services()) {
            if ("ExternalName".equals(service.getSpec().getType())) {
                if (service.getSpec().getExternalName() == null || service.getSpec().getExternalName().isBlank()) {
                    findings.add(service, "an ExternalName Service without externalName");
                }
                continue;
            }
            Map<String, String> selector = service.getSpec().getSelector();
            if (selector == null || selector.isEmpty()) {
                findings.add(service, "selects no pods (no selector)");
                continue;
            }
            List<Deployment> selected = installation.manifests()
                    .deploymentsWithPodLabels(service.getMetadata().getNamespace(), selector);
            if (selected.isEmpty()) {
                findings.add(service, "its selector " + selector + " matches the pods of no Deployment");
                continue;
            }
            for (ServicePort port : service.getSpec().getPorts()) {
                IntOrString target = port.getTargetPort() != null ? port.getTargetPort() : new IntOrString(port.getPort());
                for (Deployment deployment : selected) {
                    if (!declares(deployment, target)) {
                        findings.add(service, "port " + port.getPort() + " targets " + target.getValue()
                                + ", which no container of Deployment " + deployment.getMetadata().getName() + " declares");
                    }
                }
            }
        }
    }

    /** Whether a container of the Deployment declares the port, by name or by number. */
    static boolean declares(Deployment deployment, IntOrString port) {
        for (Container container : deployment.getSpec().getTemplate().getSpec().getContainers()) {
            if (container.getPorts() == null) {
                continue;
            }
            for (ContainerPort declared : container.getPorts()) {
                if (port.getIntVal() != null ? Objects.equals(declared.getContainerPort(), port.getIntVal())
                        : Objects.equals(declared.getName(), port.getStrVal())) {
                    return true;
                }
            }
        }
        return false;
    }
}
