package org.twintowns.kubernetes;

import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressPath;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressBackend;
import io.fabric8.kubernetes.api.model.networking.v1.IngressRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The platform is reached from outside through the gateway only: there is an Ingress, and each of its
 * backends is a Service that selects the gateway's pods, on a port that Service has.
 */
final class IngressCheck implements Check {

    static final String GATEWAY = "gateway";

    @Override
    public void check(Installation installation, Findings findings) {
        if (installation.manifests().ingresses().isEmpty()) {
            findings.add("no Ingress: nothing reaches the gateway from outside the cluster");
        }
        for (Ingress ingress : installation.manifests().ingresses()) {
            List<IngressBackend> backends = new ArrayList<>();
            if (ingress.getSpec().getDefaultBackend() != null) {
                backends.add(ingress.getSpec().getDefaultBackend());
            }
            if (ingress.getSpec().getRules() != null) {
                for (IngressRule rule : ingress.getSpec().getRules()) {
                    if (rule.getHttp() != null) {
                        rule.getHttp().getPaths().stream().map(HTTPIngressPath::getBackend).forEach(backends::add);
                    }
                }
            }
            for (IngressBackend backend : backends) {
                check(installation, ingress, backend, findings);
            }
        }
    }

    private static void check(Installation installation, Ingress ingress, IngressBackend backend, Findings findings) {
        if (backend.getService() == null) {
            findings.add(ingress, "a backend that is not a Service (only the gateway's Service may be one)");
            return;
        }
        String name = backend.getService().getName();
        Optional<Service> service = installation.manifests().named(Service.class, ingress.getMetadata().getNamespace(), name);
        if (service.isEmpty()) {
            findings.add(ingress, "backend Service " + name + " is not defined");
            return;
        }
        var selector = service.get().getSpec().getSelector();
        List<Deployment> selected = selector == null || selector.isEmpty() ? List.of()
                : installation.manifests().deploymentsWithPodLabels(ingress.getMetadata().getNamespace(), selector);
        if (selected.isEmpty() || selected.stream().anyMatch(d -> !GATEWAY.equals(d.getMetadata().getName()))) {
            findings.add(ingress, "backend Service " + name + " leads to " + selected.stream().map(d -> d.getMetadata().getName()).toList()
                    + ": only the gateway may be reached from outside");
        }
        var port = backend.getService().getPort();
        boolean known = port != null && service.get().getSpec().getPorts().stream().anyMatch(p -> port.getNumber() != null
                ? Objects.equals(p.getPort(), port.getNumber()) : Objects.equals(p.getName(), port.getName()));
        if (!known) {
            findings.add(ingress, "backend Service " + name + " has no port " + (port == null ? "(none given)"
                    : port.getNumber() != null ? port.getNumber() : port.getName()));
        }
    }
}
