package org.twintowns.commons.problem;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.TimeoutException;

/**
 * Fails the way the services fail when PostgreSQL is down or a write loses a race, wrapped as
 * Hibernate, Agroal and Narayana wrap those failures: in a JAX-RS resource and in a plain route.
 */
@Path("/probe/database")
@ApplicationScoped
public class DatabaseFailureProbe {

    @GET
    @Path("/{failure}")
    public String fail(@PathParam("failure") String failure) {
        throw failure(failure);
    }

    @PUT
    @Path("/lost-race")
    public String lostRace() {
        throw new OptimisticLockException("Row was updated or deleted by another transaction");
    }

    void register(@Observes Router router) {
        router.get("/probe-route/database/:failure").handler(ctx -> ctx.fail(failure(ctx.pathParam("failure"))));
    }

    static RuntimeException failure(String name) {
        return switch (name) {
            // Hibernate's JDBCConnectionException: "Unable to acquire JDBC Connection", pgjdbc's 08001.
            case "refused" -> new PersistenceException("Unable to acquire JDBC Connection",
                    new SQLException("Connection to 127.0.0.1:5432 refused", "08001"));
            // A pooled connection that PostgreSQL closed on shutdown (57P01), surfacing as Hibernate's
            // GenericJDBCException.
            case "shutdown" -> new PersistenceException("JDBC exception executing SQL",
                    new SQLException("FATAL: terminating connection due to administrator command", "57P01"));
            case "too-many" -> new PersistenceException(
                    new SQLException("FATAL: sorry, too many clients already", "53300"));
            case "starting" -> new IllegalStateException("Idempotency record could not be read",
                    new SQLException("FATAL: the database system is starting up", "57P03"));
            // Agroal: no SQLSTATE, the wait's TimeoutException as cause.
            case "pool-timeout" -> new PersistenceException("Unable to acquire JDBC Connection",
                    new SQLException("Acquisition timeout while waiting for new connection", new TimeoutException()));
            // A commit that failed: the transaction manager keeps the cause as a suppressed exception.
            case "commit" -> {
                RuntimeException rollback = new IllegalStateException("ARJUNA016053: Could not commit transaction.");
                rollback.addSuppressed(new SQLTransientConnectionException("An I/O error occurred", "08006"));
                yield rollback;
            }
            // The request's fault: a value PostgreSQL cannot store (a date in the year 999999999).
            case "out-of-range" -> new PersistenceException(new SQLException("ERROR: timestamp out of range", "22008"));
            // A deadlock with a concurrent transaction: rolled back, safe to repeat.
            case "deadlock" -> new PersistenceException(new SQLException("ERROR: deadlock detected", "40P01"));
            // Not the database's availability: a syntax error is a defect, 500.
            case "syntax" -> new PersistenceException(new SQLException("syntax error at or near", "42601"));
            default -> new IllegalArgumentException(name);
        };
    }
}
