package org.twintowns.commons.input;

import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import org.jboss.resteasy.reactive.RestCookie;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestMatrix;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.twintowns.commons.text.StorableText;

/**
 * Refuses a text parameter (query, path, header, cookie, form field) that holds a NUL character or
 * half a surrogate pair, before any resource sees it: with a converter provider present, Quarkus
 * REST passes every String parameter through it. Other parameter types need no check: a NUL makes
 * their conversion fail anyway.
 */
@Provider
public class StorableTextParameters implements ParamConverterProvider {

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        if (rawType != String.class) {
            return null;
        }
        return (ParamConverter<T>) new Checked(nameOf(annotations));
    }

    /** The parameter's name as the client sends it; the Rest* annotations may leave it to the Java name, unknown here. */
    static String nameOf(Annotation[] annotations) {
        for (Annotation a : annotations == null ? new Annotation[0] : annotations) {
            String name = declaredName(a);
            if (name != null && !name.isEmpty()) {
                return name;
            }
        }
        return "parameter";
    }

    private static String declaredName(Annotation a) {
        if (a instanceof QueryParam q) {
            return q.value();
        } else if (a instanceof PathParam p) {
            return p.value();
        } else if (a instanceof HeaderParam h) {
            return h.value();
        } else if (a instanceof FormParam f) {
            return f.value();
        } else if (a instanceof CookieParam c) {
            return c.value();
        } else if (a instanceof MatrixParam m) {
            return m.value();
        } else if (a instanceof RestQuery q) {
            return q.value();
        } else if (a instanceof RestPath p) {
            return p.value();
        } else if (a instanceof RestHeader h) {
            return h.value();
        } else if (a instanceof RestForm f) {
            return f.value();
        } else if (a instanceof RestCookie c) {
            return c.value();
        } else if (a instanceof RestMatrix m) {
            return m.value();
        }
        return null;
    }

    private record Checked(String name) implements ParamConverter<String> {

        @Override
        public String fromString(String value) {
            if (!StorableText.isStorable(value)) {
                throw new UnstorableParameterException(name);
            }
            return value;
        }

        @Override
        public String toString(String value) {
            return value;
        }
    }
}
