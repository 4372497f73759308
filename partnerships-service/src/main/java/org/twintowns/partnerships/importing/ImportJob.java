package org.twintowns.partnerships.importing;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.twintowns.commons.problem.Problem;
import org.twintowns.partnerships.importing.ImportReport.Outcome;

/**
 * An import as a job: queued by the POST that uploads the file, run by a worker, and kept with its
 * report until {@code expiresAt}. A client polls it, or asks it with {@code Prefer: wait=N} to answer
 * once it ends.
 */
@Schema(name = "ImportJob", description = "An import: its state, how far it is and, once it ended, what it did")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ImportJob(
        UUID id,
        @Schema(examples = "wikidata-twinnings", maxLength = 60) String source,
        @Schema(description = "True when the job writes nothing") boolean dryRun,
        State state,
        @Schema(description = "While QUEUED: how many jobs run or wait before this one", minimum = "0",
                maximum = ImportReport.MAX_INT) Integer jobsAhead,
        Progress progress,
        @Schema(description = "Rows by outcome (once the job ended)")
        Map<Outcome, @Min(0) @Max(Integer.MAX_VALUE) Integer> outcomes,
        @Schema(description = "Figures specific to the source, such as the share of places matched to an AGS "
                + "(once the job ended)") Map<String, Object> figures,
        @Schema(description = "How long the import ran (once it ended)", minimum = "0",
                maximum = "" + Long.MAX_VALUE) Long durationMillis,
        @Schema(description = "Why the job failed (state FAILED); nothing of it was written")
        Problem problem,
        OffsetDateTime createdAt,
        @Schema(description = "When the job last changed: queued, started, progressed, ended or put back in line")
        OffsetDateTime updatedAt,
        OffsetDateTime startedAt,
        OffsetDateTime finishedAt,
        @Schema(description = "When the job and its report are deleted") OffsetDateTime expiresAt,
        @Schema(description = "The report's rows, in file order and paged (GET; filter by outcome); once the job "
                + "SUCCEEDED", maxLength = 2048) URI rows) {

    /** The job as it is, with how many jobs run or wait before it. */
    public ImportJob withJobsAhead(int ahead) {
        return new ImportJob(id, source, dryRun, state, ahead, progress, outcomes, figures, durationMillis, problem,
                createdAt, updatedAt, startedAt, finishedAt, expiresAt, rows);
    }

    /** Where a job is in its life. */
    @Schema(name = "ImportJobState", description = "QUEUED: waits for a worker; RUNNING; SUCCEEDED: done, report "
            + "complete (a dry run wrote nothing); FAILED: nothing was written, see problem")
    public enum State {
        QUEUED, RUNNING, SUCCEEDED, FAILED;

        public boolean ended() {
            return this == SUCCEEDED || this == FAILED;
        }
    }

    /** Rows done out of rows total. */
    @Schema(name = "ImportProgress")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Progress(
            @Schema(minimum = "0", maximum = ImportReport.MAX_INT) int rowsDone,
            @Schema(description = "Rows of the file, once it is read", minimum = "0",
                    maximum = ImportReport.MAX_INT) Integer rowsTotal) {
    }
}
