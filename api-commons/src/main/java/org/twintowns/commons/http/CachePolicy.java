package org.twintowns.commons.http;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The {@code Cache-Control} of a public read whose answers keep longer (or shorter) than
 * {@link PublicCaching#DEFAULT}: the whole registry as GeoJSON, a calendar subscription.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface CachePolicy {

    /** The header as sent on an answer to a request without credentials. */
    String value();
}
