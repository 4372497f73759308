package org.twintowns.commons.http;

import jakarta.ws.rs.NameBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a resource class whose GET answers {@link PublicCaching} makes cacheable: every resource with
 * reads carries it. A name binding rather than a global interceptor, because Quarkus REST 3.33 fails
 * (a NullPointerException, answered 500) when it runs a global writer interceptor for an answer no
 * resource method gave, such as a 406 to an Accept no operation produces (ContractFuzzIT found it).
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface PublicReads {
}
