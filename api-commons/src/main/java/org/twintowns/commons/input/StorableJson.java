package org.twintowns.commons.input;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import org.twintowns.commons.text.StorableText;

/**
 * What every JSON document a service reads must respect, set once on the application's ObjectMapper:
 * no string (value or member name) holding a NUL or half a surrogate pair, and no nesting deeper
 * than {@link #MAX_NESTING_DEPTH}. Both are refused as a 400 problem (InputProblemMappers).
 */
@Singleton
public class StorableJson implements ObjectMapperCustomizer {

    /**
     * Our deepest documents (a partnership with participants and contacts, a news item's snapshot)
     * nest fewer than ten levels; Jackson's own limit of 1000 only guards its stack.
     */
    public static final int MAX_NESTING_DEPTH = 64;

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(MAX_NESTING_DEPTH).build());
        SimpleModule module = new SimpleModule("storable-text");
        module.addDeserializer(String.class, new Strings());
        module.addKeyDeserializer(String.class, new Keys());
        mapper.registerModule(module);
    }

    /** Jackson's own String reading, then the check; used for properties, collection elements and map values. */
    static final class Strings extends StdScalarDeserializer<String> {

        Strings() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            return checked(parser, StringDeserializer.instance.deserialize(parser, context));
        }

        /** Text, as Jackson's own: coercion settings for strings keep applying. */
        @Override
        public LogicalType logicalType() {
            return LogicalType.Textual;
        }
    }

    /** Map keys (names.de) are stored too. */
    static final class Keys extends KeyDeserializer {

        @Override
        public Object deserializeKey(String key, DeserializationContext context) throws IOException {
            return checked(context.getParser(), key);
        }
    }

    static String checked(JsonParser parser, String value) throws UnstorableJsonTextException {
        if (!StorableText.isStorable(value)) {
            throw new UnstorableJsonTextException(parser, value);
        }
        return value;
    }
}
