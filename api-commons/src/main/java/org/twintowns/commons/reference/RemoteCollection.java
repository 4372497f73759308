package org.twintowns.commons.reference;

/**
 * A collection of records that another service owns and publishes, as far as reference checks need
 * it: which service answers for it ({@link ReferencesConfig} names its address), its path under
 * {@code /api/v1}, and what one of its records is called in a problem's text. Each collection's list
 * operation takes a repeatable {@code id} filter, so that one request answers for many ids.
 */
public enum RemoteCollection {

    MUNICIPALITIES("partnerships", "municipalities", "municipality"),
    PARTNERSHIPS("partnerships", "partnerships", "partnership"),
    EVENTS("events", "events", "event");

    private final String owner;
    private final String path;
    private final String singular;

    RemoteCollection(String owner, String path, String singular) {
        this.owner = owner;
        this.path = path;
        this.singular = singular;
    }

    /** The service that owns the records: {@code partnerships} or {@code events}. */
    public String owner() {
        return owner;
    }

    /** The path segment after {@code /api/v1/}. */
    public String path() {
        return path;
    }

    /** One record, as a problem's text names it: "no municipality with id ...". */
    public String singular() {
        return singular;
    }
}
