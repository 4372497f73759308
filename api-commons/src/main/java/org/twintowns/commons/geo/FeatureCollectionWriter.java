package org.twintowns.commons.geo;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;

/**
 * Writes one RFC 7946 FeatureCollection feature by feature, for downloads too large to hold: the
 * collection's foreign members (RFC 7946 section 6.1, such as its licence) first, then each feature as it
 * comes, so memory does not grow with the number of features. Features are written by the same
 * {@link ObjectMapper} that writes the maps, so a feature reads the same in both.
 */
public final class FeatureCollectionWriter implements AutoCloseable {

    private final ObjectWriter mapper;
    private final JsonGenerator json;
    private long written;

    /** Starts the collection; {@code foreignMembers} go before the features, in their order. */
    public FeatureCollectionWriter(ObjectMapper mapper, OutputStream out, Map<String, ?> foreignMembers)
            throws IOException {
        // Flushed per batch (flush()), not per feature: one small write per feature would cost more than the query.
        this.mapper = mapper.writer().without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);
        this.json = mapper.getFactory().createGenerator(out, JsonEncoding.UTF8);
        // The caller owns the stream: closing the collection ends the document, not the response.
        json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        json.writeStartObject();
        json.writeStringField("type", "FeatureCollection");
        for (Map.Entry<String, ?> member : foreignMembers.entrySet()) {
            json.writeFieldName(member.getKey());
            mapper.writeValue(json, member.getValue());
        }
        json.writeArrayFieldStart("features");
    }

    /** Adds one feature. */
    public void write(Object feature) throws IOException {
        mapper.writeValue(json, feature);
        written++;
    }

    /** Passes what is written so far on to the client, between batches. */
    public void flush() throws IOException {
        json.flush();
    }

    public long written() {
        return written;
    }

    /** Ends the features and the collection. */
    @Override
    public void close() throws IOException {
        json.writeEndArray();
        json.writeEndObject();
        json.close();
    }
}
