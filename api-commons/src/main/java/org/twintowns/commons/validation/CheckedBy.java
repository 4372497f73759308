package org.twintowns.commons.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Class-level constraint of a request record: its {@link RequestRules} run with its field
 * constraints, and each rule failure becomes a violation of the field it names.
 */
@Documented
@Constraint(validatedBy = CheckedByValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface CheckedBy {

    /** The rules; a class with a constructor without parameters. */
    @SuppressWarnings("rawtypes")
    Class<? extends RequestRules> value();

    String message() default "breaks a rule";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
