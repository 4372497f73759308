package org.twintowns.news.item.service;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.UUID;
import org.twintowns.commons.persistence.TrackedEntity;
import org.twintowns.commons.problem.ProblemException;
import org.twintowns.commons.security.Caller;
import org.twintowns.news.item.NewsItem;

/**
 * Who may see and change which items: admins everything, editors the items issued by the
 * municipalities in their token, everyone else only what is public.
 */
@ApplicationScoped
public class NewsAccess {

    @Inject
    Caller caller;

    /** Editors and admins see non-public items they could also change. */
    public boolean mayEdit(NewsItem item) {
        return mayEdit(item.owners());
    }

    public boolean mayEdit(Set<UUID> owners) {
        return caller.isAuthenticated() && caller.actsForAny(owners);
    }

    /** 401 for anonymous callers, 403 for callers who do not act for these municipalities. */
    public void requireEdit(Set<UUID> owners) {
        requireEditorOrAdmin();
        if (!caller.actsForAny(owners)) {
            throw new ForbiddenException();
        }
    }

    /**
     * {@link #requireEdit} for a stored item, but an item the caller may not even see (a draft or an
     * embargoed item of a municipality they do not act for) is answered like an absent one, 404:
     * writes are no more an existence oracle than reads.
     */
    public void requireEdit(NewsItem item) {
        requireEditorOrAdmin();
        if (!caller.actsForAny(item.owners())) {
            if (!item.isPublicAt(TrackedEntity.now())) {
                throw ProblemException.notFound("news item", item.id);
            }
            throw new ForbiddenException();
        }
    }

    public void requireEditorOrAdmin() {
        if (!caller.isAuthenticated()) {
            throw new UnauthorizedException();
        }
        if (!caller.isAdmin() && !caller.isEditor()) {
            throw new ForbiddenException();
        }
    }

    /** The municipalities whose non-public items the caller may list; null for admins (all). */
    public Set<UUID> listableOwners() {
        requireEditorOrAdmin();
        return caller.isAdmin() ? null : caller.municipalities();
    }

    public String author() {
        return caller.subject();
    }
}
