package org.twintowns.commons.http;

import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.WriterInterceptor;
import jakarta.ws.rs.ext.WriterInterceptorContext;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.lang.annotation.Annotation;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.common.providers.serialisers.JsonMessageBodyWriterUtil;
import org.jboss.resteasy.reactive.server.core.CurrentRequestManager;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.jackson.JacksonMessageBodyWriterUtil;
import org.jboss.resteasy.reactive.server.spi.ServerHttpResponse;

/**
 * Makes every public read cacheable and revalidatable, lists included, without the resources
 * doing anything: an answer 200 to a GET without credentials gets a {@code Cache-Control} (the
 * resource's own, its {@link CachePolicy}, or {@link #DEFAULT}) and, when it has no ETag of its
 * own (lists have no version), a weak ETag that is a digest of the body as serialized once; an
 * {@code If-None-Match} naming it gets 304 without a body. Answers to requests with credentials are
 * left to {@link org.twintowns.commons.security.SecurityHeaders} ({@code private, no-store}). It runs for
 * the resources marked {@link PublicReads}.
 *
 * <p>A writer interceptor sends every answer of these resources down Quarkus REST's stream-based
 * writing path, where its Jackson writer serializes to a {@code String}, encodes that and copies it
 * out (about a quarter of a list's CPU time, issue 21). So this interceptor writes the JSON views
 * itself, with the writer Quarkus would use (the application's {@code ObjectMapper}, configured as
 * Quarkus configures it), straight to UTF-8 bytes that are digested and handed on as the entity.
 * The bytes are the same. Everything else (text,
 * streamed exports, byte arrays) goes through the writer Quarkus chose.
 */
@Provider
@PublicReads
public class PublicCaching implements WriterInterceptor {

    /**
     * A minute fresh, then served stale for five while a cache revalidates in the background: a
     * registry changes a few times a day, and a sync walk loses nothing by an older page (its
     * {@code syncedUntil} is older too, so the next walk starts earlier).
     */
    public static final String DEFAULT = "public, max-age=60, stale-while-revalidate=300";

    /**
     * Whole maps (the registry as GeoJSON, megabytes): five minutes fresh, then up to an hour stale
     * while a cache fetches the next; a map a few minutes behind the registry misleads no one.
     */
    public static final String MAP = "public, max-age=300, stale-while-revalidate=3600";

    /**
     * Kept, but checked with the service every time (a 304 while nothing changed): for what must
     * disappear at once when withdrawn (news) and for feeds polled for what is new.
     */
    public static final String ALWAYS_REVALIDATE = "no-cache";

    private final Set<String> digestedTypes;
    private final ObjectWriter json;

    public PublicCaching(@ConfigProperty(name = "quarkus.http.compress-media-types") List<String> textTypes,
            ObjectMapper mapper) {
        // The text formats of the API are the ones worth compressing; binary media have their own ETag.
        this.digestedTypes = Set.copyOf(textTypes);
        // The writer Quarkus REST's Jackson writer uses for an answer without @JsonView.
        // Characters beyond the BMP (emoji) as their UTF-8, as the String path behind an interceptor wrote
        // them; Jackson's byte writer would otherwise escape each half of the pair (\\uD83C\\uDFDB).
        this.json = JacksonMessageBodyWriterUtil.createDefaultWriter(mapper)
                .with(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8);
    }

    @Override
    public void aroundWriteTo(WriterInterceptorContext ctx) throws IOException {
        ResteasyReactiveRequestContext request = CurrentRequestManager.get();
        boolean jackson = writtenByJackson(ctx);
        if (request == null || !"GET".equals(request.getMethod())
                || request.getResponse().get().getStatus() != 200
                || request.serverRequest().getRequestHeader(HttpHeaders.AUTHORIZATION) != null) {
            write(ctx, jackson);
            return;
        }
        MultivaluedMap<String, Object> headers = ctx.getHeaders();
        if (!headers.containsKey(HttpHeaders.CACHE_CONTROL)) {
            headers.putSingle(HttpHeaders.CACHE_CONTROL, policyOf(ctx.getAnnotations()));
        }
        if (headers.containsKey(HttpHeaders.ETAG) || !digested(ctx.getMediaType())) {
            write(ctx, jackson);
            return;
        }
        OutputStream out = ctx.getOutputStream();
        byte[] bytes;
        int length;
        if (jackson) {
            bytes = serialized(ctx);
            length = bytes.length;
        } else {
            Body body = new Body();
            ctx.setOutputStream(body);
            ctx.proceed();
            bytes = body.bytes();
            length = body.size();
        }
        String etag = ETags.weakOfContent(bytes, length);
        ServerHttpResponse response = request.serverResponse();
        response.setResponseHeader(HttpHeaders.ETAG, etag);
        String ifNoneMatch = request.serverRequest().getRequestHeader(HttpHeaders.IF_NONE_MATCH);
        if (ETags.namedIn(ifNoneMatch, etag)) {
            if (jackson) {
                // Quarkus sets the answer's headers as the chain ends: it ends, writing to nowhere.
                ctx.setOutputStream(new Body());
                ctx.proceed();
            }
            response.setStatusCode(304);
            response.removeResponseHeader(HttpHeaders.CONTENT_TYPE);
            response.removeResponseHeader(HttpHeaders.CONTENT_LENGTH);
            out.close();
        } else if (jackson) {
            ctx.proceed();
        } else {
            out.write(bytes, 0, length);
            out.close();
        }
    }

    /** The answer as it is, serialized by this interceptor for a JSON view, else by the writer Quarkus chose. */
    private void write(WriterInterceptorContext ctx, boolean jackson) throws IOException {
        if (jackson) {
            serialized(ctx);
        }
        ctx.proceed();
    }

    /**
     * The JSON view as UTF-8 bytes, which then become the entity: Quarkus ends the chain (the
     * answer's headers, the status) as ever, and writes the bytes as they are.
     */
    private byte[] serialized(WriterInterceptorContext ctx) throws IOException {
        JsonMessageBodyWriterUtil.setContentTypeIfNecessary(ctx.getHeaders());
        byte[] bytes = json.writeValueAsBytes(ctx.getEntity());
        ctx.setEntity(bytes);
        ctx.setType(byte[].class);
        ctx.setGenericType(byte[].class);
        return bytes;
    }

    /**
     * Whether Quarkus would hand the entity to its Jackson writer: a JSON media type, and not one of
     * the types Quarkus REST writes with a writer of its own.
     */
    static boolean writtenByJackson(WriterInterceptorContext ctx) {
        MediaType type = ctx.getMediaType();
        Object entity = ctx.getEntity();
        if (type == null || entity == null || !("json".equals(type.getSubtype()) || type.getSubtype().endsWith("+json"))) {
            return false;
        }
        return !(entity instanceof CharSequence || entity instanceof byte[] || entity instanceof char[]
                || entity instanceof InputStream || entity instanceof Reader || entity instanceof StreamingOutput
                || entity instanceof File || entity instanceof Path || entity instanceof Buffer
                || entity instanceof JsonObject || entity instanceof JsonArray);
    }

    private boolean digested(MediaType type) {
        return type != null && digestedTypes.contains(type.getType() + "/" + type.getSubtype());
    }

    private static String policyOf(Annotation[] annotations) {
        if (annotations != null) {
            for (Annotation annotation : annotations) {
                if (annotation instanceof CachePolicy policy) {
                    return policy.value();
                }
            }
        }
        return DEFAULT;
    }

    /** The serialized body, handed on without another copy. */
    private static final class Body extends ByteArrayOutputStream {
        Body() {
            super(8192);
        }

        byte[] bytes() {
            return buf;
        }
    }
}
