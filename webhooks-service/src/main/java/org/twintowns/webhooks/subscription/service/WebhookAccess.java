package org.twintowns.webhooks.subscription.service;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.twintowns.commons.problem.ProblemException;
import org.twintowns.commons.security.Caller;
import org.twintowns.webhooks.subscription.Subscription;

/**
 * Who may subscribe to what, with the roles and municipality scopes of writes (docs/tokens.md): an
 * admin to anything; an editor only with a filter of municipalities they act for; anyone else to
 * nothing. A subscription belongs to whoever registered it: an editor sees and manages their own
 * while their token still covers its municipalities, an admin every one.
 */
@ApplicationScoped
public class WebhookAccess {

    @Inject
    Caller caller;

    /** 401 without a token, 403 without the editor or admin role. */
    public void requireSubscriber() {
        if (!caller.isAuthenticated()) {
            throw new UnauthorizedException();
        }
        if (!caller.isAdmin() && !caller.isEditor()) {
            throw new ForbiddenException();
        }
    }

    /** Refuses a filter the caller may not subscribe with: an editor's must name only municipalities they act for. */
    public void requireScope(Collection<UUID> municipalities) {
        requireSubscriber();
        if (caller.isAdmin()) {
            return;
        }
        if (municipalities == null || municipalities.isEmpty()) {
            throw ProblemException.invalidField("municipalities",
                    "an editor subscribes to changes of the municipalities they act for: name at least one");
        }
        Set<UUID> own = caller.municipalities();
        if (!own.containsAll(municipalities)) {
            throw new ForbiddenException();
        }
    }

    /** Whether the caller may see and manage this subscription. */
    public boolean mayManage(Subscription s) {
        if (caller.isAdmin()) {
            return true;
        }
        if (!caller.isEditor() || !s.owner.equals(caller.subject())) {
            return false;
        }
        List<String> ids = s.municipalityList();
        Set<UUID> own = caller.municipalities();
        return !ids.isEmpty() && ids.stream().allMatch(id -> own.contains(UUID.fromString(id)));
    }

    /** The owner whose subscriptions the caller lists; null for admins (all). */
    public String listedOwner() {
        requireSubscriber();
        return caller.isAdmin() ? null : caller.subject();
    }

    public String subject() {
        return caller.subject();
    }
}
