package org.twintowns.partnerships.importing.twinning;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVRecord;
import org.twintowns.commons.problem.ProblemException;

/**
 * Which column of a twinning list holds what, and the values that hold for every row. Keys name a
 * side's field ({@code a.name}, {@code b.country}, ...; side A is the place whose list names the
 * pair, side B its partner) or the row's ({@code type}, {@code start}, {@code source.name}, ...).
 * A mapping is checked as a whole when it is made, and against the file's header before the
 * import reads a row: either refusal is a 400 that names the key, and nothing is written.
 *
 * <p>The query-parameter form is a comma-separated list of {@code key=column}, {@code key=@value}
 * (a value for every row) and the options {@code preset=}, {@code list=}, {@code delimiter=} and
 * {@code language=}: {@code a.name=Stadt,a.country=@DE,b.name=Partnerstadt,b.country=Land,
 * start=seit,source.name=@Partnerschaftsliste 2024}. The JSON form says the same with an object
 * per kind: {@code {"columns": {"a.name": "Stadt"}, "fixed": {"a.country": "DE"}, "list": "...",
 * "delimiter": "semicolon", "language": "de", "preset": "..."}}. A preset's keys are the base that
 * the given ones replace.
 */
public record TwinningMapping(String list, Map<String, String> columns, Map<String, String> fixed,
                              Character delimiter, String language) {

    /** The fields of each side: {@code a.<field>} and {@code b.<field>}. */
    static final List<String> SIDE_FIELDS = List.of("name", "country", "lat", "lon", "ags", "qid", "population",
            "kind");
    /** The fields of a row. */
    static final List<String> ROW_FIELDS = List.of("type", "start", "source.name", "source.url", "verified",
            "population.year");
    static final String DEFAULT_LIST = "twinning-list";

    private static final Set<String> KEYS = keys();
    private static final Pattern LIST_NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");
    private static final Map<String, Character> DELIMITERS = Map.of("tab", '\t', "comma", ',', "semicolon", ';');
    private static final ObjectMapper JSON = new ObjectMapper();

    public TwinningMapping {
        columns = Map.copyOf(columns);
        fixed = Map.copyOf(fixed);
        check(list, columns, fixed, language);
    }

    /** The preset of that name; a 400 naming the presets when there is none. */
    public static TwinningMapping preset(String name) {
        TwinningMapping preset = TwinningPresets.ALL.get(name);
        if (preset == null) {
            throw invalid("no preset is called '" + name + "'; the presets are " + presets());
        }
        return preset;
    }

    public static Set<String> presets() {
        return new java.util.TreeSet<>(TwinningPresets.ALL.keySet());
    }

    /** The query-parameter form: {@code a.name=Stadt,a.country=@DE,...}. */
    public static TwinningMapping parse(String queryForm) {
        if (queryForm == null || queryForm.isBlank()) {
            throw invalid("is empty; name at least the columns a.name, a.country, b.name and b.country");
        }
        Builder builder = new Builder();
        for (String entry : queryForm.split(",")) {
            if (entry.isBlank()) {
                continue;
            }
            int equals = entry.indexOf('=');
            if (equals <= 0) {
                throw invalid("'" + entry.strip() + "' is not key=column or key=@value");
            }
            String key = entry.substring(0, equals).strip();
            String value = entry.substring(equals + 1).strip();
            if (value.startsWith("@")) {
                builder.set(key, value.substring(1).strip(), true);
            } else {
                builder.set(key, value, false);
            }
        }
        return builder.build();
    }

    /** The JSON form: {@code {"columns": {...}, "fixed": {...}, "list": ..., "delimiter": ..., "language": ..., "preset": ...}}. */
    public static TwinningMapping fromJson(String json) {
        JsonNode root;
        try {
            root = JSON.readTree(json == null ? "" : json);
        } catch (JsonProcessingException e) {
            throw invalid("is not JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw invalid("must be a JSON object with \"columns\" and \"fixed\"");
        }
        Builder builder = new Builder();
        for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            JsonNode value = root.get(name);
            switch (name) {
                case "columns", "fixed" -> {
                    if (!value.isObject()) {
                        throw invalid("\"" + name + "\" must be an object of key: "
                                + (name.equals("columns") ? "column" : "value"));
                    }
                    value.fields().forEachRemaining(e -> builder.set(e.getKey(), text(name + "." + e.getKey(),
                            e.getValue()), name.equals("fixed")));
                }
                case "preset", "list", "delimiter", "language" -> builder.set(name, text(name, value), false);
                default -> throw invalid("\"" + name + "\" is not part of a mapping; it has columns, fixed, preset, "
                        + "list, delimiter and language");
            }
        }
        return builder.build();
    }

    /** Whether the mapping says where the key's value comes from. */
    boolean has(String key) {
        return columns.containsKey(key) || fixed.containsKey(key);
    }

    /** The key's value in this record: the fixed one, or the column's, trimmed; empty when there is none. */
    String value(CSVRecord record, String key) {
        String value = fixed.get(key);
        if (value != null) {
            return value;
        }
        String column = columns.get(key);
        return column != null && record.isMapped(column) && record.isSet(column) ? record.get(column).strip() : "";
    }

    /** Refuses a file that lacks a column the mapping names, before any row is read. */
    void checkHeader(List<String> header) {
        columns.entrySet().stream().filter(e -> !header.contains(e.getValue())).findFirst().ifPresent(e -> {
            throw ProblemException.invalidField("body", "has no column '" + e.getValue() + "', which the mapping "
                    + "names for " + e.getKey() + "; its columns are " + header + "; nothing was imported");
        });
    }

    private static void check(String list, Map<String, String> columns, Map<String, String> fixed, String language) {
        for (String key : concat(columns.keySet(), fixed.keySet())) {
            if (!KEYS.contains(key)) {
                throw invalid("'" + key + "' is not a key; the keys are " + new java.util.TreeSet<>(KEYS));
            }
        }
        columns.forEach((key, column) -> {
            if (column.isEmpty()) {
                throw invalid(key + " names no column");
            }
            if (fixed.containsKey(key)) {
                throw invalid(key + " is both a column and a fixed value");
            }
        });
        for (String side : List.of("a", "b")) {
            boolean named = columns.containsKey(side + ".name") || fixed.containsKey(side + ".name");
            boolean identified = columns.containsKey(side + ".qid") || fixed.containsKey(side + ".qid");
            if (!named && !identified) {
                throw invalid(side + ".name is required (or " + side + ".qid, with a names file)");
            }
            if (named && !identified && !columns.containsKey(side + ".country")
                    && !fixed.containsKey(side + ".country")) {
                throw invalid(side + ".country is required: a column, or @<code> for every row");
            }
            if (columns.containsKey(side + ".lat") != columns.containsKey(side + ".lon")) {
                throw invalid(side + ".lat and " + side + ".lon go together");
            }
        }
        if (!columns.containsKey("source.name") && !fixed.containsKey("source.name")) {
            throw invalid("source.name is required: who says so, a column or @<name> for every row");
        }
        fixed.forEach(TwinningValues::checkFixed);
        if (!LIST_NAME.matcher(list).matches() || list.length() > 60) {
            throw invalid("list '" + list + "' must be lower-case letters, digits and dashes, at most 60");
        }
        if (language != null && !LANGUAGE.matcher(language).matches()) {
            throw invalid("language '" + language + "' must be a two- or three-letter code such as en");
        }
    }

    private static Set<String> keys() {
        Set<String> keys = new java.util.HashSet<>(ROW_FIELDS);
        for (String field : SIDE_FIELDS) {
            keys.add("a." + field);
            keys.add("b." + field);
        }
        return Set.copyOf(keys);
    }

    private static List<String> concat(Set<String> a, Set<String> b) {
        List<String> both = new ArrayList<>(a);
        both.addAll(b);
        return both;
    }

    private static String text(String where, JsonNode value) {
        if (!value.isTextual() && !value.isNumber()) {
            throw invalid(where + " must be a string");
        }
        return value.asText().strip();
    }

    static ProblemException invalid(String message) {
        return ProblemException.invalidField("mapping", message);
    }

    /** Collects keys in the order given; a preset is the base, whatever its place in the list. */
    private static final class Builder {

        private TwinningMapping base;
        private String list;
        private Character delimiter;
        private String language;
        private final Map<String, String> columns = new LinkedHashMap<>();
        private final Map<String, String> fixed = new LinkedHashMap<>();

        void set(String key, String value, boolean isFixed) {
            switch (key) {
                case "preset" -> base = preset(value);
                case "list" -> list = value;
                case "language" -> language = value;
                case "delimiter" -> {
                    delimiter = DELIMITERS.get(value);
                    if (delimiter == null) {
                        throw invalid("delimiter '" + value + "' must be one of " + new java.util.TreeSet<>(
                                DELIMITERS.keySet()));
                    }
                }
                default -> {
                    if (columns.containsKey(key) || fixed.containsKey(key)) {
                        throw invalid(key + " is given twice");
                    }
                    (isFixed ? fixed : columns).put(key, value);
                }
            }
        }

        TwinningMapping build() {
            Map<String, String> allColumns = new LinkedHashMap<>(base == null ? Map.of() : base.columns());
            Map<String, String> allFixed = new LinkedHashMap<>(base == null ? Map.of() : base.fixed());
            columns.forEach((key, column) -> {
                allFixed.remove(key);
                allColumns.put(key, column);
            });
            fixed.forEach((key, value) -> {
                allColumns.remove(key);
                allFixed.put(key, value);
            });
            return new TwinningMapping(list != null ? list : base != null ? base.list() : DEFAULT_LIST,
                    allColumns, allFixed, delimiter != null ? delimiter : base == null ? null : base.delimiter(),
                    language != null ? language : base == null ? null : base.language());
        }
    }
}
