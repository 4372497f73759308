package org.twintowns.partnerships.importing;

import java.io.IOException;

/**
 * An import the service runs as a job. It checks the file when the job is queued, so that a file it
 * could not read is refused with a 400 right away, and runs it when a worker takes the job.
 */
public interface ImportKind {

    /** The name of the import in jobs and reports, as in its path: {@code destatis-municipalities}. */
    String source();

    /**
     * Refuses, with a {@link org.twintowns.commons.problem.ProblemException} (400), a file or options
     * the import cannot read; writes nothing. The text is in memory: an IOException comes only from the
     * parser itself.
     */
    void check(ImportInput input) throws IOException;

    /** Runs the import in the transaction {@link ImportTransactions} gives it. */
    ImportReport run(ImportInput input, ImportRun run) throws Exception;

    /** What a job keeps of its request: the decoded file, the options the import takes, and a second file. */
    record ImportInput(String text, String options, String names) {
    }
}
