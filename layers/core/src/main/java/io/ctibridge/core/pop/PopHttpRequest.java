package io.ctibridge.core.pop;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * An HTTP request to the pop API, whatever carried it (API Gateway's event, the local server).
 *
 * @param method  e.g. GET
 * @param path    the path below the API's base, e.g. {@code /v1/pops/<contactId>}
 * @param headers by name; names are lowercased here, as HTTP/2 and API Gateway send them
 * @param query   decoded query parameters
 */
public record PopHttpRequest(String method, String path, Map<String, String> headers, Map<String, String> query) {

    public PopHttpRequest {
        method = Objects.requireNonNullElse(method, "");
        path = Objects.requireNonNullElse(path, "");
        Map<String, String> lowercased = new HashMap<>();
        if (headers != null) {
            headers.forEach((name, value) -> {
                if (name != null && value != null) {
                    lowercased.put(name.toLowerCase(Locale.ROOT), value);
                }
            });
        }
        headers = Map.copyOf(lowercased);
        query = query == null ? Map.of() : Map.copyOf(query);
    }

    /** A header's value by case-insensitive name, or null. */
    public String header(String name) {
        return headers.get(name.toLowerCase(Locale.ROOT));
    }
}
