package db.migration;

import org.twintowns.commons.changes.ChangeEventMigration;

/** The change feed's outbox (see {@link ChangeEventMigration}). */
public class V6__Change_event extends ChangeEventMigration {
}
