package org.twintowns.partnerships.importing;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.hibernate.Session;
import org.twintowns.commons.persistence.TrackedEntity;

/**
 * One run of an import, as an importer sees it: whether it may write, how it adds records, and
 * where it reports how far it is.
 *
 * <p>A dry run writes nothing and takes no lock a writer could wait for: its transaction is read
 * only (PostgreSQL refuses any write in it) and the entities it loads are read only (changes to them
 * are never flushed). An importer therefore adds every new record through {@link #create}, which in
 * a dry run only gives the record an id, so that the rest of the run can refer to it as the real run
 * would.
 */
public final class ImportRun {

    /** Where a run reports how far it is; called from the importing thread. */
    @FunctionalInterface
    public interface Progress {

        Progress NONE = (rowsDone, rowsTotal) -> {
        };

        void update(int rowsDone, int rowsTotal);
    }

    private final EntityManager em;
    private final boolean dryRun;
    private final Progress progress;
    private final Consumer<ImportRun> recordChanges;
    private int mostManaged;
    private int mostHeldAside;
    private int rowsTotal;
    private int rowsDone;
    private final Set<TrackedEntity> created = new LinkedHashSet<>();
    private final Set<TrackedEntity> changed = new LinkedHashSet<>();

    /** {@code recordChanges} tells the feed what {@link #created} and {@link #changed} hold (not called in a dry run). */
    public ImportRun(EntityManager em, boolean dryRun, Progress progress, Consumer<ImportRun> recordChanges) {
        this.em = em;
        this.dryRun = dryRun;
        this.progress = progress;
        this.recordChanges = recordChanges;
    }

    public boolean dryRun() {
        return dryRun;
    }

    /** Adds a new record: persisted in a real run; in a dry run only given an id. */
    public void create(TrackedEntity entity) {
        if (entity.id == null) {
            entity.id = UUID.randomUUID();
        }
        if (!dryRun) {
            em.persist(entity);
            created.add(entity);
        }
    }

    /** Adds a new record that is not a {@link TrackedEntity} (a link between records, say). */
    public void createLink(Object entity) {
        if (!dryRun) {
            em.persist(entity);
        }
    }

    /**
     * Call before changing a record the import read. In a real run the record is read again and locked
     * until the import commits: an editor's write that came in meanwhile is what the import changes (not
     * lost, and not the reason the import fails), and an editor's write that comes later waits for it.
     * Call it only for records that will change: a lock costs a round trip, and the editor's wait.
     */
    public void change(TrackedEntity entity) {
        if (!dryRun) {
            em.refresh(entity, LockModeType.PESSIMISTIC_WRITE);
            changed.add(entity);
        }
    }

    /** The records the run added, in the order it added them (none in a dry run). */
    public List<TrackedEntity> created() {
        return List.copyOf(created);
    }

    /** The records the run changed and did not add, in the order it first changed them. */
    public List<TrackedEntity> changed() {
        return changed.stream().filter(e -> !created.contains(e)).toList();
    }

    /**
     * Everything so far is written (not committed), told to the feed and let go of: the records the
     * run holds, and the persistence context's, start again from none. An importer calls it between
     * chunks of rows; it must hold no record it read before, as those are detached now. The feed hears of
     * the chunks in the order they came, so a municipality an importer adds before a partnership that
     * names it is told first.
     */
    public void checkpoint() {
        mostManaged = Math.max(mostManaged, managed());
        if (!dryRun) {
            em.flush();
            recordChanges.accept(this);
            created.clear();
            changed.clear();
        }
        em.clear();
    }

    /**
     * An importer holds {@code records} of its own outside the persistence context (an index of places, say) at
     * the end of a chunk; {@link #mostHeldAside} tells the most.
     */
    public void holdingAside(int records) {
        mostHeldAside = Math.max(mostHeldAside, records);
    }

    /** The most records an importer said it held of its own at the end of a chunk ({@link #holdingAside}). */
    public int mostHeldAside() {
        return mostHeldAside;
    }

    /** The most records the persistence context held at a checkpoint or at the end. */
    public int mostManaged() {
        return Math.max(mostManaged, managed());
    }

    private int managed() {
        return em.unwrap(Session.class).getStatistics().getEntityCount();
    }

    /** The number of rows the file holds, known once it is read. */
    public void rowsTotal(int rows) {
        rowsTotal = rows;
        progress.update(rowsDone, rowsTotal);
    }

    /**
     * The file is read: {@code rows} rows are to be imported, and {@code reported} rows the report
     * already has (refused or skipped while reading), which count as done.
     */
    public void read(int rows, int reported) {
        rowsDone = reported;
        rowsTotal(rows + reported);
    }

    /** One more row is done. */
    public void rowDone() {
        rowsDone++;
        progress.update(rowsDone, rowsTotal);
    }
}
