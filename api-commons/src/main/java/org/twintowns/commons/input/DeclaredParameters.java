package org.twintowns.commons.input;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * The query and path parameters a resource method declares, read from its annotations: on its
 * parameters, on the fields of its parameter classes ({@code @BeanParam} or not, nested too) and on
 * the fields of its resource class. Each with the Java type it converts to, element type for lists.
 *
 * @param query the query parameters by name, sorted
 * @param path  the path parameters by name, sorted
 */
record DeclaredParameters(Map<String, Class<?>> query, Map<String, Class<?>> path) {

    /**
     * The parameters of the method and of its siblings: the methods of the class with the same path
     * and HTTP method, which answer one operation in different media types (a list and its map).
     */
    static DeclaredParameters of(Class<?> resourceClass, Method method) {
        Map<String, Class<?>> query = new TreeMap<>();
        Map<String, Class<?>> path = new TreeMap<>();
        List<Method> methods = new ArrayList<>(List.of(method));
        for (Method candidate : method.getDeclaringClass().getDeclaredMethods()) {
            if (!candidate.equals(method) && isSibling(candidate, method)) {
                methods.add(candidate);
            }
        }
        for (Method m : methods) {
            for (Parameter parameter : m.getParameters()) {
                collect(parameter, parameter.getName(), parameter.getParameterizedType(), query, path, 0, true);
            }
        }
        for (Class<?> type = resourceClass; type != null && type != Object.class; type = type.getSuperclass()) {
            collectFields(type, query, path, 0);
        }
        return new DeclaredParameters(Collections.unmodifiableMap(query), Collections.unmodifiableMap(path));
    }

    private static boolean isSibling(Method candidate, Method method) {
        Path candidatePath = candidate.getAnnotation(Path.class);
        Path methodPath = method.getAnnotation(Path.class);
        boolean samePath = candidatePath == null ? methodPath == null
                : methodPath != null && candidatePath.value().equals(methodPath.value());
        return samePath && httpMethod(candidate) != null && httpMethod(candidate).equals(httpMethod(method));
    }

    private static String httpMethod(Method method) {
        for (java.lang.annotation.Annotation annotation : method.getAnnotations()) {
            HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return http.value();
            }
        }
        return null;
    }

    private static void collect(AnnotatedElement element, String javaName, Type type,
                                Map<String, Class<?>> query, Map<String, Class<?>> path, int depth,
                                boolean unmarkedAggregate) {
        String queryName = queryName(element, javaName);
        String pathName = pathName(element, javaName);
        if (queryName != null) {
            query.put(queryName, elementClass(type));
        } else if (pathName != null) {
            path.put(pathName, elementClass(type));
        } else if (type instanceof Class<?> aggregate && depth < 4
                && (element.isAnnotationPresent(BeanParam.class) || unmarkedAggregate && isOurs(aggregate))) {
            for (Class<?> c = aggregate; c != null && c != Object.class && c != Record.class; c = c.getSuperclass()) {
                collectFields(c, query, path, depth + 1);
            }
        }
    }

    private static void collectFields(Class<?> type, Map<String, Class<?>> query, Map<String, Class<?>> path,
                                      int depth) {
        for (Field field : type.getDeclaredFields()) {
            collect(field, field.getName(), field.getGenericType(), query, path, depth, false);
        }
    }

    /**
     * A method parameter of a class of ours without annotation: the body, or (Quarkus REST needs no
     * {@code @BeanParam}) a class holding parameters; a body has none, so both may be read.
     */
    private static boolean isOurs(Class<?> type) {
        return !type.isPrimitive() && !type.isArray() && !type.isEnum() && !type.isInterface()
                && type.getClassLoader() != null && type.getName().startsWith("org.twintowns.");
    }

    private static String queryName(AnnotatedElement element, String javaName) {
        QueryParam query = element.getAnnotation(QueryParam.class);
        if (query != null) {
            return query.value();
        }
        RestQuery rest = element.getAnnotation(RestQuery.class);
        return rest == null ? null : orJavaName(rest.value(), javaName);
    }

    private static String pathName(AnnotatedElement element, String javaName) {
        PathParam path = element.getAnnotation(PathParam.class);
        if (path != null) {
            return path.value();
        }
        RestPath rest = element.getAnnotation(RestPath.class);
        return rest == null ? null : orJavaName(rest.value(), javaName);
    }

    private static String orJavaName(String declared, String javaName) {
        return declared == null || declared.isEmpty() ? javaName : declared;
    }

    /** The type a value converts to: {@code UUID} for {@code List<UUID>}, the class itself otherwise. */
    private static Class<?> elementClass(Type type) {
        if (type instanceof ParameterizedType parameterized && parameterized.getRawType() instanceof Class<?> raw) {
            if (Collection.class.isAssignableFrom(raw) && parameterized.getActualTypeArguments().length == 1) {
                return elementClass(parameterized.getActualTypeArguments()[0]);
            }
            return raw;
        }
        return type instanceof Class<?> c ? c : Object.class;
    }
}
