package io.ctibridge.emulator.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.ctibridge.emulator.error.SalesforceException;
import io.ctibridge.emulator.sosl.ParameterizedSearch;
import io.ctibridge.emulator.sosl.ParameterizedSearchPlanner;
import io.ctibridge.emulator.sosl.SearchEngine;
import io.ctibridge.emulator.sosl.SearchScope;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * {@code GET|POST /parameterizedSearch/}. POST takes {@code {q, in, fields, sobjects:[{name, fields, where,
 * limit}], overallLimit, defaultLimit}}; GET takes {@code q, in, fields, sobject (repeatable), <Obj>.fields,
 * <Obj>.where, <Obj>.limit, overallLimit, defaultLimit}.
 */
final class ParameterizedSearchResource {
    // Keys of the real request body the emulator accepts and ignores (they change ranking or metadata only).
    private static final Set<String> IGNORED_KEYS = Set.of(
            "dataCategory",
            "dataCategories",
            "division",
            "metadata",
            "netWorkIds",
            "offset",
            "pricebookId",
            "snippet",
            "spellCorrection",
            "updateTracking",
            "updateViewStat");
    private static final Set<String> KEYS = Set.of("q", "in", "fields", "sobjects", "overallLimit", "defaultLimit");
    private static final Set<String> TARGET_KEYS = Set.of("name", "fields", "where", "limit");

    private final SearchEngine search;
    private final ParameterizedSearchPlanner planner;
    private final JsonBodies bodies;

    ParameterizedSearchResource(SearchEngine search, ParameterizedSearchPlanner planner, JsonBodies bodies) {
        this.search = search;
        this.planner = planner;
        this.bodies = bodies;
    }

    ApiResponse handle(ApiRequest request) {
        ParameterizedSearch parsed = switch (request.method()) {
            case "GET" -> fromParams(request);
            case "POST" -> fromBody(bodies.object(request.body()));
            default -> throw Routes.methodNotAllowed(request, "GET, POST");
        };
        return ApiResponse.ok(Map.of("searchRecords", search.run(planner.plan(parsed), request.version())));
    }

    private static ParameterizedSearch fromParams(ApiRequest request) {
        Map<String, List<String>> params = request.params();
        List<ParameterizedSearch.Target> targets = new ArrayList<>();
        for (String name : params.getOrDefault("sobject", List.of())) {
            targets.add(new ParameterizedSearch.Target(
                    name,
                    commaList(first(params, name + ".fields").orElse("")),
                    first(params, name + ".where"),
                    intParam(first(params, name + ".limit"), name + ".limit")));
        }
        return new ParameterizedSearch(
                first(params, "q").orElse(null),
                scope(first(params, "in")),
                commaList(first(params, "fields").orElse("")),
                targets,
                intParam(first(params, "overallLimit"), "overallLimit"),
                intParam(first(params, "defaultLimit"), "defaultLimit"));
    }

    private static ParameterizedSearch fromBody(JsonNode body) {
        checkKeys(body, KEYS, "parameterizedSearch");
        List<ParameterizedSearch.Target> targets = new ArrayList<>();
        for (JsonNode target : body.path("sobjects")) {
            checkKeys(target, TARGET_KEYS, "sobjects");
            if (!target.path("name").isTextual()) {
                throw SalesforceException.badRequest("INVALID_SEARCH", "each sobjects entry needs a name");
            }
            targets.add(new ParameterizedSearch.Target(
                    target.get("name").asText(),
                    textList(target.path("fields")),
                    target.hasNonNull("where") ? Optional.of(target.get("where").asText()) : Optional.empty(),
                    intNode(target.path("limit"), "limit")));
        }
        return new ParameterizedSearch(
                body.hasNonNull("q") ? body.get("q").asText() : null,
                scope(body.hasNonNull("in") ? Optional.of(body.get("in").asText()) : Optional.empty()),
                textList(body.path("fields")),
                targets,
                intNode(body.path("overallLimit"), "overallLimit"),
                intNode(body.path("defaultLimit"), "defaultLimit"));
    }

    private static void checkKeys(JsonNode node, Set<String> known, String where) {
        if (!node.isObject()) {
            throw SalesforceException.badRequest("JSON_PARSER_ERROR", "Expected a JSON object in " + where);
        }
        for (Map.Entry<String, JsonNode> property : node.properties()) {
            String key = property.getKey();
            if (!known.contains(key) && !IGNORED_KEYS.contains(key)) {
                throw SalesforceException.badRequest(
                        "JSON_PARSER_ERROR", "Unrecognized field \"" + key + "\" in " + where);
            }
        }
    }

    private static SearchScope scope(Optional<String> in) {
        return in.map(value -> SearchScope.parse(value)
                        .orElseThrow(() -> SalesforceException.badRequest(
                                "INVALID_SEARCH", "in must be one of ALL, NAME, EMAIL, PHONE, SIDEBAR, not " + value)))
                .orElse(SearchScope.ALL);
    }

    private static Optional<String> first(Map<String, List<String>> params, String name) {
        List<String> values = params.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.getFirst());
    }

    private static List<String> commaList(String value) {
        return Arrays.stream(value.split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    private static List<String> textList(JsonNode array) {
        if (array.isMissingNode() || array.isNull()) {
            return List.of();
        }
        if (!array.isArray()) {
            throw SalesforceException.badRequest("JSON_PARSER_ERROR", "fields must be an array of field names");
        }
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static OptionalInt intParam(Optional<String> value, String name) {
        try {
            return value.map(v -> OptionalInt.of(Integer.parseInt(v.strip()))).orElse(OptionalInt.empty());
        } catch (NumberFormatException e) {
            throw SalesforceException.badRequest("INVALID_SEARCH", name + " must be a number");
        }
    }

    private static OptionalInt intNode(JsonNode node, String name) {
        if (node.isMissingNode() || node.isNull()) {
            return OptionalInt.empty();
        }
        if (!node.canConvertToInt() || !node.isIntegralNumber() || node.asInt() < 0) {
            throw SalesforceException.badRequest("JSON_PARSER_ERROR", name + " must be a non-negative integer");
        }
        return OptionalInt.of(node.asInt());
    }
}
