package org.twintowns.partnerships.importing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestResponse;
import org.twintowns.commons.http.PreferWait;
import org.twintowns.commons.paging.Listings;
import org.twintowns.commons.paging.Page;
import org.twintowns.commons.paging.PageParams;
import org.twintowns.commons.paging.Paging;
import org.twintowns.commons.problem.ProblemException;
import org.twintowns.partnerships.importing.ImportReport.Outcome;

/** What the import resource does with jobs: checks and queues them, shows them, waits for them. */
@ApplicationScoped
public class ImportJobQueue {

    private static final Duration WAIT_POLL = Duration.ofMillis(200);

    @Inject
    ImportJobs jobs;

    @Inject
    ImportWorker worker;

    @Inject
    Listings listings;

    /** Checks the input as the import will read it (400 when it cannot) and queues the job: 202. */
    public RestResponse<ImportJob> accept(String source, boolean dryRun, String text, String options, String names,
                                          String requestedBy) {
        ImportKind kind = worker.kind(source).orElseThrow();
        ImportKind.ImportInput input = new ImportKind.ImportInput(text, options, names);
        try {
            kind.check(input);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ImportJob job = jobs.enqueue(source, dryRun, options, text, names, requestedBy);
        worker.wake();
        return RestResponse.ResponseBuilder.<ImportJob>accepted(withQueue(job))
                .header(HttpHeaders.LOCATION, jobs.location(job.id()))
                .header(HttpHeaders.CACHE_CONTROL, "no-store").build();
    }

    public Page<ImportJob> list(PageParams params) {
        return jobs.list(listings.of(params, ImportJobs.SORTABLE, ImportJobs.DEFAULT_SORT, "id"));
    }

    /** The job; with {@code Prefer: wait=N}, once it has ended or after N seconds. */
    public RestResponse<ImportJob> get(UUID id, String prefer) {
        ImportJob job = find(id);
        if (job == null) {
            throw ProblemException.notFound("import job", id);
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(PreferWait.seconds(prefer)).toNanos();
        while (!job.state().ended() && System.nanoTime() - deadline < 0) {
            try {
                Thread.sleep(WAIT_POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            job = Optional.ofNullable(find(id)).orElse(job);
        }
        return RestResponse.ResponseBuilder.ok(withQueue(job)).header(HttpHeaders.CACHE_CONTROL, "no-store").build();
    }

    public ImportJob find(UUID id) {
        return jobs.find(id).orElse(null);
    }

    public Page<ImportReport.Row> rows(UUID id, Outcome outcome, Paging page) {
        return jobs.rows(id, outcome, page);
    }

    private ImportJob withQueue(ImportJob job) {
        return job.state() == ImportJob.State.QUEUED ? job.withJobsAhead(jobs.jobsAhead(job.id())) : job;
    }
}
