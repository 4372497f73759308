package org.twintowns.partnerships.municipality.service;

import java.util.HashSet;
import java.util.Set;
import org.twintowns.commons.problem.ProblemException;
import org.twintowns.partnerships.municipality.Countries;
import org.twintowns.partnerships.municipality.MunicipalityName;
import org.twintowns.partnerships.municipality.rest.MunicipalityRequest;

/** The checks on a municipality that bean validation cannot express. */
final class MunicipalityRules {

    private MunicipalityRules() {
    }

    static void check(MunicipalityRequest request) {
        if (!Countries.isKnown(request.country())) {
            throw ProblemException.invalidField("country", "'" + request.country() + "' is not an ISO 3166-1 country");
        }
        if (request.subdivision() != null && !request.subdivision().startsWith(request.country() + "-")) {
            throw ProblemException.invalidField("subdivision", "must be a subdivision of " + request.country());
        }
        if (request.population() != null && request.populationYear() == null) {
            throw ProblemException.invalidField("populationYear", "is required with a population");
        }
        if (request.population() == null && request.populationYear() != null) {
            throw ProblemException.invalidField("population", "is required with a population year");
        }
        if ("DE".equals(request.country()) && request.officialCode() != null
                && !request.officialCode().matches("[0-9]{8}")) {
            throw ProblemException.invalidField("officialCode", "a German AGS has 8 digits");
        }
        if (request.otherNames() != null) {
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < request.otherNames().size(); i++) {
                MunicipalityRequest.NameInput name = request.otherNames().get(i);
                if (!seen.add(name.language() + "|" + name.name().strip())) {
                    throw ProblemException.invalidField("otherNames[" + i + "]", "is listed twice");
                }
                if (name.usedUntil() != null && name.kind() != MunicipalityName.Kind.FORMER) {
                    throw ProblemException.invalidField("otherNames[" + i + "].usedUntil",
                            "only former names have an end date");
                }
            }
        }
    }
}
