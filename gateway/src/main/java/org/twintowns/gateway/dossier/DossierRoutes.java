package org.twintowns.gateway.dossier;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.twintowns.commons.http.ETags;
import org.twintowns.commons.http.PublicCaching;
import org.twintowns.commons.problem.ProblemResponses;
import org.twintowns.commons.problem.ProblemType;
import org.twintowns.commons.requestid.RequestIds;
import org.twintowns.gateway.EdgeOrder;
import org.twintowns.gateway.config.GatewayConfig;
import org.twintowns.gateway.proxy.CircuitBreakers;
import org.twintowns.gateway.proxy.RouteTable;

/**
 * {@code GET /api/v1/municipalities/{id}/dossier}: a municipality with its partnerships, upcoming
 * and recent events and latest news, fetched from the three services in parallel. A section whose
 * service is down or slow is marked unavailable and named in the {@code Dossier-Partial} header;
 * the dossier is only refused when the municipality itself does not exist.
 */
@ApplicationScoped
public class DossierRoutes {

    static final String PARTIAL_HEADER = "Dossier-Partial";
    /** As the services' lang (api-commons Languages.MAX_TAG_LENGTH). */
    private static final int MAX_LANG_LENGTH = 35;
    private static final Pattern LANGUAGE_TAG = Pattern.compile("[a-zA-Z]{2,3}(-[A-Za-z0-9]{2,8})*");
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,100}");

    @Inject
    Vertx vertx;

    @Inject
    GatewayConfig config;

    @Inject
    RouteTable routes;

    @Inject
    CircuitBreakers breakers;

    private SectionFetcher fetcher;

    void mount(@Observes Router router) {
        fetcher = new SectionFetcher(vertx, vertx.createHttpClient(
                new HttpClientOptions()
                        .setConnectTimeout((int) config.proxy().connectTimeout().toMillis())
                        .setKeepAlive(true),
                new PoolOptions().setHttp1MaxSize(config.proxy().maxConnectionsPerService())),
                routes, breakers, config.dossier().timeout());
        router.getWithRegex("/api/v1/municipalities/([^/]+)/dossier").order(EdgeOrder.DOSSIER).handler(this::handle);
    }

    private void handle(RoutingContext ctx) {
        String id = ctx.pathParam("param0");
        if (id == null || !ID.matcher(id).matches()) {
            ProblemResponses.write(ctx.request(), ProblemType.forStatus(404).problem(404,
                    "There is nothing at " + ctx.request().path() + "."));
            return;
        }
        String m = URLEncoder.encode(id, StandardCharsets.UTF_8);
        String now = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        int size = config.dossier().size();
        String requestId = RequestIds.of(ctx.request());
        // The sections name municipalities in the reader's language: lang wins over Accept-Language,
        // as on the services, and goes on as Accept-Language, which every section takes.
        String lang = ctx.request().getParam("lang");
        if (lang != null && (lang.length() > MAX_LANG_LENGTH || !LANGUAGE_TAG.matcher(lang).matches())) {
            ProblemResponses.write(ctx.request(), ProblemType.forStatus(400).problem(400,
                    "lang must be a language tag such as de, of at most " + MAX_LANG_LENGTH + " characters."));
            return;
        }
        String language = lang != null ? lang : ctx.request().getHeader("Accept-Language");
        Map<String, Future<SectionFetcher.Section>> sections = new LinkedHashMap<>();
        sections.put("municipality", fetcher.fetch("/api/v1/municipalities/" + m, requestId, language));
        sections.put("partnerships", fetcher.fetch("/api/v1/partnerships?municipality=" + m + "&size=100", requestId, language));
        sections.put("upcomingEvents", fetcher.fetch(
                "/api/v1/events?municipality=" + m + "&from=" + now + "&sort=startsAt&size=" + size, requestId, language));
        sections.put("recentEvents", fetcher.fetch(
                "/api/v1/events?municipality=" + m + "&to=" + now + "&sort=-startsAt&size=" + size, requestId, language));
        sections.put("news", fetcher.fetch(
                "/api/v1/news?municipality=" + m + "&sort=-publishedAt&size=" + size, requestId, language));
        Future.join(new ArrayList<>(sections.values())).onComplete(done -> answer(ctx, id, sections));
    }

    private static void answer(RoutingContext ctx, String id, Map<String, Future<SectionFetcher.Section>> sections) {
        SectionFetcher.Section municipality = sections.get("municipality").result();
        if (municipality.available() && municipality.status() == 404) {
            ProblemResponses.write(ctx.request(), ProblemType.RESOURCE_NOT_FOUND.problem(404,
                    "There is no municipality " + id + "."));
            return;
        }
        JsonObject dossier = new JsonObject().put("id", id);
        List<String> partial = new ArrayList<>();
        sections.forEach((name, future) -> {
            SectionFetcher.Section section = future.result();
            if (section.available() && section.status() == 200) {
                dossier.put(name, new JsonObject().put("available", true).put("data", section.json()));
            } else {
                partial.add(name);
                dossier.put(name, new JsonObject().put("available", false).put("reason", section.available()
                        ? "the " + section.service() + " service answered " + section.status()
                        : section.unavailableReason()));
            }
        });
        if (!partial.isEmpty()) {
            ctx.response().putHeader(PARTIAL_HEADER, String.join(", ", partial));
        }
        // Public reads put together, cacheable like them (with a token SecurityHeaders makes it private);
        // one with a section missing is not kept, so that the next reader gets the whole again.
        byte[] body = dossier.encode().getBytes(StandardCharsets.UTF_8);
        String etag = ETags.weakOfContent(body, body.length);
        ctx.response().putHeader("Vary", "Accept-Language")
                .putHeader("Cache-Control", partial.isEmpty() ? PublicCaching.DEFAULT : "no-store")
                .putHeader("ETag", etag);
        if (ETags.namedIn(ctx.request().getHeader("If-None-Match"), etag)) {
            ctx.response().setStatusCode(304).end();
            return;
        }
        ctx.response().putHeader("Content-Type", "application/json").end(Buffer.buffer(body));
    }
}
