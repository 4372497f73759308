package org.twintowns.commons.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import org.twintowns.commons.problem.Problem;

/** Runs the {@link RequestRules} a request names and reports each failure as a violation of its field. */
public class CheckedByValidator implements ConstraintValidator<CheckedBy, Object> {

    @SuppressWarnings("rawtypes")
    private RequestRules rules;

    @Override
    public void initialize(CheckedBy annotation) {
        try {
            Constructor<?> constructor = annotation.value().getDeclaredConstructor();
            // Rules classes are package-private utilities of their feature.
            constructor.setAccessible(true);
            rules = (RequestRules<?>) constructor.newInstance();
        } catch (NoSuchMethodException | InstantiationException | IllegalAccessException
                 | InvocationTargetException e) {
            throw new IllegalStateException("Cannot create the rules " + annotation.value().getName(), e);
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public boolean isValid(Object request, ConstraintValidatorContext context) {
        if (request == null) {
            return true;
        }
        Violations violations = new Violations();
        try {
            rules.check(request, violations);
        } catch (NullPointerException e) {
            // A rule met a value that is missing; its own constraint reports that, and the failures
            // the rules found before it still count. The service runs the rules again once the
            // request is whole.
        }
        if (violations.isEmpty()) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        for (Problem.FieldError error : violations.errors()) {
            // The whole path as one node: ValidationProblems renders it as the rule wrote it.
            context.buildConstraintViolationWithTemplate(escaped(error.message()))
                    .addPropertyNode(error.field())
                    .addConstraintViolation();
        }
        return false;
    }

    /** Messages quote client input; braces and dollars would otherwise be read as EL or parameters. */
    private static String escaped(String message) {
        return message.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}").replace("$", "\\$");
    }
}
