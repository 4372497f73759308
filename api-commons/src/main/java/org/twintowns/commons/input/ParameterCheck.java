package org.twintowns.commons.input;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import java.lang.reflect.Method;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.twintowns.commons.problem.Problem;
import org.twintowns.commons.problem.ProblemException;
import org.twintowns.commons.problem.ProblemType;
import org.twintowns.commons.validation.Violations;

/**
 * No parameter is silently ignored or misread. Before a resource method runs, every query
 * parameter must be one the method declares (a misspelt or unsupported filter would otherwise
 * answer 200 with everything), and every id, date and date-time parameter, in the query or the
 * path, must parse: a 400 that names each such parameter and says what it takes, instead of
 * the framework's 404.
 */
public class ParameterCheck {

    /** Query parameters every operation accepts besides its own; none so far. */
    static final List<String> ACCEPTED_EVERYWHERE = List.of();

    private static final Pattern UUID_FORM = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Map<Class<?>, Format> FORMATS = Map.of(
            java.util.UUID.class, new Format("must be a UUID like 3f2b1c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d",
                    v -> UUID_FORM.matcher(v).matches()),
            LocalDate.class, new Format("must be a date like 2024-05-01", v -> parses(() -> LocalDate.parse(v))),
            OffsetDateTime.class, new Format(Format.DATE_TIME, v -> parses(() -> OffsetDateTime.parse(v))),
            ZonedDateTime.class, new Format(Format.DATE_TIME, v -> parses(() -> ZonedDateTime.parse(v))),
            Instant.class, new Format(Format.DATE_TIME, v -> parses(() -> Instant.parse(v))));

    private final Map<Method, DeclaredParameters> declared = new ConcurrentHashMap<>();

    @ServerRequestFilter
    public void check(ContainerRequestContext request, ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        if (method == null) {
            return;
        }
        DeclaredParameters parameters = declared.computeIfAbsent(method,
                m -> DeclaredParameters.of(resource.getResourceClass(), m));
        Map<String, List<String>> query = request.getUriInfo().getQueryParameters();
        List<String> unknown = query.keySet().stream()
                .filter(name -> !parameters.query().containsKey(name) && !ACCEPTED_EVERYWHERE.contains(name))
                .sorted().toList();
        if (!unknown.isEmpty()) {
            throw unknownParameters(unknown, parameters);
        }
        Violations violations = new Violations();
        checkValues(request.getUriInfo().getPathParameters(), parameters.path(), violations);
        checkValues(query, parameters.query(), violations);
        violations.throwIfAny();
    }

    private static void checkValues(Map<String, List<String>> sent, Map<String, Class<?>> types, Violations violations) {
        sent.forEach((name, values) -> {
            Format format = FORMATS.get(types.get(name));
            if (format != null && values.stream().anyMatch(v -> !v.isEmpty() && !format.accepts().test(v))) {
                violations.add(name, format.message());
            }
        });
    }

    private static ProblemException unknownParameters(List<String> unknown, DeclaredParameters parameters) {
        List<String> accepted = new java.util.ArrayList<>(parameters.query().keySet());
        accepted.addAll(ACCEPTED_EVERYWHERE);
        String acceptedText = accepted.isEmpty() ? "no query parameters" : String.join(", ", accepted.stream().sorted().toList());
        String detail = (unknown.size() == 1 ? "Unknown query parameter " : "Unknown query parameters ")
                + String.join(", ", unknown) + "; this operation accepts " + acceptedText + ".";
        List<Problem.FieldError> errors = unknown.stream()
                .map(name -> new Problem.FieldError(name, "is not a parameter of this operation; it accepts " + acceptedText))
                .toList();
        ProblemType type = ProblemType.VALIDATION_FAILED;
        return new ProblemException(new Problem(type.uri(), type.title(), 400, detail, null, null, errors));
    }

    private static boolean parses(Runnable parse) {
        try {
            parse.run();
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /** What a parameter of one type takes, and the message naming that form. */
    private record Format(String message, Predicate<String> accepts) {
        static final String DATE_TIME = "must be a date-time with offset like 2024-05-01T10:00:00Z "
                + "(ISO 8601; send + as %2B)";
    }
}
