package db.migration;

import org.twintowns.commons.http.IdempotencyRecordMigration;

/** The table behind Idempotency-Key, from api-commons (until now a repeatable migration there). */
public class V5__Idempotency_record extends IdempotencyRecordMigration {
}
