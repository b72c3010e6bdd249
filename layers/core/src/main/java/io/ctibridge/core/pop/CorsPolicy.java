package io.ctibridge.core.pop;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Which browser origins may read pops: the Salesforce pages that host the softphone adapter, and nothing else.
 * Deployed, API Gateway answers CORS from the template's {@code CorsConfiguration} (and ignores these headers); this
 * policy serves the same rules where no API Gateway sits in front, such as the local stack's server.
 *
 * <p>No wildcard and no credentials mode: the token travels in the Authorization header, never in a cookie, so
 * browsers that block third-party cookies work unchanged.
 */
public final class CorsPolicy {

    /** Environment variable: comma-separated origins, e.g. {@code https://acme.lightning.force.com}. */
    public static final String ALLOWED_ORIGINS_ENV = "ALLOWED_ORIGINS";

    static final String ALLOWED_METHODS = "GET, OPTIONS";
    static final String ALLOWED_HEADERS = "Authorization, Content-Type";
    /** As the template's MaxAge: browsers re-ask at most every 10 minutes. */
    static final String MAX_AGE_SECONDS = "600";

    private final Set<String> origins;

    private CorsPolicy(Set<String> origins) {
        this.origins = Set.copyOf(origins);
    }

    /** No browser origin allowed: the right setting when API Gateway handles CORS. */
    public static CorsPolicy none() {
        return new CorsPolicy(Set.of());
    }

    /**
     * @param commaSeparated e.g. {@code "https://a.lightning.force.com, https://a--c.vf.force.com"}; null or blank for
     *                       none
     * @throws IllegalArgumentException for anything but scheme://host[:port] origins (a typo must fail at start, not
     *                                  silently refuse every agent)
     */
    public static CorsPolicy of(String commaSeparated) {
        Set<String> origins = new LinkedHashSet<>();
        if (commaSeparated != null) {
            Arrays.stream(commaSeparated.split(","))
                    .map(String::strip)
                    .filter(o -> !o.isEmpty())
                    .map(CorsPolicy::requireOrigin)
                    .forEach(origins::add);
        }
        return new CorsPolicy(origins);
    }

    public boolean allows(String origin) {
        return origin != null && origins.contains(origin.toLowerCase(Locale.ROOT));
    }

    /** Headers for an actual (non-preflight) response to {@code origin}: empty when the origin is not allowed. */
    public Map<String, String> responseHeaders(String origin) {
        if (!allows(origin)) {
            return Map.of();
        }
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Access-Control-Allow-Origin", origin);
        headers.put("Vary", "Origin");
        return headers;
    }

    /** Headers for the answer to a preflight from an allowed {@code origin}. */
    public Map<String, String> preflightHeaders(String origin) {
        Map<String, String> headers = new LinkedHashMap<>(responseHeaders(origin));
        if (!headers.isEmpty()) {
            headers.put("Access-Control-Allow-Methods", ALLOWED_METHODS);
            headers.put("Access-Control-Allow-Headers", ALLOWED_HEADERS);
            headers.put("Access-Control-Max-Age", MAX_AGE_SECONDS);
        }
        return headers;
    }

    private static String requireOrigin(String origin) {
        try {
            URI uri = new URI(origin);
            boolean bare = uri.getScheme() != null
                    && uri.getHost() != null
                    && uri.getUserInfo() == null
                    && (uri.getRawPath() == null || uri.getRawPath().isEmpty())
                    && uri.getRawQuery() == null
                    && uri.getRawFragment() == null;
            boolean web = "https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme());
            if (bare && web) {
                // Browsers send the scheme and host in lowercase.
                return origin.toLowerCase(Locale.ROOT);
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        throw new IllegalArgumentException(ALLOWED_ORIGINS_ENV + ": '" + origin
                + "' is not an origin (scheme://host[:port], no path, no wildcard)");
    }

    @Override
    public String toString() {
        return "CorsPolicy" + origins;
    }
}
