package org.twintowns.testing.contract;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.model.Changed;
import org.openapitools.openapidiff.core.model.ChangedApiResponse;
import org.openapitools.openapidiff.core.model.ChangedContent;
import org.openapitools.openapidiff.core.model.ChangedHeaders;
import org.openapitools.openapidiff.core.model.ChangedMediaType;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.model.ChangedOperation;
import org.openapitools.openapidiff.core.model.ChangedParameter;
import org.openapitools.openapidiff.core.model.ChangedParameters;
import org.openapitools.openapidiff.core.model.ChangedRequestBody;
import org.openapitools.openapidiff.core.model.ChangedResponse;
import org.openapitools.openapidiff.core.model.ChangedSchema;
import org.openapitools.openapidiff.core.model.Endpoint;
import org.twintowns.commons.openapi.LimitsFilter;
import org.twintowns.commons.openapi.PatternLengths;

/**
 * The changes between two versions of a contract that break existing clients, found with
 * openapi-diff and named one per line, so that each can be acknowledged on purpose: an operation
 * or response removed, a field removed from a response, a type changed or narrowed, a new required
 * input, a status code that is no longer answered.
 */
public final class BreakingChanges {

    private final List<String> found = new ArrayList<>();
    /** Whether a change openapi-diff flags was looked at and judged (possibly harmless) here. */
    private boolean judged;

    private BreakingChanges() {
    }

    /** Each breaking change from {@code before} to {@code after} (OpenAPI YAML or JSON), as "METHOD /path: what". */
    public static List<String> between(String before, String after) {
        return of(OpenApiCompare.fromSpecifications(Oas31.fromContents(before), Oas31.fromContents(after)));
    }

    /** The same for two files, whose references to files beside them are resolved. */
    public static List<String> between(Path before, Path after) {
        return of(OpenApiCompare.fromSpecifications(Oas31.fromLocation(before.toAbsolutePath().toString()),
                Oas31.fromLocation(after.toAbsolutePath().toString())));
    }

    private static List<String> of(ChangedOpenApi diff) {
        BreakingChanges changes = new BreakingChanges();
        for (Endpoint removed : diff.getMissingEndpoints()) {
            changes.found.add(name(removed.getMethod().name(), removed.getPathUrl()) + ": operation removed");
        }
        for (ChangedOperation operation : diff.getChangedOperations()) {
            changes.operation(operation);
        }
        return changes.found.stream().sorted().toList();
    }

    private static String name(String method, String path) {
        return method.toUpperCase(Locale.ROOT) + " " + path;
    }

    private void operation(ChangedOperation operation) {
        String at = name(operation.getHttpMethod().name(), operation.getPathUrl());
        int before = found.size();
        judged = false;
        parameters(at, operation.getParameters());
        requestBody(at, operation.getRequestBody());
        responses(at, operation.getApiResponses());
        if (incompatible(operation.getSecurityRequirements())) {
            found.add(at + ": security requirements changed");
        }
        if (found.size() == before && operation.isIncompatible() && !judged) {
            found.add(at + ": changed incompatibly");
        }
    }

    private void parameters(String at, ChangedParameters parameters) {
        if (!different(parameters)) {
            return;
        }
        for (var added : parameters.getIncreased()) {
            if (Boolean.TRUE.equals(added.getRequired())) {
                found.add(at + ": new required " + added.getIn() + " parameter " + added.getName());
            }
        }
        for (var missing : parameters.getMissing()) {
            found.add(at + ": " + missing.getIn() + " parameter " + missing.getName() + " removed");
        }
        for (ChangedParameter changed : parameters.getChanged()) {
            if (!changed.isIncompatible()) {
                continue;
            }
            String where = at + ": " + changed.getIn() + " parameter " + changed.getName();
            if (changed.isChangeRequired()) {
                found.add(where + " now required");
            }
            schema(where, changed.getSchema(), true);
        }
    }

    private void requestBody(String at, ChangedRequestBody body) {
        if (!different(body)) {
            return;
        }
        if (body.isChangeRequired()) {
            found.add(at + ": request body now required");
        }
        content(at + ": request body", body.getContent(), true);
    }

    private void responses(String at, ChangedApiResponse responses) {
        if (!different(responses)) {
            return;
        }
        for (String status : responses.getMissing().keySet()) {
            found.add(at + ": response " + status + " removed");
        }
        for (Map.Entry<String, ChangedResponse> e : responses.getChanged().entrySet()) {
            ChangedResponse response = e.getValue();
            String where = at + ": response " + e.getKey();
            headers(where, response.getHeaders());
            content(where, response.getContent(), false);
        }
    }

    private void headers(String where, ChangedHeaders headers) {
        if (!different(headers)) {
            return;
        }
        headers.getMissing().keySet().forEach(name -> found.add(where + " header " + name + " removed"));
        headers.getChanged().forEach((name, header) -> {
            if (header.isRequired() && !Boolean.TRUE.equals(header.getNewHeader().getRequired())) {
                found.add(where + " header " + name + " no longer always sent");
            }
            schema(where + " header " + name, header.getSchema(), false);
        });
    }

    private void content(String where, ChangedContent content, boolean request) {
        if (!different(content)) {
            return;
        }
        for (String mediaType : content.getMissing().keySet()) {
            found.add(where + " " + mediaType + (request ? " no longer accepted" : " no longer sent"));
        }
        for (Map.Entry<String, ChangedMediaType> e : content.getChanged().entrySet()) {
            schema(where + " " + e.getKey(), e.getValue().getSchema(), request);
        }
    }

    /**
     * The breaking changes of a schema and, recursively, of its properties and items: what
     * openapi-diff finds incompatible, and a property removed from a response, which it lets pass
     * when the property was optional (a client may still rely on it).
     */
    private void schema(String where, ChangedSchema schema, boolean request) {
        if (!different(schema)) {
            return;
        }
        int before = found.size();
        boolean judgedBefore = judged;
        judged = false;
        if (schema.isChangedType()) {
            typeOrFormat(where, schema, request);
        }
        if (!request) {
            schema.getMissingProperties().keySet().forEach(p -> found.add(where + "." + p + " removed"));
        }
        if (incompatible(schema.getRequired())) {
            if (request) {
                schema.getRequired().getIncreased().forEach(p -> found.add(where + "." + p + " now required"));
            } else {
                schema.getRequired().getMissing().forEach(p -> found.add(where + "." + p + " no longer always sent"));
            }
        }
        if (different(schema.getEnumeration()) || different(schema.getMaxLength())
                || different(schema.getNumericRange())) {
            judged = true;
        }
        if (incompatible(schema.getEnumeration())) {
            // A response field that had no enum and now has one only got narrower: nothing breaks.
            boolean hadValues = !schema.getEnumeration().getOldValue().isEmpty();
            if (request) {
                found.add(where + ": enum values removed " + schema.getEnumeration().getMissing());
            } else if (hadValues) {
                found.add(where + ": enum values added " + schema.getEnumeration().getIncreased());
            }
        }
        if (schema.getMaxLength() != null && schema.getMaxLength().isDifferent()) {
            Integer was = schema.getMaxLength().getOldValue();
            Integer is = schema.getMaxLength().getNewValue();
            if (request ? narrower(was, is) && !impliedBefore(schema.getOldSchema(), is) : narrower(is, was)) {
                found.add(where + ": maxLength " + was + " -> " + is);
            }
        }
        if (schema.getNumericRange() != null && schema.getNumericRange().isDifferent()) {
            var range = schema.getNumericRange();
            boolean tighter = request
                    ? narrower(range.getOldMaximumValue(), range.getNewMaximumValue())
                            || narrower(negate(range.getOldMinimumValue()), negate(range.getNewMinimumValue()))
                    : narrower(range.getNewMaximumValue(), range.getOldMaximumValue())
                            || narrower(negate(range.getNewMinimumValue()), negate(range.getOldMinimumValue()));
            if (tighter) {
                found.add(where + (request ? ": accepted range narrowed" : ": sent range widened") + " ("
                        + range.getOldMinimumValue() + ".." + range.getOldMaximumValue() + " -> "
                        + range.getNewMinimumValue() + ".." + range.getNewMaximumValue() + ")");
            }
        }
        if (found.size() == before && schema.isCoreChanged().isIncompatible() && !judged) {
            found.add(where + ": schema changed incompatibly");
        }
        judged |= judgedBefore;
        schema.getChangedProperties().forEach((name, property) -> schema(where + "." + name, property, request));
        schema(where + "[]", schema.getItems(), request);
        schema(where + "{}", schema.getAddProp(), request);
    }

    /**
     * A changed type breaks clients either way; a format that is added only narrows, which breaks
     * what a client may send but not what it receives (openapi-diff counts both as a type change).
     */
    private void typeOrFormat(String where, ChangedSchema schema, boolean request) {
        judged = true;
        io.swagger.v3.oas.models.media.Schema<?> was = schema.getOldSchema();
        io.swagger.v3.oas.models.media.Schema<?> is = schema.getNewSchema();
        if (was == null || is == null || !java.util.Objects.equals(was.getType(), is.getType())) {
            found.add(where + ": type changed");
        } else if (was.getFormat() != null && !was.getFormat().equals(is.getFormat())) {
            found.add(where + ": format " + was.getFormat() + " -> " + is.getFormat());
        } else if (request && was.getFormat() == null && is.getFormat() != null
                && !impliedBefore(was, LimitsFilter.FORMAT_LENGTHS.getOrDefault(is.getFormat(), -1))) {
            found.add(where + ": format " + is.getFormat() + " required");
        }
    }

    /** True when the limit {@code is} lets through less than {@code was} (null: no limit). */
    private static <T extends Comparable<T>> boolean narrower(T was, T is) {
        return is != null && (was == null || is.compareTo(was) < 0);
    }

    private static java.math.BigDecimal negate(java.math.BigDecimal value) {
        return value == null ? null : value.negate();
    }

    /**
     * True when the old schema already allowed no value longer than the new maxLength: its format
     * fixes the length (uuid, date, date-time), or its pattern does.
     */
    private static boolean impliedBefore(io.swagger.v3.oas.models.media.Schema<?> old, int maxLength) {
        if (old == null) {
            return false;
        }
        Integer byFormat = LimitsFilter.FORMAT_LENGTHS.get(String.valueOf(old.getFormat()));
        if (byFormat != null && byFormat <= maxLength) {
            return true;
        }
        return old.getPattern() != null && PatternLengths.max(old.getPattern()).orElse(Integer.MAX_VALUE) <= maxLength;
    }

    private static boolean different(Changed changed) {
        return changed != null && changed.isDifferent();
    }

    private static boolean incompatible(Changed changed) {
        return changed != null && changed.isIncompatible();
    }
}
