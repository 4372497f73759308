package org.twintowns.webhooks.subscription.service;

import java.util.UUID;
import org.twintowns.commons.problem.ProblemException;

/** The problems of the subscription API. */
public final class WebhookProblems {

    private WebhookProblems() {
    }

    /** An unknown subscription, or one the caller may not see: the same answer, so nothing leaks. */
    public static ProblemException notFound(UUID id) {
        return ProblemException.notFound("webhook", id);
    }
}
