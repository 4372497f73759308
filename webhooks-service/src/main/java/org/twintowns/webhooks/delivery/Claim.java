package org.twintowns.webhooks.delivery;

import java.util.UUID;

/**
 * A delivery this replica holds the lease of: what to send and where, with the secrets to sign it
 * with (the previous one while a rotation's grace period lasts, else null).
 */
public record Claim(UUID deliveryId, UUID leaseToken, UUID subscriptionId, String eventId, String body, int attempts,
                    String url, String secret, String previousSecret) {
}
