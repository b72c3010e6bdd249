package io.ctibridge.emulator.http;

import io.ctibridge.emulator.error.SalesforceException;
import io.ctibridge.emulator.sosl.SearchEngine;
import java.util.Map;

/** {@code GET /search?q=SOSL} → {@code {"searchRecords":[...]}}. */
final class SearchResource {
    private final SearchEngine search;

    SearchResource(SearchEngine search) {
        this.search = search;
    }

    ApiResponse handle(ApiRequest request) {
        if (!request.method().equals("GET")) {
            throw Routes.methodNotAllowed(request, "GET");
        }
        String sosl = request.param("q")
                .filter(q -> !q.isBlank())
                .orElseThrow(() ->
                        SalesforceException.badRequest("MALFORMED_SEARCH", "A search string has to be specified"));
        return ApiResponse.ok(Map.of("searchRecords", search.search(sosl, request.version())));
    }
}
