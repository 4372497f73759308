package org.twintowns.webhooks.delivery.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.twintowns.commons.paging.Page;
import org.twintowns.commons.paging.Paging;
import org.twintowns.commons.problem.ProblemException;
import org.twintowns.webhooks.delivery.Delivery;
import org.twintowns.webhooks.delivery.DeliveryAttempt;
import org.twintowns.webhooks.delivery.repository.DeliveryRepository;
import org.twintowns.webhooks.delivery.rest.AttemptView;
import org.twintowns.webhooks.delivery.rest.DeliveryView;
import org.twintowns.webhooks.subscription.service.WebhookService;

/** A subscription's delivery log and its redeliveries, for whoever may manage the subscription. */
@ApplicationScoped
public class DeliveryService {

    /** The most events one redelivery since a point in time queues. */
    public static final int MAX_REDELIVERIES = 10_000;

    @Inject
    WebhookService webhooks;

    @Inject
    DeliveryRepository repository;

    @Inject
    DeliveryStore store;

    public Page<DeliveryView> list(UUID subscriptionId, Paging paging) {
        webhooks.manageable(subscriptionId);
        var query = repository.ofSubscription(subscriptionId);
        List<Delivery> items = query.page(paging.page, paging.size).list();
        Map<UUID, List<DeliveryAttempt>> attempts = repository.attempts(items.stream().map(d -> d.id).toList());
        return Page.of(items, paging, query.count()).map(d -> view(d, attempts.getOrDefault(d.id, List.of())));
    }

    public DeliveryView get(UUID subscriptionId, UUID id) {
        webhooks.manageable(subscriptionId);
        Delivery d = found(subscriptionId, id);
        return view(d, repository.attempts(List.of(id)).getOrDefault(id, List.of()));
    }

    public DeliveryView redeliver(UUID subscriptionId, UUID id) {
        webhooks.manageable(subscriptionId);
        found(subscriptionId, id);
        return get(subscriptionId, store.redeliver(id));
    }

    public int redeliverSince(UUID subscriptionId, OffsetDateTime since) {
        webhooks.manageable(subscriptionId);
        if (since.getYear() < 2000 || since.getYear() > 9999) {
            throw ProblemException.invalidField("since", "must be a date-time between the years 2000 and 9999");
        }
        return store.redeliverSince(subscriptionId, since, MAX_REDELIVERIES);
    }

    private Delivery found(UUID subscriptionId, UUID id) {
        return repository.ofSubscription(subscriptionId, id)
                .orElseThrow(() -> ProblemException.notFound("delivery of webhook " + subscriptionId, id));
    }

    private static DeliveryView view(Delivery d, List<DeliveryAttempt> attempts) {
        return new DeliveryView(d.id, d.eventId, d.eventType, d.subject, d.state, d.attempts,
                d.state == Delivery.State.PENDING ? d.nextAttemptAt : null, d.createdAt, d.finishedAt, d.redeliveryOf,
                attempts.stream().map(a -> new AttemptView(a.attemptedAt, a.statusCode, a.error, a.durationMs)).toList());
    }
}
