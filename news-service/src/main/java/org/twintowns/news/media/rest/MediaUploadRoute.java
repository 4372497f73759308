package org.twintowns.news.media.rest;

import io.vertx.core.http.HttpMethod;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.util.regex.Pattern;
import org.twintowns.commons.problem.LargeBodyRoute;
import org.twintowns.news.media.MediaConfig;

/**
 * The image upload is the one route of news-service that takes large bodies: one image of up to
 * {@code news.media.max-size} plus its form fields. Every other route keeps
 * {@code twintowns.http.max-body-size} (api-commons RouteBodyLimits).
 */
@ApplicationScoped
public class MediaUploadRoute {

    /** Room for the form fields and the multipart framing next to the image. */
    static final long FORM_ALLOWANCE = 64 * 1024;

    @Produces
    LargeBodyRoute upload(MediaConfig media) {
        return new LargeBodyRoute(HttpMethod.POST, Pattern.compile("/api/v1/news/[^/]+/media/?"),
                media.maxSize().asLongValue() + FORM_ALLOWANCE);
    }
}
