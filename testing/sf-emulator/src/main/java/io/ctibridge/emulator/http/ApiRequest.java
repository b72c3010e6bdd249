package io.ctibridge.emulator.http;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An API call below {@code /services/data/vXX.X}.
 *
 * @param version  e.g. {@code v66.0}
 * @param resource the path after the version, e.g. {@code /query} or {@code /sobjects/Task/}
 */
public record ApiRequest(
        String method,
        String version,
        String resource,
        String rawQuery,
        Map<String, List<String>> headers,
        String body) {

    public ApiRequest {
        rawQuery = rawQuery == null ? "" : rawQuery;
        headers = Map.copyOf(headers);
    }

    /** Decoded query parameters in order; a name may repeat ({@code sobject=Contact&sobject=Lead}). */
    public Map<String, List<String>> params() {
        Map<String, List<String>> params = new LinkedHashMap<>();
        if (rawQuery.isEmpty()) {
            return params;
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String key = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            params.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
        }
        return params;
    }

    public Optional<String> param(String name) {
        List<String> values = params().get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.getFirst());
    }

    public Optional<String> header(String name) {
        return headers.entrySet().stream()
                .filter(e -> e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty())
                .map(e -> e.getValue().getFirst())
                .findFirst();
    }

    /** The path segments after the version: {@code /sobjects/Task/} → [sobjects, Task]. */
    public List<String> segments() {
        List<String> segments = new ArrayList<>();
        for (String s : resource.split("/")) {
            if (!s.isEmpty()) {
                segments.add(s);
            }
        }
        return segments;
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }
}
