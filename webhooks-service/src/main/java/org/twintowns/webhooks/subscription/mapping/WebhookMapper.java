package org.twintowns.webhooks.subscription.mapping;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.twintowns.webhooks.subscription.Subscription;
import org.twintowns.webhooks.subscription.rest.WebhookRequest;
import org.twintowns.webhooks.subscription.rest.WebhookView;

/** Between subscriptions and their records. */
public final class WebhookMapper {

    private WebhookMapper() {
    }

    public static void apply(WebhookRequest request, Subscription s) {
        s.url = request.url();
        s.types = Subscription.join(request.types());
        s.municipalities = Subscription.join(request.municipalities());
        s.countries = Subscription.join(request.countries());
        s.description = request.description();
    }

    public static WebhookRequest toRequest(Subscription s) {
        return new WebhookRequest(s.url, s.typeList(), s.municipalityList().stream().map(UUID::fromString).toList(),
                s.countryList(), s.description);
    }

    public static WebhookView toView(Subscription s, String secret, OffsetDateTime now) {
        OffsetDateTime previousUntil = s.previousSecretUntil != null && s.previousSecretUntil.isAfter(now)
                ? s.previousSecretUntil : null;
        List<UUID> municipalities = s.municipalityList().stream().map(UUID::fromString).toList();
        return new WebhookView(s.id, s.url, s.typeList(), municipalities, s.countryList(), s.description, s.state,
                s.disabledReason, s.disabledAt, previousUntil, s.owner, s.createdAt, s.updatedAt, secret);
    }
}
