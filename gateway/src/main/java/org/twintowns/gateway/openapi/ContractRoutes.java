package org.twintowns.gateway.openapi;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Locale;
import org.twintowns.commons.http.ETags;
import org.twintowns.commons.problem.ProblemResponses;
import org.twintowns.commons.problem.ProblemType;
import org.twintowns.gateway.EdgeOrder;

/**
 * {@code /q/openapi}: the merged contract of the platform exactly as the build wrote it (openapi-merge,
 * {@code META-INF/openapi.yaml} and {@code .json}), which Swagger UI at {@code /q/swagger-ui} shows.
 *
 * <p>The gateway scans nothing and adds nothing to the document, so it has nothing to prepare: Quarkus's
 * OpenAPI extension, which read the document, built its model and wrote it out again as JSON and YAML at
 * every start, took 30 % of the gateway's start-up (bench/startup.sh, JFR); the build's own files are
 * served instead. The formats are chosen as Quarkus chose them: {@code /q/openapi.json} or
 * {@code .yaml}/{@code .yml}, else {@code ?format=json|yaml}, else JSON when {@code Accept} asks for it,
 * else YAML. The document changes only with a release: an ETag lets a client revalidate it.
 */
@ApplicationScoped
public class ContractRoutes {

    static final String PATH = "/q/openapi";
    static final String YAML_TYPE = "application/yaml;charset=UTF-8";
    static final String JSON_TYPE = "application/json;charset=UTF-8";
    private static final String ALLOW = "GET, HEAD, OPTIONS";

    /** One form of the document, read on its first request (start-up does not pay for it). */
    private static final class Form {
        private final String resource;
        private volatile byte[] body;
        private volatile String etag;

        Form(String resource) {
            this.resource = resource;
        }

        byte[] body() {
            if (body == null) {
                byte[] read = MergedContract.read(resource);
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

    private final Form yaml = new Form(MergedContract.YAML);
    private final Form json = new Form(MergedContract.JSON);

    void mount(@Observes Router router) {
        for (String path : List.of(PATH, PATH + ".json", PATH + ".yaml", PATH + ".yml")) {
            router.route(path).order(EdgeOrder.CONTRACT).handler(this::handle);
        }
    }

    private void handle(RoutingContext ctx) {
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
}
