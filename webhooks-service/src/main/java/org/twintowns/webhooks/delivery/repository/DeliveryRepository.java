package org.twintowns.webhooks.delivery.repository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.twintowns.commons.persistence.PlanValues;
import org.twintowns.commons.persistence.PlanValues.ArrayStatement;
import org.twintowns.webhooks.delivery.Delivery;
import org.twintowns.webhooks.delivery.DeliveryAttempt;

/** Reading the delivery log. */
@ApplicationScoped
public class DeliveryRepository implements PanacheRepositoryBase<Delivery, UUID> {

    private static final ArrayStatement ATTEMPTS = PlanValues.anyOfIn(
            "SELECT a.* FROM delivery_attempt a WHERE a.delivery_id = %s ORDER BY a.id", "ids", "uuid");

    /** A subscription's deliveries, newest first. */
    public PanacheQuery<Delivery> ofSubscription(UUID subscriptionId) {
        return find("subscriptionId", Sort.descending("seq"), subscriptionId);
    }

    public Optional<Delivery> ofSubscription(UUID subscriptionId, UUID id) {
        return find("subscriptionId = ?1 and id = ?2", subscriptionId, id).firstResultOptional();
    }

    /** The attempts of these deliveries, oldest first, by delivery. */
    public Map<UUID, List<DeliveryAttempt>> attempts(Collection<UUID> deliveryIds) {
        if (deliveryIds.isEmpty()) {
            return Map.of();
        }
        // SQL, not HQL: Hibernate translates an HQL query with a list parameter again at every execution.
        // The page's ids out of the plan's sight: one plan kept, not one made at every read (PlanValues).
        UUID[] ids = deliveryIds.toArray(UUID[]::new);
        List<?> attempts = getEntityManager().createNativeQuery(ATTEMPTS.forLength(ids.length), DeliveryAttempt.class)
                .setParameter("ids", ids).getResultList();
        return attempts.stream().map(DeliveryAttempt.class::cast).collect(Collectors.groupingBy(a -> a.deliveryId));
    }
}
