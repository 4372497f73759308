package org.twintowns.commons.export;

import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * The W3C CSV on the Web metadata document of a CSV export ({@code <file>.csv-metadata.json}, the name
 * CSVW's default location rule looks for): its columns with their titles, datatypes and meaning,
 * and its licence and sources, so the terms travel with the file in a form a program reads. The CSV
 * answer points to it with {@code Link: rel="describedby"}.
 */
public final class CsvMetadata {

    private CsvMetadata() {
    }

    public static Map<String, Object> of(Dataset dataset, List<CsvColumn> columns, URI base) {
        Node schema = new Node()
                .with("columns", columns.stream().map(c -> new Node()
                        .with("name", c.name()).with("titles", c.name())
                        .with("datatype", c.datatype()).with("dc:description", c.description())
                        .with("separator", c.separator())).toList())
                .with("primaryKey", columns.get(0).name());
        return new Node()
                .with("@context", "http://www.w3.org/ns/csvw")
                .with("url", base.resolve(dataset.path(Distribution.CSV)).toString())
                .with("dc:title", dataset.title())
                .with("dc:description", dataset.description())
                .with("schema:license", JsonExports.licenceUrls(dataset).stream().map(u -> Map.of("@id", u)).toList())
                .with("schema:creditText", dataset.attribution())
                .with("dialect", Map.of("encoding", "utf-8", "header", true, "lineTerminators", List.of("\r\n")))
                .with("tableSchema", schema);
    }
}
