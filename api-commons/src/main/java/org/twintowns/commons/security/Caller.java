package org.twintowns.commons.security;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is asking, as the bearer token says: anonymous, an editor acting for some municipalities
 * (the token's {@code municipalities} claim), or an admin. One place to answer "may this caller
 * see or change what belongs to these municipalities?".
 */
@RequestScoped
public class Caller {

    public static final String ADMIN = "admin";
    public static final String EDITOR = "editor";
    /** The claim that names the municipalities an editor acts for. */
    public static final String MUNICIPALITIES_CLAIM = "municipalities";

    /** Optional: applications without an authentication mechanism have no identity bean. */
    @Inject
    Instance<SecurityIdentity> identities;

    private SecurityIdentity identity() {
        return identities.isResolvable() ? identities.get() : null;
    }

    public boolean isAuthenticated() {
        SecurityIdentity identity = identity();
        return identity != null && !identity.isAnonymous();
    }

    public boolean isAdmin() {
        return isAuthenticated() && identity().hasRole(ADMIN);
    }

    public boolean isEditor() {
        return isAuthenticated() && identity().hasRole(EDITOR);
    }

    public String subject() {
        return isAuthenticated() ? identity().getPrincipal().getName() : null;
    }

    /** The municipalities the token says its holder acts for; empty for anyone else. */
    public Set<UUID> municipalities() {
        Set<UUID> ids = new HashSet<>();
        if (isAuthenticated() && identity().getPrincipal() instanceof JsonWebToken jwt
                && jwt.getClaim(MUNICIPALITIES_CLAIM) != null) {
            Object claim = jwt.getClaim(MUNICIPALITIES_CLAIM);
            if (claim instanceof Collection<?> values) {
                for (Object value : values) {
                    parse(String.valueOf(value).replace("\"", ""), ids);
                }
            }
        }
        return ids;
    }

    /** Admins act for everyone; editors for the municipalities in their token. */
    public boolean actsForAny(Collection<UUID> municipalityIds) {
        if (isAdmin()) {
            return true;
        }
        if (!isEditor()) {
            return false;
        }
        Set<UUID> own = municipalities();
        return municipalityIds.stream().anyMatch(own::contains);
    }

    /**
     * Refuses anyone who may not act for these municipalities: 401 without a token, 403 for a token
     * without the editor or admin role or for an editor acting for none of them.
     */
    public void requireActsForAny(Collection<UUID> municipalityIds) {
        if (!isAuthenticated()) {
            throw new UnauthorizedException();
        }
        if (!actsForAny(municipalityIds)) {
            throw new ForbiddenException();
        }
    }

    /** Refuses anyone but an admin: 401 without a token, 403 with any other. */
    public void requireAdmin() {
        if (!isAuthenticated()) {
            throw new UnauthorizedException();
        }
        if (!isAdmin()) {
            throw new ForbiddenException();
        }
    }

    private static void parse(String value, Set<UUID> into) {
        try {
            into.add(UUID.fromString(value));
        } catch (IllegalArgumentException notAnId) {
            // A malformed entry grants nothing.
        }
    }
}
