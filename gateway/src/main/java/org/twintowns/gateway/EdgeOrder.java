package org.twintowns.gateway;

/**
 * Where the gateway's own steps sit on the HTTP router, in the order a request meets them (a lower
 * order runs first). They come after the filters every application shares (api-commons: request
 * id -10 000, Date -9 900, security headers -9 500); CORS and naming come before the shared body
 * limit (-9 000), the rest after it. All of them run before Quarkus's own security handlers (-200
 * and later) and REST (10 000): a request under {@code /api/v1} that the gateway forwards or
 * composes never passes through those, which the gateway does not use for it (it checks tokens
 * itself, {@code quarkus.http.auth.proactive=false}) and which took about 4% of its CPU samples
 * (JFR, bench/gateway-overhead.sh). A path no service owns falls through all of them to the 404
 * problem route.
 */
public final class EdgeOrder {

    /** CORS, before the body limit, so that a browser's script can read every refusal, a 413 too. */
    public static final int CORS = -9_200;
    /** The request named after the operation it addresses, for metrics ({@code metrics.RequestNames}). */
    public static final int NAME = -9_100;
    /** Who is calling: the subject of a valid token. The rate limit keys on it. */
    public static final int IDENTIFY = -8_400;
    /** The rate limit, before anything is refused for want of a token, so that refusals count too. */
    public static final int RATE_LIMIT = -8_300;
    /** Writes without a valid token refused. */
    public static final int ENFORCE = -8_200;
    /** The dossier the gateway composes itself, before the proxy sends its path to partnerships-service. */
    public static final int DOSSIER = -8_100;
    /** The open data catalogue the gateway answers itself (/api/v1/catalog, which no service owns). */
    public static final int CATALOG = -8_100;
    /** The reverse proxy. */
    public static final int PROXY = -8_000;
    /** The merged contract at /q/openapi, outside /api/v1 like the explorer. */
    public static final int CONTRACT = -7_900;
    /** The explorer page under /explore/, outside /api/v1: none of the steps above apply to it. */
    public static final int EXPLORER = -7_900;

    private EdgeOrder() {
    }
}
