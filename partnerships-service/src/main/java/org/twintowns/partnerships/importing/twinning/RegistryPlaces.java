package org.twintowns.partnerships.importing.twinning;

import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.Session;
import org.postgresql.PGConnection;
import org.twintowns.partnerships.importing.Geo;
import org.twintowns.partnerships.municipality.Municipality;
import org.twintowns.partnerships.municipality.MunicipalityName;
import org.twintowns.partnerships.municipality.search.PlaceNames;

/**
 * The registry's places as an import matches them, kept in PostgreSQL rather than in the heap: tables of the
 * import's own transaction ({@code ON COMMIT DROP}) that hold each place once as a {@link Place}, the keys it is
 * found under ({@link PlaceIndex.Key}), and the one-letter slips of its names. {@link PlaceIndex} asks them for
 * the keys of a chunk's rows and holds only what they answer, so the import's memory does not grow with the
 * registry; the tables do, on disk and in PostgreSQL's buffers.
 *
 * <p>The keys are made in Java, by the same code that looks them up ({@link PlaceIndex#keysOf}): the registry is
 * read a place and its names at a time, and its keys are copied in ({@code COPY}) a block at a time. The places
 * and keys an import adds are written at each checkpoint ({@link #write}). The statements run over the
 * transaction's own connection without flushing the persistence context first: the tables are the import's
 * alone, and nothing else writes them.
 */
public final class RegistryPlaces {

    /** Rows the driver fetches at a time; PostgreSQL streams a result only with a fetch size set. */
    private static final int FETCH_SIZE = 1000;
    /** Key rows copied in at a time while the registry is read. */
    private static final int COPY_BLOCK = 5000;
    /** Half the side, in degrees of latitude, of the box around a position where the nearest places are looked for first. */
    private static final double BOX_DEGREES = 0.5;
    private static final String PLACE_COLUMNS = "p.id, p.name, p.kind, p.country_code, p.subdivision, p.official_code, "
            + "p.wikidata_id, p.population, p.latitude, p.longitude, p.merged_into_id";
    /** A municipality of an official list with a position, that was not merged into another: {@link Successors#add}. */
    private static final String LOCATED = "p.country_code = ? and p.official_code is not null "
            + "and p.latitude is not null and p.longitude is not null and p.merged_into_id is null";
    private static final String DISTANCE_KM = "2 * " + Geo.EARTH_RADIUS_KM + " * asin(least(1, sqrt("
            + "power(sin(radians(p.latitude - ?) / 2), 2) + cos(radians(?)) * cos(radians(p.latitude)) "
            + "* power(sin(radians(p.longitude - ?) / 2), 2))))";

    private final Session session;
    /** The transaction's connection, while a statement runs ({@link #sql}). */
    private Connection connection;
    /**
     * Whether the slips are made: only once a near miss is first looked for, so that an import that makes no place
     * (the same file again) never makes them. From then on those of each checkpoint's new keys are made with it.
     */
    private boolean slipsMade;
    /** The last key row whose slips are made: those of the core keys after it are still to be made. */
    private long lastSeq;

    private RegistryPlaces(EntityManager em) {
        this.session = em.unwrap(Session.class);
    }

    /**
     * Makes the tables, empty, for an import's transaction to fill if it imports a twinning list. An import's
     * transaction makes them before anything else: a dry run's is read only from then on, and PostgreSQL lets a
     * read-only transaction write its temporary tables but not make them.
     */
    public static void createTables(EntityManager em) {
        em.unwrap(Session.class).doWork(connection -> execute(connection,
                "create temporary table import_place (id uuid primary key, name text not null, kind text not null, "
                        + "country_code text not null, subdivision text, official_code text, wikidata_id text, "
                        + "population integer, latitude double precision, longitude double precision, "
                        + "merged_into_id uuid) on commit drop",
                "create temporary table import_place_key (seq bigint generated always as identity primary key, "
                        + "kind char(1) not null, country text not null, key text not null, place_id uuid not null) "
                        + "on commit drop",
                "create temporary table import_place_slip (country text not null, slip text not null, "
                        + "key text not null, seq bigint not null, place_id uuid not null) on commit drop",
                "create index on import_place (country_code, latitude)",
                // Hash indexes: looked up by equality only, and filled with a million rows on a registry of 80,000
                // places, where a B-tree over the text took 5 to 12 s to fill and a hash index about 1 s.
                "create index on import_place_key using hash (key)",
                "create index on import_place_slip using hash (slip)"));
    }

    /** Runs each statement once, in order. */
    private static void execute(Connection connection, String... statements) throws SQLException {
        for (String statement : statements) {
            try (PreparedStatement s = connection.prepareStatement(statement)) {
                s.execute();
            }
        }
    }

    /** Fills the import's tables ({@link #createTables}) from the registry; an index that finds places through them. */
    static PlaceIndex load(EntityManager em) {
        RegistryPlaces tables = new RegistryPlaces(em);
        tables.sql(tables::fill);
        return new PlaceIndex(tables);
    }

    private void fill() throws SQLException {
        execute(connection, "insert into import_place select id, name, kind, country_code, subdivision, official_code, "
                + "wikidata_id, population, latitude, longitude, merged_into_id from municipality");
        copyKeys();
        execute(connection, "analyze import_place", "analyze import_place_key");
    }

    /** Reads the registry a place and its names at a time and copies in their keys, in the order of the places' ids. */
    private void copyKeys() throws SQLException {
        StringBuilder block = new StringBuilder();
        int[] rows = {0};
        try (PreparedStatement read = connection.prepareStatement("select m.id, m.name, m.kind, m.country_code, "
                + "m.subdivision, m.official_code, m.wikidata_id, n.name, n.kind from municipality m "
                + "left join municipality_name n on n.municipality_id = m.id order by m.id")) {
            read.setFetchSize(FETCH_SIZE);
            try (ResultSet rs = read.executeQuery()) {
                Place current = null;
                List<String> others = new ArrayList<>();
                List<String> formers = new ArrayList<>();
                while (rs.next()) {
                    UUID id = rs.getObject(1, UUID.class);
                    if (current == null || !current.id().equals(id)) {
                        if (current != null) {
                            append(block, rows, current, others, formers);
                        }
                        current = new Place(id, rs.getString(2), Municipality.Kind.valueOf(rs.getString(3)),
                                rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), null, null, null, null);
                        others.clear();
                        formers.clear();
                    }
                    String other = rs.getString(8);
                    if (other != null) {
                        (MunicipalityName.Kind.FORMER.name().equals(rs.getString(9)) ? formers : others).add(other);
                    }
                }
                if (current != null) {
                    append(block, rows, current, others, formers);
                }
            }
        }
        copy(block);
    }

    private void append(StringBuilder block, int[] rows, Place place, List<String> others, List<String> formers)
            throws SQLException {
        for (PlaceIndex.Key key : PlaceIndex.keysOf(place, others, formers)) {
            block.append(key.kind().code).append('\t').append(copyText(key.country())).append('\t')
                    .append(copyText(key.key())).append('\t').append(place.id()).append('\n');
            rows[0]++;
        }
        if (rows[0] >= COPY_BLOCK) {
            copy(block);
            rows[0] = 0;
        }
    }

    private void copy(StringBuilder block) throws SQLException {
        if (block.isEmpty()) {
            return;
        }
        try {
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn(
                    "copy import_place_key (kind, country, key, place_id) from stdin", new StringReader(block.toString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        block.setLength(0);
    }

    /** A value in COPY's text format: its backslashes, tabs and line breaks escaped. */
    private static String copyText(String value) {
        StringBuilder escaped = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> escaped.append("\\\\");
                case '\t' -> escaped.append("\\t");
                case '\n' -> escaped.append("\\n");
                case '\r' -> escaped.append("\\r");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    /**
     * The slips of the core keys first recorded since the last time: each key of {@link PlaceNames#NEAR_MIN_LENGTH}
     * letters or more, and each of its one-letter deletions, points to the key and to the first place recorded under
     * it. Two keys one slip apart share one of these (a letter changed or two neighbours swapped: the deletion at
     * that place; one letter more: the longer one's deletion is the shorter key). Each key's slips are made once,
     * distinct, so the table holds each (country, slip, key) once without a unique index to keep.
     */
    private void makeSlips() throws SQLException {
        // Keys recorded before lastSeq have their slips; on the first run there are none, and nothing to ask.
        String firstHere = lastSeq == 0 ? "" : "and not exists (select 1 from import_place_key o where o.key = k.key "
                + "and o.country = k.country and o.kind = 'c' and o.seq <= " + lastSeq + ") ";
        try (PreparedStatement s = connection.prepareStatement("insert into import_place_slip "
                + "select f.country, d.slip, f.key, f.seq, f.place_id from (select distinct on (k.country, k.key) "
                + "k.country, k.key, k.seq, k.place_id from import_place_key k where k.kind = 'c' and length(k.key) >= ? "
                + "and k.seq > ? " + firstHere + "order by k.country, k.key, k.seq) f "
                + "cross join lateral (select f.key as slip union select left(f.key, i - 1) || substr(f.key, i + 1) "
                + "from generate_series(1, length(f.key)) i) d")) {
            s.setInt(1, PlaceNames.NEAR_MIN_LENGTH);
            s.setLong(2, lastSeq);
            s.executeUpdate();
        }
        try (PreparedStatement s = connection.prepareStatement("select coalesce(max(seq), 0) from import_place_key");
             ResultSet rs = s.executeQuery()) {
            rs.next();
            lastSeq = rs.getLong(1);
        }
    }

    /**
     * The places recorded under each of these keys, in the order they were recorded: an empty list for a key none
     * has. Asked by country and key text, whatever the index (a name's key is often the same as written, without
     * kind words and without qualifiers), so the answer may hold other indexes' keys of the same text as well,
     * complete too.
     */
    Map<PlaceIndex.Key, List<Place>> find(Collection<PlaceIndex.Key> keys) {
        Map<PlaceIndex.Key, List<Place>> found = new LinkedHashMap<>();
        keys.forEach(key -> found.put(key, new ArrayList<>()));
        if (keys.isEmpty()) {
            return found;
        }
        Map<List<String>, Boolean> texts = new LinkedHashMap<>();
        keys.forEach(key -> texts.put(List.of(key.country(), key.key()), true));
        List<String> countries = new ArrayList<>(texts.size());
        List<String> values = new ArrayList<>(texts.size());
        texts.keySet().forEach(text -> {
            countries.add(text.get(0));
            values.add(text.get(1));
        });
        Map<UUID, Place> places = new HashMap<>();
        sql(() -> {
            try (PreparedStatement s = connection.prepareStatement("select k.kind, k.country, k.key, " + PLACE_COLUMNS
                    + " from unnest(?::text[], ?::text[]) as w(country, key) join import_place_key k "
                    + "on k.key = w.key and k.country = w.country join import_place p on p.id = k.place_id order by k.seq")) {
                s.setArray(1, array("text", countries));
                s.setArray(2, array("text", values));
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        PlaceIndex.Key key = new PlaceIndex.Key(PlaceIndex.Index.of(rs.getString(1).charAt(0)),
                                rs.getString(2), rs.getString(3));
                        Place place = places.computeIfAbsent(rs.getObject(4, UUID.class), id -> place(rs, 4));
                        // A place recorded under a key twice (a name given again) is there once, as first recorded.
                        List<Place> under = found.computeIfAbsent(key, k -> new ArrayList<>());
                        if (!under.contains(place)) {
                            under.add(place);
                        }
                    }
                }
            }
        });
        return found;
    }

    /**
     * The core keys that share one of these keys or one-letter deletions in their country (see {@link #makeSlips}),
     * each with the order it was first recorded in and the first place recorded under it; an empty list for a
     * deletion none shares.
     */
    Map<PlaceIndex.Deletion, List<PlaceIndex.Slip>> slips(Collection<PlaceIndex.Deletion> deletions) {
        Map<PlaceIndex.Deletion, List<PlaceIndex.Slip>> found = new HashMap<>();
        deletions.forEach(deletion -> found.put(deletion, new ArrayList<>()));
        if (deletions.isEmpty()) {
            return found;
        }
        List<String> countries = new ArrayList<>(deletions.size());
        List<String> slips = new ArrayList<>(deletions.size());
        deletions.forEach(deletion -> {
            countries.add(deletion.country());
            slips.add(deletion.slip());
        });
        Map<UUID, Place> places = new HashMap<>();
        sql(() -> {
            if (!slipsMade) {
                makeSlips();
                execute(connection, "analyze import_place_slip");
                slipsMade = true;
            }
            try (PreparedStatement s = connection.prepareStatement("select s.country, s.slip, s.key, s.seq, "
                    + PLACE_COLUMNS + " from unnest(?::text[], ?::text[]) as w(country, slip) join import_place_slip s "
                    + "on s.slip = w.slip and s.country = w.country join import_place p on p.id = s.place_id")) {
                s.setArray(1, array("text", countries));
                s.setArray(2, array("text", slips));
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        Place place = places.computeIfAbsent(rs.getObject(5, UUID.class), id -> place(rs, 5));
                        found.get(new PlaceIndex.Deletion(rs.getString(1), rs.getString(2)))
                                .add(new PlaceIndex.Slip(rs.getString(3), rs.getLong(4), place));
                    }
                }
            }
        });
        return found;
    }

    /**
     * The two places of the country's official lists nearest to a position ({@link Successors#add}), and the
     * city-states among them within {@link Successors#CITY_STATE_KM}: all that {@link Successors#find} needs to
     * know. Among those in a box around the position first; where the box holds fewer than two within its
     * inner radius, among all of the country's.
     */
    List<Place> nearest(String country, double latitude, double longitude) {
        List<Place> found = new ArrayList<>();
        double lonDegrees = BOX_DEGREES / Math.max(0.01, Math.cos(Math.toRadians(Math.min(89, Math.abs(latitude)) + BOX_DEGREES)));
        double innerKm = Geo.distanceKm(0, 0, BOX_DEGREES, 0) * 0.99;
        sql(() -> {
            List<Place> boxed = nearest(country, latitude, longitude, " and p.latitude between ? and ? "
                    + "and p.longitude between ? and ?", latitude - BOX_DEGREES, latitude + BOX_DEGREES,
                    longitude - lonDegrees, longitude + lonDegrees);
            // Every place outside the box lies farther than its inner radius: the box's two nearest are the country's.
            boolean inBox = boxed.size() >= 2
                    && Geo.distanceKm(latitude, longitude, boxed.get(1).latitude(), boxed.get(1).longitude()) <= innerKm;
            found.addAll(inBox ? boxed : nearest(country, latitude, longitude, ""));
        });
        return found;
    }

    private List<Place> nearest(String country, double latitude, double longitude, String within, Object... bounds)
            throws SQLException {
        List<Place> found = new ArrayList<>();
        String select = "select " + PLACE_COLUMNS + ", " + DISTANCE_KM + " as km from import_place p where " + LOCATED
                + within;
        try (PreparedStatement s = connection.prepareStatement("(" + select + " order by km limit 2) union all ("
                + select + " and p.official_code like '%000000' and " + DISTANCE_KM + " <= ?) order by km")) {
            int p = 1;
            for (int part = 0; part < 2; part++) {
                s.setDouble(p++, latitude);
                s.setDouble(p++, latitude);
                s.setDouble(p++, longitude);
                s.setString(p++, country);
                for (Object bound : bounds) {
                    s.setObject(p++, bound);
                }
            }
            s.setDouble(p++, latitude);
            s.setDouble(p++, latitude);
            s.setDouble(p++, longitude);
            s.setDouble(p, Successors.CITY_STATE_KM);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    Place place = place(rs, 1);
                    if (!found.contains(place)) {
                        found.add(place);
                    }
                }
            }
        }
        return found;
    }

    /** The city-states ({@link Successors#cityState}) with a subdivision: Berlin, Hamburg. */
    List<Place> cityStates() {
        List<Place> found = new ArrayList<>();
        sql(() -> {
            try (PreparedStatement s = connection.prepareStatement("select " + PLACE_COLUMNS + " from import_place p "
                    + "where p.country_code = 'DE' and p.official_code like '%000000' and p.subdivision is not null "
                    + "order by p.id")) {
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        found.add(place(rs, 1));
                    }
                }
            }
        });
        return found;
    }

    /** Writes the places and keys recorded since the last write, and the slips of their new core keys. */
    void write(Collection<Place> added, List<PlaceIndex.Entry> entries) {
        if (added.isEmpty() && entries.isEmpty()) {
            return;
        }
        sql(() -> {
            if (!added.isEmpty()) {
                try (PreparedStatement s = connection.prepareStatement("insert into import_place values "
                        + "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (id) do nothing")) {
                    for (Place p : added) {
                        s.setObject(1, p.id());
                        s.setString(2, p.name());
                        s.setString(3, p.kind().name());
                        s.setString(4, p.countryCode());
                        s.setString(5, p.subdivision());
                        s.setString(6, p.officialCode());
                        s.setString(7, p.wikidataId());
                        s.setObject(8, p.population());
                        s.setObject(9, p.latitude());
                        s.setObject(10, p.longitude());
                        s.setObject(11, p.mergedIntoId());
                        s.addBatch();
                    }
                    s.executeBatch();
                }
            }
            List<String> kinds = new ArrayList<>(entries.size());
            List<String> countries = new ArrayList<>(entries.size());
            List<String> keys = new ArrayList<>(entries.size());
            List<UUID> ids = new ArrayList<>(entries.size());
            entries.forEach(entry -> {
                kinds.add(String.valueOf(entry.key().kind().code));
                countries.add(entry.key().country());
                keys.add(entry.key().key());
                ids.add(entry.place().id());
            });
            try (PreparedStatement s = connection.prepareStatement("insert into import_place_key (kind, country, key, "
                    + "place_id) select kind, country, key, id from unnest(?::text[], ?::text[], ?::text[], ?::uuid[]) with ordinality "
                    + "as w(kind, country, key, id, n) order by n")) {
                s.setArray(1, array("text", kinds));
                s.setArray(2, array("text", countries));
                s.setArray(3, array("text", keys));
                s.setArray(4, array("uuid", ids));
                s.executeUpdate();
            }
            if (slipsMade) {
                makeSlips();
            }
        });
    }

    private Array array(String type, Collection<?> values) throws SQLException {
        return connection.createArrayOf(type, values.toArray());
    }

    private static Place place(ResultSet rs, int from) {
        try {
            return new Place(rs.getObject(from, UUID.class), rs.getString(from + 1),
                    Municipality.Kind.valueOf(rs.getString(from + 2)), rs.getString(from + 3), rs.getString(from + 4),
                    rs.getString(from + 5), rs.getString(from + 6), (Integer) rs.getObject(from + 7),
                    (Double) rs.getObject(from + 8), (Double) rs.getObject(from + 9), rs.getObject(from + 10, UUID.class));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private interface Work {
        void run() throws SQLException;
    }

    /** Runs the work over the transaction's connection, the one the tables live in, without flushing anything first. */
    private void sql(Work work) {
        if (connection != null) {
            runOrThrow(work);
            return;
        }
        session.doWork(c -> {
            // Planned with their values at every run: the tables grow through the import, and a plan PostgreSQL kept
            // from the first chunks would be one for tables far smaller (see FreshPlans).
            PGConnection pg = c.unwrap(PGConnection.class);
            int threshold = pg.getPrepareThreshold();
            pg.setPrepareThreshold(0);
            connection = c;
            try {
                runOrThrow(work);
            } finally {
                connection = null;
                pg.setPrepareThreshold(threshold);
            }
        });
    }

    private static void runOrThrow(Work work) {
        try {
            work.run();
        } catch (SQLException e) {
            throw new IllegalStateException("the import's tables of places: " + e.getMessage(), e);
        }
    }
}
