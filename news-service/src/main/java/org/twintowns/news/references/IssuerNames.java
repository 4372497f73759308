package org.twintowns.news.references;

import static org.twintowns.commons.reference.RemoteCollection.MUNICIPALITIES;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.twintowns.commons.reference.References;
import org.twintowns.commons.reference.ReferencesUnavailableException;

/**
 * The names of the municipalities that issue news, for by-lines (ninjs {@code by}, the feeds' authors):
 * news stores only the issuer's id, and its name belongs to partnerships-service. Asked once for all the
 * items a representation shows (api-commons {@link References}, in batches). A by-line is not worth
 * failing a read for: when partnerships-service cannot be asked, or no longer knows the municipality,
 * the name is simply not there, and callers leave the by-line out rather than show an id.
 */
@ApplicationScoped
public class IssuerNames {

    private static final Logger LOG = Logger.getLogger(IssuerNames.class);

    @Inject
    References references;

    /** The names of those of {@code municipalityIds} that partnerships-service knows, by id (nulls ignored). */
    public Map<UUID, String> of(Collection<UUID> municipalityIds) {
        Set<UUID> ids = municipalityIds.stream().filter(Objects::nonNull).collect(Collectors.toSet());
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<UUID, JsonNode> found;
        try {
            found = references.find(MUNICIPALITIES, ids);
        } catch (ReferencesUnavailableException e) {
            LOG.warnf("No issuer names for %d municipalities: partnerships-service gave no usable answer", ids.size());
            return Map.of();
        }
        Map<UUID, String> names = new HashMap<>();
        found.forEach((id, municipality) -> {
            String name = municipality.path("name").asText("");
            if (!name.isBlank()) {
                names.put(id, name.strip());
            }
        });
        return names;
    }
}
