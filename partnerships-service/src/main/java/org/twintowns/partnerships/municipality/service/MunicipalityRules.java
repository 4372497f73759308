package org.twintowns.partnerships.municipality.service;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.twintowns.commons.validation.RequestRules;
import org.twintowns.commons.validation.Violations;
import org.twintowns.partnerships.municipality.Countries;
import org.twintowns.partnerships.municipality.MunicipalityName;
import org.twintowns.partnerships.municipality.rest.MunicipalityRequest;

/**
 * The checks on a municipality that bean validation cannot express. They run with the request's
 * constraints ({@code @CheckedBy} on {@link MunicipalityRequest}) and report every failure at once.
 */
public final class MunicipalityRules implements RequestRules<MunicipalityRequest> {

    private static final MunicipalityRules RULES = new MunicipalityRules();

    static void check(MunicipalityRequest request) {
        RequestRules.enforce(RULES, request);
    }

    @Override
    public void check(MunicipalityRequest request, Violations violations) {
        String country = request.country();
        // A country not of the form [A-Z]{2} is already refused by its constraint.
        if (country != null && country.matches("[A-Z]{2}")) {
            boolean known = violations.check(Countries.isKnown(country),
                    "country", "'" + country + "' is not an ISO 3166-1 country");
            if (known && request.subdivision() != null) {
                violations.check(request.subdivision().startsWith(country + "-"),
                        "subdivision", "must be a subdivision of " + country);
            }
        }
        if (request.population() != null && request.populationYear() == null) {
            violations.add("populationYear", "is required with a population");
        }
        if (request.population() == null && request.populationYear() != null) {
            violations.add("population", "is required with a population year");
        }
        if ("DE".equals(country) && request.officialCode() != null) {
            violations.check(request.officialCode().matches("[0-9]{8}"), "officialCode", "a German AGS has 8 digits");
        }
        checkNames(request.otherNames(), violations);
    }

    private static void checkNames(List<MunicipalityRequest.NameInput> names, Violations violations) {
        if (names == null) {
            return;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < names.size(); i++) {
            MunicipalityRequest.NameInput name = names.get(i);
            if (name == null) {
                continue;
            }
            if (name.name() != null && !seen.add(name.language() + "|" + name.name().strip())) {
                violations.add("otherNames[" + i + "]", "is listed twice");
            }
            if (name.usedUntil() != null && name.kind() != null && name.kind() != MunicipalityName.Kind.FORMER) {
                violations.add("otherNames[" + i + "].usedUntil", "only former names have an end date");
            }
        }
    }
}
