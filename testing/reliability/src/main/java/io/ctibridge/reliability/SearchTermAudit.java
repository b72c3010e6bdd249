package io.ctibridge.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ctibridge.emulator.RecordedRequest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads the emulator's request log and lists every search that carried anything but the lookup's digit forms: the
 * only caller input allowed to reach Salesforce is digits joined by OR, and the only filter the profile's own.
 */
public final class SearchTermAudit {

    private static final Pattern SAFE_TERM = Pattern.compile("[0-9]+( OR [0-9]+)*");
    private static final ObjectMapper JSON = new ObjectMapper();

    private SearchTermAudit() {}

    /** The searches that broke the rule, described; SOQL queries and GET searches count as broken (a lookup makes none). */
    public static List<String> unsafe(List<RecordedRequest> requests) {
        List<String> problems = new ArrayList<>();
        for (RecordedRequest request : requests) {
            String path = request.path();
            if (path.contains("/parameterizedSearch")) {
                problems.addAll(unsafeSearch(request));
            } else if (path.contains("/query") || path.contains("/search")) {
                problems.add("unexpected " + request.method() + " " + path + " "
                        + request.queryParam("q").orElse(""));
            }
        }
        return problems;
    }

    /** How many parameterized searches the log holds. */
    public static long searches(List<RecordedRequest> requests) {
        return requests.stream()
                .filter(r -> r.path().contains("/parameterizedSearch"))
                .count();
    }

    private static List<String> unsafeSearch(RecordedRequest request) {
        if (!"POST".equals(request.method())) {
            return List.of("search by " + request.method() + ": " + request.rawQuery());
        }
        JsonNode body;
        try {
            body = JSON.readTree(request.body());
        } catch (IOException e) {
            return List.of("search body is not JSON");
        }
        List<String> problems = new ArrayList<>();
        String q = body.path("q").asText();
        if (!SAFE_TERM.matcher(q).matches()) {
            problems.add("unsafe search term: " + q);
        }
        for (JsonNode target : body.path("sobjects")) {
            String where = target.path("where").asText("");
            if (!where.isEmpty() && !where.equals("IsConverted = false")) {
                problems.add("unexpected filter: " + where);
            }
        }
        return problems;
    }
}
