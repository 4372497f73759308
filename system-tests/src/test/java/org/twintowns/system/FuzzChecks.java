package org.twintowns.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What every answer to a generated request must be: an answer at all, within {@link #SLOW_MILLIS};
 * never a 5xx; for every error an RFC 9457 problem whose members agree with the status; nothing
 * internal in headers or body; and for a caller without a valid token, no trace of a hidden item.
 */
final class FuzzChecks {

    /** A failed check: its kind, and the key cases of one class share (kind, status, operation). */
    record Failure(String kind, String key, String detail) {
    }

    static final long SLOW_MILLIS = 5_000;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Signs of internals; none of them matches a value the fuzzer itself sends. */
    private static final Map<String, Pattern> LEAKS = Map.of(
            "stack trace", Pattern.compile("\\bat [a-zA-Z_$][\\w$]*(?:\\.[\\w$<>]+)+\\((?:[\\w$]+\\.java:\\d+|Native Method|Unknown Source)?\\)|Caused by: |\\.java:\\d+\\)"),
            "exception name", Pattern.compile("\\b[A-Z][A-Za-z0-9]*(?:Exception|Error)\\b(?![-a-z])"),
            "java class name", Pattern.compile("\\b(?:java|javax|jakarta|sun|com|org|io|net)\\.(?:[a-z_][a-z0-9_]*\\.)+[A-Z][A-Za-z0-9_$]*"),
            "sql", Pattern.compile("(?i)PSQLException|SQLState|SQL state|org\\.hibernate|org\\.postgresql|syntax error at or near"
                    + "|violates (?:unique|foreign key|check|not-null) constraint|duplicate key value|relation \"\\w+\" does not exist"
                    + "|could not execute (?:statement|query)|\\bselect\\s+[\\w.*,\\s]+\\s+from\\s+\\w+|\\binsert\\s+into\\s+\\w+"
                    + "|\\bupdate\\s+\\w+\\s+set\\s+\\w+\\s*=|\\bdelete\\s+from\\s+\\w+"),
            "file path", Pattern.compile("(?<![\\w.])/(?:home|root|usr|opt|tmp|work|var|srv)/[\\w.-]+/|\\b[A-Z]:\\\\\\w|\\.jar!/"));

    private final List<String> hidden;

    FuzzChecks(List<String> hidden) {
        this.hidden = hidden;
    }

    List<Failure> check(FuzzCase request, RawHttp.Answer answer) {
        List<Failure> failures = new ArrayList<>();
        String route = request.target().substring(request.target().indexOf('@') + 1);
        String operation = "@" + route + " " + request.operation();
        if (answer.error() != null) {
            String kind = answer.error().startsWith("no answer") ? "hang" : "no answer";
            failures.add(new Failure(kind, kind + " | " + operation, answer.error()));
            return failures;
        }
        int status = answer.status();
        if (answer.millis() > SLOW_MILLIS) {
            failures.add(new Failure("slow", "slow | " + operation, answer.millis() + " ms"));
        }
        String body = answer.text();
        if (status >= 500) {
            String type = problemType(body);
            failures.add(new Failure("5xx", "5xx | " + status + " " + type + " | " + operation,
                    status + (answer.header("Retry-After") != null ? " Retry-After: " + answer.header("Retry-After") : "")));
        }
        if (status >= 400) {
            // An empty refusal comes from the HTTP layer, before any operation: one class per status and route.
            String where = body.isEmpty() ? "@" + route + " (any operation)" : operation;
            problem(status, answer, body).ifPresent(detail -> failures.add(
                    new Failure("not a problem", "not a problem | " + status + " " + detail + " | " + where, detail)));
        }
        String everything = body + "\n" + answer.headers();
        for (Map.Entry<String, Pattern> leak : LEAKS.entrySet()) {
            Matcher match = leak.getValue().matcher(everything);
            if (match.find()) {
                failures.add(new Failure("leak", "leak: " + leak.getKey() + " | " + status + " | " + operation,
                        "\"" + FuzzCase.cut(match.group(), 120) + "\""));
            }
        }
        if (request.outsider()) {
            String seen = withoutEchoes(everything.toLowerCase(Locale.ROOT), request.requestTarget());
            for (String secret : hidden) {
                if (seen.contains(secret)) {
                    failures.add(new Failure("hidden item shown", "hidden item shown | " + status + " | " + operation,
                            "\"" + secret + "\" in the answer to a caller without a valid token"));
                }
            }
        }
        return failures;
    }

    /**
     * The request's own path segments and query values, which an answer may repeat (a problem's
     * instance, "No news item with id ..."), taken out before looking for secrets.
     */
    private static String withoutEchoes(String text, String requestTarget) {
        String result = text;
        for (String part : requestTarget.toLowerCase(Locale.ROOT).split("[/?&=;#]")) {
            String decoded;
            try {
                decoded = URLDecoder.decode(part.replace("+", "%2B"), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException notDecodable) {
                decoded = part;
            }
            for (String echo : List.of(part, decoded)) {
                if (echo.length() >= 8) {
                    result = result.replace(echo, "");
                }
            }
        }
        return result;
    }

    private static String problemType(String body) {
        try {
            return JSON.readTree(body).path("type").asText("(no type)").replace("https://twintowns.org/problems/", "");
        } catch (Exception notJson) {
            return "(no problem body)";
        }
    }

    /** What is wrong with an error answer as an RFC 9457 problem, if anything. */
    private static java.util.Optional<String> problem(int status, RawHttp.Answer answer, String body) {
        String contentType = answer.header("Content-Type");
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("application/problem+json")) {
            return java.util.Optional.of("Content-Type " + contentType + (body.isEmpty() ? ", empty body" : ""));
        }
        JsonNode problem;
        try {
            problem = JSON.readTree(body);
        } catch (Exception e) {
            return java.util.Optional.of("body is no JSON");
        }
        if (problem == null || !problem.isObject()) {
            return java.util.Optional.of("body is no JSON object");
        }
        if (problem.path("status").asInt(-1) != status) {
            return java.util.Optional.of("member status " + problem.path("status") + " differs");
        }
        for (String member : List.of("type", "title")) {
            if (!problem.path(member).isTextual() || problem.path(member).asText().isBlank()) {
                return java.util.Optional.of("member " + member + " missing");
            }
        }
        for (String member : List.of("detail", "instance")) {
            if (problem.has(member) && !problem.get(member).isTextual()) {
                return java.util.Optional.of("member " + member + " is no string");
            }
        }
        return java.util.Optional.empty();
    }
}
