package org.twintowns.testing.sync;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * Marks a row changed as a writer does, straight in the service's database: {@code updated_at} to the
 * application's now (and, for a versioned record, its version on by one). For the sync properties,
 * which need an item to change between two pages of a list, whatever kind of item it is.
 */
public final class Touch {

    private Touch() {
    }

    /**
     * @param table    the item's table, with {@code id} and {@code updated_at}
     * @param field    the field of the listed item that holds the row's id
     * @param versioned whether the table has a {@code version} column to move on too
     */
    public static Consumer<Map<String, Object>> row(DataSource database, String table, String field,
            boolean versioned) {
        String sql = "UPDATE " + table + " SET updated_at = ?" + (versioned ? ", version = version + 1" : "")
                + " WHERE id = ?";
        return item -> {
            try (Connection connection = database.getConnection();
                    PreparedStatement update = connection.prepareStatement(sql)) {
                update.setObject(1, SyncWalk.now());
                update.setObject(2, UUID.fromString(String.valueOf(item.get(field))));
                if (update.executeUpdate() != 1) {
                    throw new AssertionError("No " + table + " row " + item.get(field) + " to touch");
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        };
    }
}
