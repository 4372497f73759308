package org.twintowns.testing.arch;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.junit.jupiter.api.Test;

/**
 * Every record of a service shows exactly its components, in its JSON and in its contract. Jackson
 * and the OpenAPI scanner both take a record's {@code isX()} and {@code getX()} methods for
 * properties: a helper such as {@code PressContact.isEmpty()} put {@code "empty": false} into every
 * news item and into the contract. This finds each such method in the service, serialised or not, so
 * a new one fails before it reaches a client. A service's test extends it; it starts nothing.
 */
public abstract class RecordPropertiesSuite {

    private final String basePackage;
    private final String contract;

    /**
     * @param basePackage the service's base package, such as {@code org.twintowns.news}
     * @param contract    the name of its committed contract under {@code contracts/}, such as {@code news-service}
     */
    protected RecordPropertiesSuite(String basePackage, String contract) {
        this.basePackage = basePackage;
        this.contract = contract;
    }

    @Test
    void shouldSerialiseEveryRecordAsExactlyItsComponents() {
        ObjectMapper json = new ObjectMapper();
        List<String> extra = new ArrayList<>();
        for (Class<?> record : records()) {
            BeanDescription description = json.getSerializationConfig().introspect(json.constructType(record));
            Set<String> properties = description.findProperties().stream()
                    .filter(BeanPropertyDefinition::couldSerialize)
                    .map(BeanPropertyDefinition::getName)
                    .collect(Collectors.toCollection(TreeSet::new));
            properties.removeAll(components(record));
            if (!properties.isEmpty()) {
                extra.add(record.getName() + " " + properties);
            }
        }
        if (!extra.isEmpty()) {
            fail("Records whose JSON shows more than their components (an is*/get* method taken for a property; "
                    + "make it static, rename it, or @JsonIgnore and @Schema(hidden = true) it): " + extra);
        }
    }

    @Test
    void shouldDescribeEveryRecordInTheContractAsExactlyItsComponents() throws IOException {
        JsonNode schemas = new YAMLMapper().readTree(Path.of("..", "contracts", contract + ".yaml").toFile())
                .path("components").path("schemas");
        assertTrue(schemas.isObject(), "contracts/" + contract + ".yaml has no component schemas");
        List<String> extra = new ArrayList<>();
        for (Class<?> record : records()) {
            Schema schema = record.getAnnotation(Schema.class);
            if (schema == null || schema.name().isEmpty()) {
                continue;
            }
            Set<String> properties = new TreeSet<>();
            for (Iterator<String> names = schemas.path(schema.name()).path("properties").fieldNames(); names.hasNext(); ) {
                properties.add(names.next());
            }
            properties.removeAll(components(record));
            if (!properties.isEmpty()) {
                extra.add(schema.name() + " (" + record.getSimpleName() + ") " + properties);
            }
        }
        if (!extra.isEmpty()) {
            fail("Schemas of contracts/" + contract + ".yaml with properties their record does not have: " + extra);
        }
    }

    private List<Class<?>> records() {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        List<Class<?>> records = new ArrayList<>();
        for (String name : ProjectClasses.names(loader, basePackage.replace('.', '/') + "/")) {
            try {
                Class<?> type = Class.forName(name.replace('/', '.'), false, loader);
                if (type.isRecord()) {
                    records.add(type);
                }
            } catch (ClassNotFoundException | LinkageError e) {
                throw new IllegalStateException("Cannot load " + name, e);
            }
        }
        assertTrue(!records.isEmpty(), "No record under " + basePackage);
        return records;
    }

    private static Set<String> components(Class<?> record) {
        return Arrays.stream(record.getRecordComponents()).map(RecordComponent::getName).collect(Collectors.toSet());
    }
}
