package org.twintowns.commons.openapi;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.twintowns.commons.http.ETags;
import org.twintowns.commons.problem.ProblemResponses;
import org.twintowns.commons.problem.ProblemType;

/**
 * An OpenAPI document served at {@code /q/openapi} exactly as the build wrote it, in its YAML and JSON
 * forms: the gateway's merged contract, and a service's committed contract in the application as built.
 *
 * <p>Nothing is prepared at start-up: Quarkus's OpenAPI extension reads its generated document, builds
 * the model and writes it out again as JSON and YAML at every start, whether or not anyone asks for it
 * (a third of the gateway's start, a tenth of a service's start thread). Each form is read on its first
 * request. The formats are chosen as Quarkus chose them: {@code /q/openapi.json} or {@code .yaml}/{@code .yml},
 * else {@code ?format=json|yaml}, else JSON when {@code Accept} asks for it, else YAML. The document changes
 * only with a release: an ETag lets a client revalidate it.
 */
public final class ContractDocument {

    private static final String PATH = "/q/openapi";
    /** The paths Quarkus's extension answers on, which clients and Swagger UI use. */
    public static final List<String> PATHS = List.of(PATH, PATH + ".json", PATH + ".yaml", PATH + ".yml");
    static final String YAML_TYPE = "application/yaml;charset=UTF-8";
    static final String JSON_TYPE = "application/json;charset=UTF-8";
    private static final String ALLOW = "GET, HEAD, OPTIONS";

    /** One form of the document, read on its first request. */
    private static final class Form {
        private final String resource;
        private volatile byte[] body;
        private volatile String etag;

        Form(String resource) {
            this.resource = resource;
        }

        byte[] body() {
            if (body == null) {
                byte[] read = read(resource);
                etag = ETags.ofContent(read, read.length);
                body = read;
            }
            return body;
        }

        String etag() {
            body();
            return etag;
        }
    }

    private final Form yaml;
    private final Form json;

    /** The document whose forms are these class-path resources. */
    public ContractDocument(String yamlResource, String jsonResource) {
        this.yaml = new Form(yamlResource);
        this.json = new Form(jsonResource);
    }

    /** Answers a request on one of {@link #PATHS}. */
    public void handle(RoutingContext ctx) {
        HttpMethod method = ctx.request().method();
        HttpServerResponse response = ctx.response();
        if (method == HttpMethod.OPTIONS) {
            response.putHeader(HttpHeaders.ALLOW, ALLOW).setStatusCode(204).end();
            return;
        }
        if (method != HttpMethod.GET && method != HttpMethod.HEAD) {
            response.putHeader(HttpHeaders.ALLOW, ALLOW);
            ProblemResponses.write(ctx.request(), ProblemType.forStatus(405).problem(405,
                    "The contract is read with " + ALLOW + "; " + method.name() + " is not one of them."));
            return;
        }
        boolean asJson = wantsJson(ctx.normalizedPath(), ctx.request().getParam("format"),
                ctx.request().getHeader(HttpHeaders.ACCEPT));
        Form form = asJson ? json : yaml;
        response.putHeader(HttpHeaders.CACHE_CONTROL, "no-cache")
                .putHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT)
                .putHeader(HttpHeaders.ETAG, form.etag());
        if (ETags.namedIn(ctx.request().getHeader(HttpHeaders.IF_NONE_MATCH), form.etag())) {
            response.setStatusCode(304).end();
            return;
        }
        response.putHeader(HttpHeaders.CONTENT_TYPE, asJson ? JSON_TYPE : YAML_TYPE);
        if (method == HttpMethod.HEAD) {
            response.putHeader(HttpHeaders.CONTENT_LENGTH, Integer.toString(form.body().length)).end();
        } else {
            response.end(Buffer.buffer(form.body()));
        }
    }

    /** The path's extension, then {@code format}, then {@code Accept}; YAML when none of them says JSON. */
    static boolean wantsJson(String path, String format, String accept) {
        if (path.endsWith(".json")) {
            return true;
        }
        if (path.endsWith(".yaml") || path.endsWith(".yml")) {
            return false;
        }
        if (format != null) {
            return format.trim().toLowerCase(Locale.ROOT).equals("json");
        }
        return accept != null && accept.toLowerCase(Locale.ROOT).contains("application/json");
    }

    /** A class-path resource the build wrote, whole. */
    private static byte[] read(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing: the build writes it from contracts/");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }
}
