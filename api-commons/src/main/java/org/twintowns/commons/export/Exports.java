package org.twintowns.commons.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Writes a whole export to a stream, batch by batch ({@link Batches}): each batch is written and
 * flushed before the next is read, so what the export holds in memory is one batch however large the
 * table, and the client receives the file as it is read. The services say what to read and how a
 * record looks; the formats are written here, the same for every service.
 *
 * @param <T> a record as read
 * @param <K> its key in the keyset order
 */
public record Exports<T, K>(int batchSize, BiFunction<K, Integer, List<T>> read, Function<T, K> keyOf) {

    /** Writes one record as a CSV row. */
    @FunctionalInterface
    public interface Row<T> {
        void write(CsvWriter csv, T record) throws IOException;
    }

    /** The CSV file: header, then a row per record. @return the batches read */
    public int csv(OutputStream out, List<CsvColumn> columns, Row<T> row) throws IOException {
        try (CsvWriter csv = new CsvWriter(out, columns)) {
            return Batches.walk(batchSize, read, keyOf, batch -> {
                for (T record : batch) {
                    row.write(csv, record);
                }
                csv.flush();
            });
        }
    }

    /** The GeoJSON FeatureCollection, a feature per record. @return the batches read */
    public int geoJson(ObjectMapper json, OutputStream out, Dataset dataset, URI base, Function<T, Node> feature)
            throws IOException {
        JsonGenerator g = JsonExports.open(json, out);
        JsonExports.startGeoJson(g, dataset, base);
        int batches = objects(g, feature);
        JsonExports.end(g);
        return batches;
    }

    /** The JSON-LD document, a schema.org node per record after the dataset's. @return the batches read */
    public int jsonLd(ObjectMapper json, OutputStream out, Dataset dataset, URI base, Function<T, Node> node)
            throws IOException {
        JsonGenerator g = JsonExports.open(json, out);
        JsonExports.startJsonLd(g, dataset, base);
        int batches = objects(g, node);
        JsonExports.end(g);
        return batches;
    }

    private int objects(JsonGenerator g, Function<T, Node> object) throws IOException {
        return Batches.walk(batchSize, read, keyOf, batch -> {
            for (T record : batch) {
                g.writeObject(object.apply(record));
            }
            g.flush();
        });
    }
}
