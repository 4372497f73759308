package org.twintowns.kubernetes;

import java.nio.file.Path;
import java.util.List;

/**
 * The offline check of deploy/kubernetes: renders an overlay as it would be installed, parses it into
 * the Kubernetes API types (unknown fields refused) and runs every cross-check on the result.
 */
public final class ManifestCheck {

    private static final List<Check> CHECKS = List.of(
            new ServiceCheck(),
            new ProbeCheck(),
            new ReferenceCheck(),
            new ScalingCheck(),
            new IngressCheck(),
            new PublicAddressCheck(),
            new NetworkPolicyCheck(),
            new CallPathCheck(),
            new ContainerCheck());

    private final Repository repository;
    private final Kustomize kustomize;

    public ManifestCheck(Repository repository, Kustomize kustomize) {
        this.repository = repository;
        this.kustomize = kustomize;
    }

    /** The rendered overlay, as YAML. */
    public String render(Path overlay) {
        return kustomize.render(overlay);
    }

    /** Everything wrong with an overlay's rendered objects (none: it may be installed as it is). */
    public Findings check(Path overlay, String rendered) {
        Findings findings = new Findings();
        Manifests manifests = new ManifestParser().parse(rendered, findings);
        Installation installation = new Installation(manifests, repository, repository.operatorSecrets(overlay));
        for (Check check : CHECKS) {
            check.check(installation, findings);
        }
        return findings;
    }
}
