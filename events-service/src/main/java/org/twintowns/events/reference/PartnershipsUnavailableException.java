package org.twintowns.events.reference;

/** The partnerships service answered with an error other than 404, so no reference can be checked. */
public class PartnershipsUnavailableException extends RuntimeException {

    public PartnershipsUnavailableException(String message) {
        super(message);
    }
}
