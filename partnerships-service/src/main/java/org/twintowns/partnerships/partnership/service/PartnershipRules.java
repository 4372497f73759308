package org.twintowns.partnerships.partnership.service;

import org.twintowns.commons.validation.RequestRules;
import org.twintowns.commons.validation.Violations;
import org.twintowns.partnerships.partnership.rest.PartnershipRequest;
import org.twintowns.partnerships.partnership.rest.PartnershipUpdateRequest;

/**
 * The rules of {@link PartnershipChecks} that need nothing but the request, run with the request's
 * constraints ({@code @CheckedBy}) so that a body hears of its constraint and rule failures at once.
 */
public final class PartnershipRules {

    private PartnershipRules() {
    }

    /** For a create: the founding date and initial history, then the content. */
    public static final class ForCreate implements RequestRules<PartnershipRequest> {
        @Override
        public void check(PartnershipRequest request, Violations violations) {
            PartnershipChecks.checkFounding(request, violations);
            PartnershipChecks.checkContent(request, violations);
        }
    }

    /** For a full update: the content. */
    public static final class ForUpdate implements RequestRules<PartnershipUpdateRequest> {
        @Override
        public void check(PartnershipUpdateRequest request, Violations violations) {
            PartnershipChecks.checkContent(request, violations);
        }
    }
}
