package org.twintowns.commons.export;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.twintowns.commons.changes.ChangeFeed;

/**
 * The version of a service's exports: the position of the latest change in its change feed. Every
 * write records a change in the transaction that makes it (the outbox), an embargo that ends too, so
 * while the position stands still every export is what it was; a client revalidating an export of
 * megabytes gets its 304 from one index lookup, without the service reading the table.
 *
 * <p>It is read before the export: a change that commits while the file is written moves the position
 * past the tag the file went out with, so the next revalidation fetches the file again, never keeps
 * a stale one.
 */
@ApplicationScoped
public class DatasetVersion {

    /** Raised when what an export holds or how it is written changes, so that no cache keeps the old form. */
    static final int FORMAT = 1;

    @Inject
    Instance<DataSource> dataSources;

    /** The weak ETag of the export at {@code path} as of now. */
    public String etag(String path) {
        return etag(path, "");
    }

    /**
     * The weak ETag of the export at {@code path}, with {@code more} of what it depends on beside the
     * changes (the moment the latest embargo ended), so that the tag moves with that too.
     */
    public String etag(String path, String more) {
        String hashed = Integer.toHexString((path + "|" + more).hashCode());
        return "W/\"" + FORMAT + "-" + position() + "-" + hashed + "\"";
    }

    /** The feed's head, read with this service's database; the bean ChangeFeed is not in every application. */
    long position() {
        try (Connection connection = dataSources.get().getConnection()) {
            return ChangeFeed.head(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the change feed's position", e);
        }
    }
}
