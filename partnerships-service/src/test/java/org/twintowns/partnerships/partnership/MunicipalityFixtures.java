package org.twintowns.partnerships.partnership;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.UUID;
import org.twintowns.partnerships.municipality.Municipality;
import org.twintowns.partnerships.municipality.repository.MunicipalityRepository;

/**
 * Sets what the municipality API does not accept yet (coordinates, merges) straight on the
 * registry, for tests of features that read them.
 */
@ApplicationScoped
public class MunicipalityFixtures {

    @Inject
    MunicipalityRepository municipalities;

    @Transactional
    public void place(String id, double latitude, double longitude) {
        Municipality m = municipalities.findById(UUID.fromString(id));
        m.latitude = latitude;
        m.longitude = longitude;
    }

    @Transactional
    public void merge(String id, String successorId) {
        municipalities.findById(UUID.fromString(id)).mergedIntoId = UUID.fromString(successorId);
    }
}
