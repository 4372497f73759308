package org.twintowns.kubernetes;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The fields of a parsed object that its Kubernetes type does not have. fabric8's models accept any
 * field and keep the ones they do not know in {@code additionalProperties} (Jackson's "any setter"), so
 * FAIL_ON_UNKNOWN_PROPERTIES never fires for them; this walks the object tree, by the JSON names of its
 * properties, and reports each such field with its path ({@code spec.template.spec.containers[0].livenessProb}).
 */
final class UnknownFields {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String EXTRA = "additionalProperties";
    private static final Map<Class<?>, List<BeanPropertyDefinition>> PROPERTIES = new ConcurrentHashMap<>();

    private UnknownFields() {
    }

    static List<String> in(Object root) {
        List<String> paths = new ArrayList<>();
        walk(root, "", paths);
        return paths;
    }

    private static void walk(Object value, String path, List<String> paths) {
        if (value instanceof Collection<?> items) {
            int index = 0;
            for (Object item : items) {
                walk(item, path + "[" + index++ + "]", paths);
            }
            return;
        }
        if (value instanceof Map<?, ?> map) {
            map.forEach((key, item) -> walk(item, join(path, String.valueOf(key)), paths));
            return;
        }
        if (value == null || !value.getClass().getName().startsWith("io.fabric8.kubernetes.api.model")) {
            return;
        }
        extra(value).keySet().forEach(field -> paths.add(join(path, String.valueOf(field))));
        for (BeanPropertyDefinition property : PROPERTIES.computeIfAbsent(value.getClass(), UnknownFields::properties)) {
            walk(property.getAccessor().getValue(value), join(path, property.getName()), paths);
        }
    }

    /** The properties of a type by their JSON names, each with a getter (introspection is slow: once per type). */
    private static List<BeanPropertyDefinition> properties(Class<?> type) {
        BeanDescription bean = MAPPER.getSerializationConfig().introspect(MAPPER.constructType(type));
        return bean.findProperties().stream()
                .filter(p -> p.getAccessor() != null && !EXTRA.equals(p.getName()))
                .toList();
    }

    private static Map<?, ?> extra(Object value) {
        try {
            Method getter = value.getClass().getMethod("getAdditionalProperties");
            Object extra = getter.invoke(value);
            return extra instanceof Map<?, ?> map ? map : Map.of();
        } catch (NoSuchMethodException e) {
            return Map.of();
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read the unknown fields of " + value.getClass().getName(), e);
        }
    }

    private static String join(String path, String field) {
        return path.isEmpty() ? field : path + "." + field;
    }
}
