package org.twintowns.kubernetes;

import java.util.Map;
import java.util.Set;

/**
 * What one overlay installs: its rendered objects, the checkout they belong to, and the Secrets the
 * operator creates beside them (name to keys).
 */
public record Installation(Manifests manifests, Repository repository, Map<String, Set<String>> operatorSecrets) {
}
