package org.twintowns.webhooks.subscription.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.twintowns.commons.http.Versioned;
import org.twintowns.commons.paging.Page;
import org.twintowns.commons.paging.Paging;
import org.twintowns.commons.persistence.TrackedEntity;
import org.twintowns.commons.problem.ProblemException;
import org.twintowns.webhooks.outbound.RefusedUrlException;
import org.twintowns.webhooks.outbound.UrlGuard;
import org.twintowns.webhooks.subscription.EventTypes;
import org.twintowns.webhooks.subscription.Subscription;
import org.twintowns.webhooks.subscription.mapping.WebhookMapper;
import org.twintowns.webhooks.subscription.repository.SubscriptionRepository;
import org.twintowns.webhooks.subscription.rest.SecretView;
import org.twintowns.webhooks.subscription.rest.WebhookRequest;
import org.twintowns.webhooks.subscription.rest.WebhookView;

/**
 * Registering and managing subscriptions: validates (the URL against the SSRF rules, which asks
 * DNS, so before any transaction), checks who may do it, then hands to {@link WebhookWriter}.
 */
@ApplicationScoped
public class WebhookService {

    @Inject
    SubscriptionRepository repository;

    @Inject
    WebhookWriter writer;

    @Inject
    WebhookAccess access;

    @Inject
    UrlGuard urls;

    public Versioned<WebhookView> create(WebhookRequest request) {
        access.requireSubscriber();
        check(request);
        access.requireScope(request.municipalities());
        checkUrl(request.url());
        return writer.create(request, access.subject());
    }

    public Versioned<WebhookView> update(UUID id, String ifMatch, WebhookRequest request) {
        access.requireSubscriber();
        check(request);
        manageable(id);
        access.requireScope(request.municipalities());
        checkUrl(request.url());
        return writer.update(id, ifMatch, request);
    }

    public void delete(UUID id, String ifMatch) {
        access.requireSubscriber();
        manageable(id);
        writer.delete(id, ifMatch);
    }

    public SecretView rotateSecret(UUID id) {
        access.requireSubscriber();
        manageable(id);
        return writer.rotateSecret(id);
    }

    public Versioned<WebhookView> enable(UUID id) {
        access.requireSubscriber();
        manageable(id);
        return writer.enable(id);
    }

    public Versioned<WebhookView> get(UUID id) {
        access.requireSubscriber();
        Subscription s = manageable(id);
        return new Versioned<>(WebhookMapper.toView(s, null, TrackedEntity.now()), s.version);
    }

    public Page<WebhookView> list(Paging paging) {
        String owner = access.listedOwner();
        var now = TrackedEntity.now();
        var query = repository.listed(owner);
        if (owner == null) {
            return Page.of(query.page(paging.page, paging.size).list(), paging, query.count())
                    .map(s -> WebhookMapper.toView(s, null, now));
        }
        // An editor's own, as far as their token still covers them: a handful, filtered here.
        List<Subscription> own = query.list().stream().filter(access::mayManage).toList();
        List<Subscription> page = own.stream().skip(paging.offset()).limit(paging.size).toList();
        return Page.of(page, paging, own.size()).map(s -> WebhookMapper.toView(s, null, now));
    }

    /**
     * The subscription if the caller may manage it; 404 otherwise, as if it did not exist. For the
     * delivery log too.
     */
    public Subscription manageable(UUID id) {
        access.requireSubscriber();
        return repository.findByIdOptional(id).filter(access::mayManage)
                .orElseThrow(() -> WebhookProblems.notFound(id));
    }

    private static void check(WebhookRequest request) {
        for (int i = 0; i < request.types().size(); i++) {
            if (!EventTypes.isValidPattern(request.types().get(i))) {
                throw ProblemException.invalidField("types[" + i + "]", "must be one of " + EventTypes.ALL
                        + ", a kind followed by .* (news.*), or *");
            }
        }
    }

    private void checkUrl(String url) {
        try {
            urls.check(url);
        } catch (RefusedUrlException e) {
            throw ProblemException.invalidField("url", e.getMessage());
        }
    }
}
