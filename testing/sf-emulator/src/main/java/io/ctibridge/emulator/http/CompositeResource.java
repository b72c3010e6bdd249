package io.ctibridge.emulator.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.ctibridge.emulator.RecordStore;
import io.ctibridge.emulator.error.SalesforceException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * {@code POST /composite}: up to 25 subrequests run in order against the same router, in one HTTP round trip.
 * Always 200; each answer carries its own httpStatusCode. With allOrNone, the first failure rolls every write
 * back and the other subrequests answer PROCESSING_HALTED.
 */
final class CompositeResource {
    static final int MAX_SUBREQUESTS = 25;
    private static final Pattern REFERENCE_ID = Pattern.compile("[A-Za-z0-9_]+");

    @FunctionalInterface
    interface SubrequestRouter {
        ApiResponse route(String method, String url, Map<String, List<String>> headers, String body);
    }

    private final SubrequestRouter router;
    private final RecordStore store;
    private final JsonBodies bodies;

    CompositeResource(SubrequestRouter router, RecordStore store, JsonBodies bodies) {
        this.router = router;
        this.store = store;
        this.bodies = bodies;
    }

    ApiResponse handle(ApiRequest request) {
        if (!request.method().equals("POST")) {
            throw Routes.methodNotAllowed(request, "POST");
        }
        JsonNode body = bodies.object(request.body());
        JsonNode subrequests = body.path("compositeRequest");
        if (!subrequests.isArray() || subrequests.isEmpty()) {
            throw SalesforceException.badRequest("JSON_PARSER_ERROR", "compositeRequest must be a non-empty array");
        }
        if (subrequests.size() > MAX_SUBREQUESTS) {
            throw SalesforceException.badRequest(
                    "INVALID_INPUT", "Composite request may contain at most " + MAX_SUBREQUESTS + " subrequests");
        }
        boolean allOrNone = body.path("allOrNone").asBoolean(false);
        RecordStore.Snapshot before = allOrNone ? store.snapshot() : null;
        Map<String, JsonNode> answers = new HashMap<>();
        List<Map<String, Object>> responses = new ArrayList<>();
        int failedAt = -1;
        for (JsonNode subrequest : subrequests) {
            String referenceId = referenceId(subrequest);
            if (failedAt >= 0) {
                responses.add(halted(referenceId));
                continue;
            }
            ApiResponse answer = run(subrequest, answers);
            answers.put(referenceId, bodies.toTree(answer.body()));
            responses.add(entry(referenceId, answer));
            if (allOrNone && answer.status() >= 400) {
                failedAt = responses.size() - 1;
            }
        }
        if (failedAt >= 0) {
            store.restore(before);
            for (int i = 0; i < failedAt; i++) {
                responses.set(i, halted((String) responses.get(i).get("referenceId")));
            }
        }
        return ApiResponse.ok(Map.of("compositeResponse", responses));
    }

    private ApiResponse run(JsonNode subrequest, Map<String, JsonNode> answers) {
        CompositeReferences references = new CompositeReferences(answers);
        try {
            String url = references.resolve(subrequest.path("url").asText(""));
            if (url.matches("/services/data/v\\d+\\.\\d/composite/?(\\?.*)?")) {
                throw SalesforceException.badRequest("INVALID_INPUT", "A composite subrequest cannot be a composite");
            }
            JsonNode subBody = references.resolve(subrequest.get("body"));
            Map<String, List<String>> headers = new HashMap<>();
            subrequest
                    .path("httpHeaders")
                    .properties()
                    .forEach(h -> headers.put(h.getKey(), List.of(h.getValue().asText())));
            return router.route(
                    subrequest.path("method").asText("GET"), url, headers, subBody == null ? "" : subBody.toString());
        } catch (SalesforceException e) {
            return ApiResponse.error(e);
        }
    }

    private static String referenceId(JsonNode subrequest) {
        String id = subrequest.path("referenceId").asText("");
        if (!REFERENCE_ID.matcher(id).matches()) {
            throw SalesforceException.badRequest(
                    "INVALID_INPUT", "Each subrequest needs a referenceId of letters, digits and underscores");
        }
        return id;
    }

    private static Map<String, Object> entry(String referenceId, ApiResponse answer) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("body", answer.body());
        entry.put("httpHeaders", answer.headers());
        entry.put("httpStatusCode", answer.status());
        entry.put("referenceId", referenceId);
        return entry;
    }

    private static Map<String, Object> halted(String referenceId) {
        return entry(
                referenceId,
                ApiResponse.error(SalesforceException.badRequest(
                        "PROCESSING_HALTED",
                        "The transaction was rolled back since another operation in the same transaction failed.")));
    }
}
