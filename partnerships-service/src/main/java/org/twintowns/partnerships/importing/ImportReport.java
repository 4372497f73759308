package org.twintowns.partnerships.importing;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.twintowns.commons.text.Texts;

/** What an import did with every row of its file. */
@Schema(name = "ImportReport")
public record ImportReport(
        @Schema(examples = "destatis-municipalities", maxLength = 60) String source,
        @Schema(description = "True when nothing was written") boolean dryRun,
        @Schema(description = "Rows read, excluding the header and rows that describe no record", minimum = "0",
                maximum = MAX_INT) int rows,
        @Schema(description = "Rows by outcome") Map<Outcome, @Min(0) @Max(Integer.MAX_VALUE) Integer> outcomes,
        @Schema(description = "Figures specific to the source, such as the share of places matched to an AGS")
        Map<String, Object> figures,
        @Schema(examples = "2140", minimum = "0", maximum = "" + Long.MAX_VALUE) long durationMillis,
        @Schema(description = "One entry per row, in file order") List<Row> details) {

    static final String MAX_INT = "" + Integer.MAX_VALUE;
    static final int MAX_KEY_LENGTH = 300;
    static final int MAX_REASON_LENGTH = 1000;

    /** What happened to a row. */
    @Schema(name = "ImportOutcome")
    public enum Outcome { CREATED, MATCHED, UPDATED, SKIPPED, FAILED }

    /** The result of one row. */
    @Schema(name = "ImportRow")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Row(
            @Schema(description = "Line in the file, counting the header as line 1", minimum = "1", maximum = MAX_INT)
            int line,
            @Schema(description = "What the row is about (cut to " + MAX_KEY_LENGTH + " characters)",
                    examples = "16053000 Jena", maxLength = MAX_KEY_LENGTH) String key,
            Outcome outcome,
            @Schema(description = "Why it was skipped, failed or updated, and notes on the row such as surplus columns"
                    + " (cut to " + MAX_REASON_LENGTH + " characters)",
                    maxLength = MAX_REASON_LENGTH) String reason,
            @Schema(description = "The record created, matched or updated") UUID id) {

        // Keys and reasons quote the file, whose fields have no length of their own.
        public Row {
            key = Texts.clip(key, MAX_KEY_LENGTH);
            reason = Texts.clip(reason, MAX_REASON_LENGTH);
        }
    }

    /** Collects rows while an import runs. */
    public static final class Builder {

        private final String source;
        private final boolean dryRun;
        private final long started = System.nanoTime();
        private final List<Row> details = new ArrayList<>();
        private final Map<Outcome, Integer> outcomes = new EnumMap<>(Outcome.class);
        private final Map<String, Object> figures = new java.util.LinkedHashMap<>();
        private final Map<Integer, List<String>> notes = new java.util.TreeMap<>();

        public Builder(String source, boolean dryRun) {
            this.source = source;
            this.dryRun = dryRun;
            for (Outcome outcome : Outcome.values()) {
                outcomes.put(outcome, 0);
            }
        }

        public void add(int line, String key, Outcome outcome, String reason, UUID id) {
            details.add(new Row(line, key, outcome, reason, id));
            outcomes.merge(outcome, 1, Integer::sum);
        }

        /** Rows reported so far. */
        public int reported() {
            return details.size();
        }

        /** A remark on a line of the file, added to that row's reason when the report is built. */
        public void note(int line, String note) {
            notes.computeIfAbsent(line, l -> new ArrayList<>()).add(note);
        }

        public void figure(String name, Object value) {
            figures.put(name, value);
        }

        /**
         * The report with its details in file order: an importer reports the rows it refuses while it
         * reads the file and the others when it writes them, so they are sorted by line (a stable sort:
         * rows of one line keep their order). Notes go onto their row; a noted line the import reported
         * nothing for (a Destatis state or district row) is counted in the figure {@code rowsNotedWithoutDetail}.
         */
        public ImportReport build() {
            List<Row> ordered = new ArrayList<>(details.size());
            Map<Integer, List<String>> unclaimed = new java.util.TreeMap<>(notes);
            for (Row row : details) {
                List<String> remarks = unclaimed.remove(row.line());
                ordered.add(remarks == null ? row : withNotes(row, remarks));
            }
            ordered.sort(java.util.Comparator.comparingInt(Row::line));
            if (!notes.isEmpty()) {
                figures.put("rowsNoted", notes.size());
                figures.put("rowsNotedWithoutDetail", unclaimed.size());
            }
            return new ImportReport(source, dryRun, details.size(), outcomes, figures,
                    Duration.ofNanos(System.nanoTime() - started).toMillis(), List.copyOf(ordered));
        }

        private static Row withNotes(Row row, List<String> remarks) {
            String joined = String.join("; ", remarks);
            return new Row(row.line(), row.key(), row.outcome(),
                    row.reason() == null ? joined : row.reason() + "; " + joined, row.id());
        }
    }
}
