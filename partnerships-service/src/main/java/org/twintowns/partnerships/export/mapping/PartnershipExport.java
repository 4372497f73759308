package org.twintowns.partnerships.export.mapping;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.twintowns.commons.export.CsvColumn;
import org.twintowns.commons.export.CsvWriter;
import org.twintowns.commons.export.Node;
import org.twintowns.commons.export.Source;
import org.twintowns.partnerships.export.repository.RegistryRows.Participant;
import org.twintowns.partnerships.export.repository.RegistryRows.PartnershipRow;

/**
 * A partnership as a CSV row, a GeoJSON feature and a JSON-LD node. schema.org has no type for a
 * partnership between municipalities, so the node is of the registry's own type
 * ({@value #VOCABULARY}Partnership) with schema.org's properties where they fit (name, member,
 * startDate, keywords) and two of its own for the type and the status.
 */
public final class PartnershipExport {

    public static final String VOCABULARY = "https://twintowns.org/vocab/";

    public static final List<CsvColumn> COLUMNS = List.of(
            CsvColumn.of("id", "string", "The partnership's id (UUID) in the registry"),
            CsvColumn.of("type", "string", "TWINNING, FRIENDSHIP, SOLIDARITY, PROJECT, COOPERATION or CONTACT"),
            CsvColumn.of("status", "string", "ACTIVE, SUSPENDED or ENDED"),
            CsvColumn.of("title", "string", "Its name, where it has one"),
            CsvColumn.of("established", "string", "The founding date (YYYY-MM-DD), or the year alone (YYYY) "
                    + "where the source gives only that"),
            CsvColumn.list("participant_ids", "string", " | ", "The participating municipalities' ids, in order"),
            CsvColumn.list("participant_names", "string", " | ", "Their official names, in the same order"),
            CsvColumn.list("participant_countries", "string", " | ", "Their countries (ISO 3166-1), in the same order"),
            CsvColumn.list("topics", "string", " | ", "What the partnership works on"),
            CsvColumn.of("source_name", "string", "Who says so, as the record names its source"),
            CsvColumn.of("source_url", "anyURI", "Where the source can be read"),
            CsvColumn.of("last_verified_on", "date", "When someone last checked the record against its source"),
            CsvColumn.of("updated_at", "dateTime", "When the record last changed"),
            CsvColumn.of("url", "anyURI", "The record in the registry's API"),
            CsvColumn.list("sources", "string", " ", "Where it comes from: wikidata, wikipedia, twintowns"),
            CsvColumn.list("licences", "string", " ", "The licences of those sources: CC0-1.0, CC-BY-SA-4.0, CC-BY-4.0"));

    private PartnershipExport() {
    }

    public static void csv(CsvWriter csv, PartnershipRow p, URI base) throws IOException {
        List<Source> sources = RecordSources.of(p);
        csv.cell(p.id()).cell(p.type()).cell(p.status()).cell(p.title()).cell(established(p))
                .cells(p.participants().stream().map(Participant::municipalityId).toList())
                .cells(p.participants().stream().map(Participant::name).toList())
                .cells(p.participants().stream().map(Participant::country).toList())
                .cells(p.topics()).cell(p.sourceName()).cell(p.sourceUrl()).cell(p.lastVerifiedOn())
                .cell(p.updatedAt()).cell(url(base, p)).cells(RecordSources.ids(sources))
                .cells(RecordSources.licences(sources)).endRow();
    }

    /**
     * An RFC 7946 feature: a line between two placed participants, lines between every two of more, and
     * a null geometry where fewer than two are placed.
     */
    public static Node feature(PartnershipRow p, URI base) {
        List<Source> sources = RecordSources.of(p);
        List<List<Double>> positions = p.participants().stream().filter(m -> m.latitude() != null)
                .map(m -> List.of(m.longitude(), m.latitude())).toList();
        Node feature = new Node().with("type", "Feature").with("id", p.id().toString());
        feature.put("geometry", geometry(positions));
        feature.put("properties", new Node().with("type", p.type()).with("status", p.status())
                .with("title", p.title()).with("established", established(p))
                .with("participants", p.participants().stream().map(m -> new Node()
                        .with("id", m.municipalityId().toString()).with("name", m.name()).with("country", m.country())
                        .with("role", m.role())).toList())
                .with("topics", p.topics()).with("sourceName", p.sourceName()).with("sourceUrl", p.sourceUrl())
                .with("lastVerifiedOn", p.lastVerifiedOn() == null ? null : p.lastVerifiedOn().toString())
                .with("updatedAt", p.updatedAt()).with("url", url(base, p))
                .with("sources", RecordSources.ids(sources)).with("licenses", RecordSources.licenceUrls(sources)));
        return feature;
    }

    public static Node node(PartnershipRow p, URI base) {
        List<Source> sources = RecordSources.of(p);
        String name = p.title() != null ? p.title()
                : String.join(" – ", p.participants().stream().map(Participant::name).toList());
        return Node.typed(VOCABULARY + "Partnership", url(base, p))
                .with("identifier", p.id().toString())
                .with("name", name)
                .with(VOCABULARY + "partnershipType", p.type())
                .with(VOCABULARY + "status", p.status())
                .with("startDate", established(p))
                .with("member", p.participants().stream().map(m -> Node.typed("Place",
                        base.resolve("api/v1/municipalities/" + m.municipalityId()).toString()).with("name", m.name())
                        .with("address", Node.typed("PostalAddress", null).with("addressCountry", m.country())))
                        .toList())
                .with("keywords", p.topics())
                .with("isBasedOn", p.sourceUrl() != null ? p.sourceUrl() : null)
                .with("citation", p.sourceName())
                .with("dateModified", p.updatedAt())
                .with("license", RecordSources.licenceUrls(sources));
    }

    private static Map<String, Object> geometry(List<List<Double>> positions) {
        if (positions.size() < 2) {
            return null;
        }
        if (positions.size() == 2) {
            return Map.of("type", "LineString", "coordinates", positions);
        }
        List<List<List<Double>>> lines = new ArrayList<>();
        for (int i = 0; i < positions.size(); i++) {
            for (int j = i + 1; j < positions.size(); j++) {
                lines.add(List.of(positions.get(i), positions.get(j)));
            }
        }
        return Map.of("type", "MultiLineString", "coordinates", lines);
    }

    private static String established(PartnershipRow p) {
        if (p.establishedOn() == null) {
            return null;
        }
        return p.establishedYearOnly() ? String.valueOf(p.establishedOn().getYear()) : p.establishedOn().toString();
    }

    public static String url(URI base, PartnershipRow p) {
        return base.resolve("api/v1/partnerships/" + p.id()).toString();
    }
}
