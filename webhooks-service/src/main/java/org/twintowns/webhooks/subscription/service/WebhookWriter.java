package org.twintowns.webhooks.subscription.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.twintowns.commons.http.ETags;
import org.twintowns.commons.http.Versioned;
import org.twintowns.commons.persistence.Changes;
import org.twintowns.commons.persistence.TrackedEntity;
import org.twintowns.webhooks.outbound.Signatures;
import org.twintowns.webhooks.subscription.Subscription;
import org.twintowns.webhooks.subscription.mapping.WebhookMapper;
import org.twintowns.webhooks.subscription.repository.SubscriptionRepository;
import org.twintowns.webhooks.subscription.rest.SecretView;
import org.twintowns.webhooks.subscription.rest.WebhookRequest;
import org.twintowns.webhooks.subscription.rest.WebhookView;

/** The transactional writes of subscriptions; callers have validated and checked access first. */
@ApplicationScoped
public class WebhookWriter {

    /** How long the previous secret still signs after a rotation (Standard Webhooks: both are sent). */
    public static final Duration PREVIOUS_SECRET_VALIDITY = Duration.ofHours(24);

    @Inject
    SubscriptionRepository repository;

    @Inject
    WebhookAccess access;

    @Transactional
    public Versioned<WebhookView> create(WebhookRequest request, String owner) {
        Subscription s = new Subscription();
        WebhookMapper.apply(request, s);
        s.owner = owner;
        s.state = Subscription.State.ACTIVE;
        s.secret = Signatures.newSecret();
        repository.persistAndFlush(s);
        return new Versioned<>(WebhookMapper.toView(s, s.secret, TrackedEntity.now()), s.version);
    }

    @Transactional
    public Versioned<WebhookView> update(UUID id, String ifMatch, WebhookRequest request) {
        Subscription s = editable(id, ifMatch);
        if (Changes.apply(s, WebhookMapper::toRequest, x -> WebhookMapper.apply(request, x))) {
            repository.flush();
        }
        return versioned(s);
    }

    @Transactional
    public void delete(UUID id, String ifMatch) {
        Subscription s = editable(id, ifMatch);
        // Its deliveries and their attempts go with it (ON DELETE CASCADE).
        repository.delete(s);
    }

    @Transactional
    public SecretView rotateSecret(UUID id) {
        Subscription s = locked(id);
        OffsetDateTime now = TrackedEntity.now();
        s.previousSecret = s.secret;
        s.previousSecretUntil = now.plus(PREVIOUS_SECRET_VALIDITY);
        s.secret = Signatures.newSecret();
        s.touch();
        repository.flush();
        return new SecretView(s.secret, s.previousSecretUntil);
    }

    @Transactional
    public Versioned<WebhookView> enable(UUID id) {
        Subscription s = locked(id);
        if (s.state != Subscription.State.ACTIVE) {
            s.state = Subscription.State.ACTIVE;
            s.disabledReason = null;
            s.disabledAt = null;
            // A fresh start: the day of failures that disabled it does not count against it again.
            s.lastSuccessAt = TrackedEntity.now();
            repository.flush();
        }
        return versioned(s);
    }

    /** Locked until the write commits: a concurrent write with the same If-Match then sees the new version (412). */
    private Subscription editable(UUID id, String ifMatch) {
        Subscription s = locked(id);
        ETags.requireMatch(ifMatch, s.version);
        return s;
    }

    private Subscription locked(UUID id) {
        return repository.findForUpdate(id).filter(access::mayManage).orElseThrow(() -> WebhookProblems.notFound(id));
    }

    private Versioned<WebhookView> versioned(Subscription s) {
        return new Versioned<>(WebhookMapper.toView(s, null, TrackedEntity.now()), s.version);
    }
}
