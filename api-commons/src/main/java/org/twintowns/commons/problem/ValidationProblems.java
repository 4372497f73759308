package org.twintowns.commons.problem;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.util.Comparator;
import java.util.List;

/** Builds validation problems whose field names are what the client sent, not Java method paths. */
public final class ValidationProblems {

    private ValidationProblems() {
    }

    public static Problem from(ConstraintViolationException e) {
        boolean returnValue = e.getConstraintViolations().stream().anyMatch(ValidationProblems::isReturnValue);
        if (returnValue) {
            return ProblemType.INTERNAL_ERROR.problem(500, "The response could not be produced.");
        }
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field).thenComparing(Problem.FieldError::message))
                .toList();
        return of(errors);
    }

    public static Problem single(String field, String message) {
        return of(List.of(new Problem.FieldError(field, message)));
    }

    public static Problem of(List<Problem.FieldError> errors) {
        String detail = errors.size() == 1
                ? "The request has 1 invalid field."
                : "The request has " + errors.size() + " invalid fields.";
        ProblemType type = ProblemType.VALIDATION_FAILED;
        return new Problem(type.uri(), type.title(), 400, detail, null, null, errors);
    }

    private static boolean isReturnValue(ConstraintViolation<?> violation) {
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.RETURN_VALUE) {
                return true;
            }
        }
        return false;
    }

    /**
     * For a method parameter the path is {@code method.param.field...}: a body parameter yields
     * its inner path ({@code name}), a query or path parameter its own name ({@code size}).
     */
    static String fieldOf(ConstraintViolation<?> violation) {
        StringBuilder inner = new StringBuilder();
        String parameter = null;
        for (Path.Node node : violation.getPropertyPath()) {
            switch (node.getKind()) {
                case METHOD, CONSTRUCTOR, CROSS_PARAMETER -> { }
                case PARAMETER -> parameter = node.getName();
                default -> appendNode(inner, node);
            }
        }
        if (inner.length() > 0) {
            return inner.toString();
        }
        return parameter != null ? parameter : "request";
    }

    /** Hibernate Validator puts an element's index or key on the node inside the container. */
    private static void appendNode(StringBuilder path, Path.Node node) {
        if (node.isInIterable()) {
            if (node.getIndex() != null) {
                path.append('[').append(node.getIndex()).append(']');
            } else if (node.getKey() != null) {
                path.append('.').append(node.getKey());
            }
        }
        if (node.getKind() != ElementKind.CONTAINER_ELEMENT && node.getName() != null) {
            if (path.length() > 0) {
                path.append('.');
            }
            path.append(node.getName());
        }
    }
}
