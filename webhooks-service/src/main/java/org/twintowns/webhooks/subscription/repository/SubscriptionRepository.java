package org.twintowns.webhooks.subscription.repository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.twintowns.webhooks.subscription.Subscription;

/** Finding subscriptions. */
@ApplicationScoped
public class SubscriptionRepository implements PanacheRepositoryBase<Subscription, UUID> {

    private static final Sort ORDER = Sort.by("createdAt").and("id");

    /** The subscriptions an owner sees; null owner for all (admins). */
    public PanacheQuery<Subscription> listed(String owner) {
        return owner == null ? findAll(ORDER) : find("owner", ORDER, owner);
    }

    public List<Subscription> active() {
        return list("state", Subscription.State.ACTIVE);
    }

    public Optional<Subscription> findForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }
}
