package org.twintowns.partnerships.importing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.twintowns.commons.http.PublicBaseUrl;
import org.twintowns.commons.paging.Listing;
import org.twintowns.commons.paging.Listings;
import org.twintowns.commons.paging.Page;
import org.twintowns.commons.paging.Paging;
import org.twintowns.commons.persistence.SqlOrder;
import org.twintowns.commons.persistence.SqlPage;
import org.twintowns.commons.persistence.SqlTimes;
import org.twintowns.commons.persistence.TrackedEntity;
import org.twintowns.commons.persistence.WhereClause;
import org.twintowns.commons.problem.Problem;
import org.twintowns.commons.problem.ProblemException;
import org.twintowns.commons.problem.ProblemType;
import org.twintowns.partnerships.importing.ImportJob.State;
import org.twintowns.partnerships.importing.ImportReport.Outcome;
import org.twintowns.partnerships.partnership.config.PartnershipConfig;

/**
 * The import jobs in the database ({@code import_job}), which every replica shares: the line of
 * queued jobs, the claim of a worker, progress, the report, and their end.
 */
@ApplicationScoped
public class ImportJobs {

    public static final ProblemType QUEUE_FULL = ProblemType.of("import-queue-full", "Import queue full");
    /** A job whose import keeps meeting concurrent changes; it wrote nothing. */
    public static final ProblemType IMPORT_CONFLICT = ProblemType.of("import-conflict",
            "The registry changed while the import ran");
    static final int QUEUE_RETRY_AFTER_SECONDS = 30;
    /** The list's sort fields and their columns. */
    static final Map<String, String> SORTABLE = Map.of("createdAt", "created_at", "updatedAt", "updated_at");
    static final Sort DEFAULT_SORT = Sort.descending("created_at").and("id");
    /** Taken while a job is queued, so that two POSTs cannot both take the last place in line. */
    private static final long QUEUE_LOCK = 0x5454515545554545L;
    /** Times a job is started before it counts as failed (a replica stopped, or the registry kept changing under it). */
    static final int MAX_ATTEMPTS = 3;
    private static final String COLUMNS = "id, source, dry_run, state, rows_done, rows_total, cast(outcomes as text), "
            + "cast(figures as text), duration_millis, cast(problem as text), created_at, started_at, finished_at, "
            + "expires_at, updated_at";
    private static final TypeReference<Map<Outcome, Integer>> OUTCOMES = new TypeReference<>() {
    };
    private static final TypeReference<Map<String, Object>> FIGURES = new TypeReference<>() {
    };

    /** A claimed job with what its worker needs to run it. */
    public record Claimed(UUID id, String source, boolean dryRun, String options, String body, String names,
                          int attempts) {
    }

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    @Inject
    PartnershipConfig config;

    @Inject
    PublicBaseUrl publicUrl;

    /** Queues a job for a checked file; refuses it with 503 when {@code max-queued} jobs already wait. */
    @Transactional
    public ImportJob enqueue(String source, boolean dryRun, String options, String body, String names,
                             String requestedBy) {
        em.createNativeQuery("select pg_advisory_xact_lock(:key)").setParameter("key", QUEUE_LOCK).getSingleResult();
        long queued = ((Number) em.createNativeQuery("select count(*) from import_job where state = 'QUEUED'")
                .getSingleResult()).longValue();
        if (queued >= config.imports().maxQueued()) {
            throw new ProblemException(QUEUE_FULL.problem(503, queued + " imports are waiting already, the most the "
                    + "queue takes; nothing was queued. Send the file again after a while, or follow the queued jobs "
                    + "at GET /api/v1/imports/jobs"), Map.of("Retry-After", "" + QUEUE_RETRY_AFTER_SECONDS));
        }
        UUID id = UUID.randomUUID();
        em.createNativeQuery("insert into import_job (id, source, dry_run, state, options, requested_by, created_at, "
                        + "updated_at, body, names) values (:id, :source, :dryRun, 'QUEUED', :options, :by, :now, :now, "
                        + ":body, :names)")
                .setParameter("id", id).setParameter("source", source).setParameter("dryRun", dryRun)
                .setParameter("options", options).setParameter("by", requestedBy)
                .setParameter("now", TrackedEntity.now()).setParameter("body", body).setParameter("names", names)
                .executeUpdate();
        return find(id).orElseThrow();
    }

    @Transactional
    public Optional<ImportJob> find(UUID id) {
        List<?> rows = em.createNativeQuery("select " + COLUMNS + " from import_job where id = :id")
                .setParameter("id", id).getResultList();
        return rows.stream().findFirst().map(r -> view((Object[]) r));
    }

    /** The jobs of a list request, newest first unless it sorts otherwise. */
    @Transactional
    public Page<ImportJob> list(Listing listing) {
        WhereClause where = listing.restrict(new WhereClause(), "updated_at", "id");
        long total = ((Number) where.bind(em.createNativeQuery("select count(*) from import_job where "
                + where.condition())).getSingleResult()).longValue();
        List<?> rows = where.bind(em.createNativeQuery("select " + COLUMNS + " from import_job where "
                        + where.condition() + " order by " + SqlOrder.ofColumns(listing.sort(), SqlOrder.Nulls.DEFAULT)
                        + SqlPage.of(listing.offset(), listing.limit()))).getResultList();
        return listing.page(rows.stream().map(r -> view((Object[]) r)).toList(), total, ImportJob::updatedAt,
                job -> List.of(job.id()));
    }


    /** A report's rows in file order, optionally of one outcome only. */
    @Transactional
    public Page<ImportReport.Row> rows(UUID id, Outcome outcome, Paging page) {
        String where = "from import_job j, jsonb_array_elements(j.details) with ordinality as d(row, n) "
                + "where j.id = :id" + (outcome == null ? "" : " and d.row ->> 'outcome' = :outcome");
        var count = em.createNativeQuery("select count(*) " + where).setParameter("id", id);
        var select = em.createNativeQuery("select cast(d.row as text) " + where + " order by d.n"
                + SqlPage.of(page.offset(), page.size)).setParameter("id", id);
        if (outcome != null) {
            count.setParameter("outcome", outcome.name());
            select.setParameter("outcome", outcome.name());
        }
        long total = ((Number) count.getSingleResult()).longValue();
        List<ImportReport.Row> items = select.getResultList().stream()
                .map(r -> read((String) r, ImportReport.Row.class)).toList();
        return Page.of(items, page, total);
    }

    /**
     * The oldest queued job of the kind ({@code dryRun} or not), now RUNNING for this worker; a job
     * another worker is claiming at the same moment is passed over, not waited for.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Claimed> claim(boolean dryRun) {
        List<?> rows = em.createNativeQuery("update import_job set state = 'RUNNING', started_at = :now, "
                        + "updated_at = :now, "
                        + "heartbeat_at = :now, attempts = attempts + 1, rows_done = 0 where id = (select id from "
                        + "import_job where state = 'QUEUED' and dry_run = :dryRun order by created_at, id limit 1 "
                        + "for update skip locked) returning id, source, dry_run, options, body, names, attempts")
                .setParameter("now", TrackedEntity.now()).setParameter("dryRun", dryRun).getResultList();
        return rows.stream().findFirst().map(r -> {
            Object[] c = (Object[]) r;
            return new Claimed((UUID) c[0], (String) c[1], (Boolean) c[2], (String) c[3], (String) c[4],
                    (String) c[5], ((Number) c[6]).intValue());
        });
    }

    /**
     * Whether the job is still this worker's, by the attempt it claimed, and if so a fresh sign of life.
     * A writing job's worker asks once it holds the import lock: while it waited behind another
     * replica's import it wrote no sign of life, and another replica may have put the job back in line
     * and claimed it again (attempts counts up). One UPDATE, so a concurrent {@link #tidy} either sees
     * the fresh sign of life or has already taken the job.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean stillClaimed(UUID id, int attempt) {
        OffsetDateTime now = TrackedEntity.now();
        return em.createNativeQuery("update import_job set heartbeat_at = :now, updated_at = :now where id = :id "
                        + "and state = 'RUNNING' and attempts = :attempt")
                .setParameter("now", now).setParameter("id", id).setParameter("attempt", attempt)
                .executeUpdate() == 1;
    }

    /** How far a running job is; also its sign of life. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void progress(UUID id, int rowsDone, int rowsTotal) {
        em.createNativeQuery("update import_job set rows_done = :done, rows_total = :total, heartbeat_at = :now, "
                        + "updated_at = :now where id = :id and state = 'RUNNING'")
                .setParameter("done", rowsDone).setParameter("total", rowsTotal)
                .setParameter("now", TrackedEntity.now()).setParameter("id", id).executeUpdate();
    }

    /**
     * Records a job's report and ends it. A real run calls this inside its import transaction, so that
     * the registry's changes and the record of them commit together or not at all.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void succeed(UUID id, ImportReport report) {
        OffsetDateTime now = TrackedEntity.now();
        em.createNativeQuery("update import_job set state = 'SUCCEEDED', finished_at = :now, updated_at = :now, "
                        + "expires_at = :expires, "
                        + "rows_done = :rows, rows_total = :rows, outcomes = cast(:outcomes as jsonb), "
                        + "figures = cast(:figures as jsonb), duration_millis = :duration, "
                        + "details = cast(:details as jsonb), body = null, names = null where id = :id")
                .setParameter("now", now).setParameter("expires", now.plus(config.imports().retention()))
                .setParameter("rows", report.rows()).setParameter("outcomes", write(report.outcomes()))
                .setParameter("figures", write(report.figures())).setParameter("duration", report.durationMillis())
                .setParameter("details", write(report.details())).setParameter("id", id).executeUpdate();
    }

    /** Ends a job that wrote nothing, with the problem that says why. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void fail(UUID id, Problem problem) {
        OffsetDateTime now = TrackedEntity.now();
        em.createNativeQuery("update import_job set state = 'FAILED', finished_at = :now, updated_at = :now, "
                        + "expires_at = :expires, "
                        + "problem = cast(:problem as jsonb), body = null, names = null where id = :id")
                .setParameter("now", now).setParameter("expires", now.plus(config.imports().retention()))
                .setParameter("problem", write(problem)).setParameter("id", id).executeUpdate();
    }

    /** Puts a job back in line after an attempt that wrote nothing (it met a concurrent change). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void requeue(UUID id) {
        em.createNativeQuery("update import_job set state = 'QUEUED', rows_done = 0, updated_at = :now where id = :id")
                .setParameter("now", TrackedEntity.now()).setParameter("id", id).executeUpdate();
    }

    /**
     * Jobs whose worker went silent (its replica stopped: the import's transaction died with it, so it
     * wrote nothing) go back in line, or fail after {@value #MAX_ATTEMPTS} attempts; jobs past their
     * retention are deleted.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void tidy() {
        OffsetDateTime now = TrackedEntity.now();
        OffsetDateTime silentSince = now.minus(config.imports().staleAfter());
        em.createNativeQuery("update import_job set state = 'QUEUED', rows_done = 0, updated_at = :now "
                        + "where state = 'RUNNING' and heartbeat_at < :silent and attempts < :max")
                .setParameter("now", now).setParameter("silent", silentSince).setParameter("max", MAX_ATTEMPTS)
                .executeUpdate();
        Problem stopped = ProblemType.INTERNAL_ERROR.problem(500, "The import stopped " + MAX_ATTEMPTS
                + " times without finishing (its service was stopped or ran out of memory); nothing was written");
        em.createNativeQuery("update import_job set state = 'FAILED', finished_at = :now, updated_at = :now, "
                        + "expires_at = :expires, "
                        + "problem = cast(:problem as jsonb), body = null, names = null where state = 'RUNNING' "
                        + "and heartbeat_at < :silent")
                .setParameter("now", now).setParameter("expires", now.plus(config.imports().retention()))
                .setParameter("problem", write(stopped)).setParameter("silent", silentSince).executeUpdate();
        em.createNativeQuery("delete from import_job where expires_at < :now").setParameter("now", now)
                .executeUpdate();
    }

    /** Jobs that run or wait before a queued one (of either kind: they share the service). */
    @Transactional
    public int jobsAhead(UUID id) {
        return ((Number) em.createNativeQuery("select count(*) from import_job o, import_job j where j.id = :id "
                        + "and o.dry_run = j.dry_run and (o.state = 'RUNNING' or (o.state = 'QUEUED' "
                        + "and (o.created_at, o.id) < (j.created_at, j.id)))")
                .setParameter("id", id).getSingleResult()).intValue();
    }

    /** The job's public address. */
    public URI location(UUID id) {
        return publicUrl.builder().path("/api/v1/imports/jobs/{id}").build(id);
    }

    private ImportJob view(Object[] r) {
        UUID id = (UUID) r[0];
        State state = State.valueOf((String) r[3]);
        Integer total = r[5] == null ? null : ((Number) r[5]).intValue();
        return new ImportJob(id, (String) r[1], (Boolean) r[2], state, null,
                new ImportJob.Progress(((Number) r[4]).intValue(), total),
                r[6] == null ? null : read((String) r[6], OUTCOMES), r[7] == null ? null : read((String) r[7], FIGURES),
                r[8] == null ? null : ((Number) r[8]).longValue(),
                r[9] == null ? null : read((String) r[9], Problem.class),
                SqlTimes.utc(r[10]), SqlTimes.utc(r[14]), SqlTimes.utc(r[11]), SqlTimes.utc(r[12]),
                SqlTimes.utc(r[13]),
                state == State.SUCCEEDED ? publicUrl.builder().path("/api/v1/imports/jobs/{id}/rows").build(id) : null);
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private <T> T read(String text, Class<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private <T> T read(String text, TypeReference<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
