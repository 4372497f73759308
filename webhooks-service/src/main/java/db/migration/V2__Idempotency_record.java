package db.migration;

import org.twintowns.commons.http.IdempotencyRecordMigration;

/** The table behind Idempotency-Key, from api-commons. */
public class V2__Idempotency_record extends IdempotencyRecordMigration {
}
