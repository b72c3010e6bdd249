package io.ctibridge.emulator;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One HTTP request as the emulator received it.
 *
 * @param rawQuery the undecoded query string, "" when there was none
 * @param headers  request headers; look them up with {@link #header(String)}, which ignores case
 */
public record RecordedRequest(
        String method, String path, String rawQuery, Map<String, List<String>> headers, String body, Instant at) {

    public RecordedRequest {
        rawQuery = rawQuery == null ? "" : rawQuery;
        headers = Map.copyOf(headers);
    }

    /** The first value of a query parameter, URL-decoded. */
    public Optional<String> queryParam(String name) {
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            String key = decode(eq < 0 ? pair : pair.substring(0, eq));
            if (key.equals(name)) {
                return Optional.of(eq < 0 ? "" : decode(pair.substring(eq + 1)));
            }
        }
        return Optional.empty();
    }

    /** The first value of a header, whatever the case of its name. */
    public Optional<String> header(String name) {
        return headers.entrySet().stream()
                .filter(e -> e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty())
                .map(e -> e.getValue().getFirst())
                .findFirst();
    }

    /** True for Salesforce API calls ({@code /services/data/...}), false for token requests and others. */
    public boolean isApiCall() {
        return path.startsWith("/services/data/");
    }

    public boolean isTokenRequest() {
        return path.equals("/services/oauth2/token");
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }
}
