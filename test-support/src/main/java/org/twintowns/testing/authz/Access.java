package org.twintowns.testing.authz;

/** Who may call a write operation, as the authorization matrix checks it. */
public enum Access {
    /** Admins only: an editor gets 403 even for what belongs to the municipalities in their token. */
    ADMIN,
    /** Admins, and editors acting for a municipality the written data belongs to (before and after). */
    OWNER,
    /** Admins and any editor: what the operation writes belongs to no municipality. */
    EDITOR,
    /** Anyone, without a token (registering for an event, for instance). */
    PUBLIC
}
