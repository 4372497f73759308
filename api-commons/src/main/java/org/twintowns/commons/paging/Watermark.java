package org.twintowns.commons.paging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The time up to which a service's database holds every change it will ever hold: the start of its
 * oldest still-open client transaction (now, when none is open), less a clock margin. A record's
 * {@code updatedAt} is taken from the application's clock inside the transaction that writes it, so
 * a slow transaction can commit an {@code updatedAt} older than records a reader already saw; none
 * can commit one older than its own start. Transactions that have written nothing yet count too:
 * {@code updatedAt} may be set (Hibernate's {@code @PreUpdate}, {@code touch()}) before the first
 * row is written and PostgreSQL gives the transaction an id ({@code backend_xid}). The margin covers
 * the difference between the application's and the database's clocks, and the instant between
 * taking the time and opening the transaction for a record that is inserted without a read first.
 */
@ApplicationScoped
public class Watermark {

    private static final String QUERY = """
            SELECT least(clock_timestamp(), min(xact_start)) FROM pg_stat_activity
            WHERE datname = current_database() AND backend_type = 'client backend'
              AND pid <> pg_backend_pid() AND xact_start IS NOT NULL""";

    @Inject
    Instance<DataSource> dataSources;

    @ConfigProperty(name = "twintowns.sync.clock-margin", defaultValue = "1s")
    Duration margin;

    /** Every record with an {@code updatedAt} before this is committed, and stays so until it is changed again. */
    public OffsetDateTime now() {
        try (Connection connection = dataSources.get().getConnection();
                PreparedStatement statement = connection.prepareStatement(QUERY);
                ResultSet result = statement.executeQuery()) {
            result.next();
            return result.getObject(1, OffsetDateTime.class).withOffsetSameInstant(ZoneOffset.UTC)
                    .minus(margin).truncatedTo(ChronoUnit.MICROS);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the open transactions from pg_stat_activity", e);
        }
    }
}
