package org.twintowns.partnerships.export.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Reads the registry for the exports one keyset batch at a time, in plain SQL (only selects): rows become small records at once and nothing stays in a persistence context, so the
 * memory an export takes is one batch. Each batch is a few statements (the rows, then their names or
 * participants, topics and listings by the batch's ids), each its own short transaction.
 */
@ApplicationScoped
public class RegistryRows {

    @Inject
    DataSource dataSource;

    /** The municipalities after {@code after} (null: from the first) in id order, merged ones not. */
    public List<MunicipalityRow> municipalities(UUID after, int size) {
        try (Connection c = readOnly()) {
            List<MunicipalityRow> rows = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("""
                    select id, slug, name, kind, country_code, subdivision, official_code, wikidata_id, population,
                           population_year, latitude, longitude, website, updated_at
                    from municipality
                    where merged_into_id is null and (cast(? as uuid) is null or id > ?)
                    order by id limit ?""")) {
                keyset(s, after, size);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        rows.add(new MunicipalityRow(r.getObject(1, UUID.class), r.getString(2), r.getString(3),
                                r.getString(4), r.getString(5).trim(), r.getString(6), r.getString(7), r.getString(8),
                                (Integer) r.getObject(9), r.getObject(10) == null ? null : r.getInt(10),
                                (Double) r.getObject(11), (Double) r.getObject(12), r.getString(13),
                                r.getObject(14, OffsetDateTime.class), new ArrayList<>()));
                    }
                }
            }
            if (!rows.isEmpty()) {
                Map<UUID, MunicipalityRow> byId = new HashMap<>();
                rows.forEach(row -> byId.put(row.id(), row));
                try (PreparedStatement s = c.prepareStatement("""
                        select municipality_id, name, language, kind from municipality_name
                        where municipality_id = any(?) order by municipality_id, kind, language, name""")) {
                    s.setArray(1, ids(c, byId.keySet()));
                    try (ResultSet r = s.executeQuery()) {
                        while (r.next()) {
                            byId.get(r.getObject(1, UUID.class)).otherNames()
                                    .add(new OtherName(r.getString(2), r.getString(3), r.getString(4)));
                        }
                    }
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read municipalities for an export", e);
        }
    }

    /** The partnerships after {@code after} (null: from the first) in id order, with their participants. */
    public List<PartnershipRow> partnerships(UUID after, int size) {
        try (Connection c = readOnly()) {
            List<PartnershipRow> rows = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("""
                    select id, type, status, established_on, established_year_only, title, source_name, source_url,
                           last_verified_on, updated_at
                    from partnership where cast(? as uuid) is null or id > ? order by id limit ?""")) {
                keyset(s, after, size);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        rows.add(new PartnershipRow(r.getObject(1, UUID.class), r.getString(2), r.getString(3),
                                r.getObject(4, LocalDate.class), r.getBoolean(5), r.getString(6), r.getString(7),
                                r.getString(8), r.getObject(9, LocalDate.class), r.getObject(10, OffsetDateTime.class),
                                new ArrayList<>(), new ArrayList<>(), new ArrayList<>()));
                    }
                }
            }
            if (rows.isEmpty()) {
                return rows;
            }
            Map<UUID, PartnershipRow> byId = new HashMap<>();
            rows.forEach(row -> byId.put(row.id(), row));
            Array ids = ids(c, byId.keySet());
            try (PreparedStatement s = c.prepareStatement("""
                    select p.partnership_id, p.municipality_id, p.role, m.name, m.country_code, m.latitude, m.longitude
                    from partnership_participant p join municipality m on m.id = p.municipality_id
                    where p.partnership_id = any(?) order by p.partnership_id, p.position""")) {
                s.setArray(1, ids);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        byId.get(r.getObject(1, UUID.class)).participants().add(new Participant(
                                r.getObject(2, UUID.class), r.getString(3), r.getString(4), r.getString(5).trim(),
                                (Double) r.getObject(6), (Double) r.getObject(7)));
                    }
                }
            }
            try (PreparedStatement s = c.prepareStatement("""
                    select partnership_id, topic from partnership_topic where partnership_id = any(?)
                    order by partnership_id, topic""")) {
                s.setArray(1, ids);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        byId.get(r.getObject(1, UUID.class)).topics().add(r.getString(2));
                    }
                }
            }
            try (PreparedStatement s = c.prepareStatement("""
                    select distinct partnership_id, source from partnership_source_listing where partnership_id = any(?)
                    order by partnership_id, source""")) {
                s.setArray(1, ids);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        byId.get(r.getObject(1, UUID.class)).listings().add(r.getString(2));
                    }
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read partnerships for an export", e);
        }
    }

    /** A connection in autocommit: each statement reads in a transaction of its own, over at once. */
    private Connection readOnly() throws SQLException {
        return dataSource.getConnection();
    }

    private static void keyset(PreparedStatement s, UUID after, int size) throws SQLException {
        s.setObject(1, after, Types.OTHER);
        s.setObject(2, after, Types.OTHER);
        s.setInt(3, size);
    }

    private static Array ids(Connection c, java.util.Collection<UUID> ids) throws SQLException {
        return c.createArrayOf("uuid", ids.toArray());
    }

    /** A municipality as exported. */
    public record MunicipalityRow(UUID id, String slug, String name, String kind, String country, String subdivision,
                                  String officialCode, String wikidataId, Integer population, Integer populationYear,
                                  Double latitude, Double longitude, String website, OffsetDateTime updatedAt,
                                  List<OtherName> otherNames) {
    }

    /** One of a municipality's other names. */
    public record OtherName(String name, String language, String kind) {
    }

    /** A partnership as exported: no notes, contacts or projects. */
    public record PartnershipRow(UUID id, String type, String status, LocalDate establishedOn,
                                 boolean establishedYearOnly, String title, String sourceName, String sourceUrl,
                                 LocalDate lastVerifiedOn, OffsetDateTime updatedAt, List<Participant> participants,
                                 List<String> topics, List<String> listings) {
    }

    /** A participant of a partnership, with where it lies (if known). */
    public record Participant(UUID municipalityId, String role, String name, String country, Double latitude,
                              Double longitude) {
    }
}
