package io.ctibridge.emulator.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.ctibridge.emulator.RecordStore;
import io.ctibridge.emulator.error.SalesforceException;
import io.ctibridge.emulator.schema.FieldAccess;
import io.ctibridge.emulator.soql.QueryService;
import io.ctibridge.emulator.sosl.ParameterizedSearchPlanner;
import io.ctibridge.emulator.sosl.SearchEngine;
import io.ctibridge.emulator.write.RecordFaultInjector;
import io.ctibridge.emulator.write.RecordWriter;
import java.net.URI;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Routes {@code /services/data/vXX.X/...} to its resource and turns {@link SalesforceException}s into
 * Salesforce error bodies. Authentication and fault injection happen before, in the HTTP dispatcher; Composite
 * subrequests come back here directly.
 */
public final class ApiRouter {
    static final int MIN_VERSION = 58;
    static final int MAX_VERSION = 68;
    private static final Pattern VERSIONED = Pattern.compile("/services/data/v(\\d+)\\.(\\d)(/.*)?");

    private final QueryResource query;
    private final SearchResource search;
    private final ParameterizedSearchResource parameterizedSearch;
    private final SObjectResource sobjects;
    private final CollectionsResource collections;
    private final CompositeResource composite;

    public ApiRouter(RecordStore store, Clock clock, ObjectMapper json, RecordFaultInjector recordFaults) {
        this(store, clock, json, recordFaults, FieldAccess.Overrides.NONE);
    }

    /** @param fieldAccess field-level security over the schema's flags, as describe reports it */
    public ApiRouter(
            RecordStore store,
            Clock clock,
            ObjectMapper json,
            RecordFaultInjector recordFaults,
            FieldAccess.Overrides fieldAccess) {
        JsonBodies bodies = new JsonBodies(json);
        RecordWriter writer = new RecordWriter(store, recordFaults, clock);
        SearchEngine searchEngine = new SearchEngine(store, clock);
        this.query = new QueryResource(new QueryService(store, clock));
        this.search = new SearchResource(searchEngine);
        this.parameterizedSearch = new ParameterizedSearchResource(
                searchEngine, new ParameterizedSearchPlanner(store.schema(), searchEngine.binder()), bodies);
        this.sobjects = new SObjectResource(store, writer, bodies, fieldAccess);
        this.collections = new CollectionsResource(writer, bodies);
        this.composite = new CompositeResource(this::routeUrl, store, bodies);
    }

    /** Answers one API call; never throws for a bad request. */
    public ApiResponse route(
            String method, String path, String rawQuery, Map<String, List<String>> headers, String body) {
        try {
            Matcher versioned = VERSIONED.matcher(path);
            if (!versioned.matches()) {
                throw SalesforceException.notFound();
            }
            int major = Integer.parseInt(versioned.group(1));
            if (major < MIN_VERSION
                    || major > MAX_VERSION
                    || !versioned.group(2).equals("0")) {
                throw SalesforceException.notFound();
            }
            String version = "v" + major + ".0";
            String resource = versioned.group(3) == null ? "/" : versioned.group(3);
            return dispatch(new ApiRequest(method, version, resource, rawQuery, headers, body));
        } catch (SalesforceException e) {
            return ApiResponse.error(e);
        }
    }

    /**
     * {@code GET /services/data/}: the versions served, oldest first, as Salesforce lists them (no session needed).
     */
    public static List<Map<String, Object>> versions() {
        List<Map<String, Object>> versions = new java.util.ArrayList<>();
        for (int major = MIN_VERSION; major <= MAX_VERSION; major++) {
            Map<String, Object> version = new LinkedHashMap<>();
            version.put("label", releaseName(major));
            version.put("url", "/services/data/v" + major + ".0");
            version.put("version", major + ".0");
            versions.add(version);
        }
        return versions;
    }

    // Three releases a year: v59.0 was Winter '24, v60.0 Spring '24, v61.0 Summer '24.
    private static String releaseName(int major) {
        int step = major - 59;
        String season = List.of("Winter", "Spring", "Summer").get(Math.floorMod(step, 3));
        return season + " '" + (24 + Math.floorDiv(step, 3));
    }

    private ApiResponse routeUrl(String method, String url, Map<String, List<String>> headers, String body) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            return ApiResponse.error(SalesforceException.badRequest("INVALID_INPUT", "invalid subrequest url"));
        }
        return route(method, uri.getRawPath(), uri.getRawQuery(), headers, body);
    }

    private ApiResponse dispatch(ApiRequest request) {
        List<String> segments = request.segments();
        if (segments.isEmpty()) {
            return resources(request);
        }
        return switch (segments.getFirst()) {
            case "query" -> query.handle(request);
            case "search" -> search.handle(request);
            case "parameterizedSearch" -> parameterizedSearch.handle(request);
            case "sobjects" -> sobjects.handle(request);
            case "composite" -> {
                if (segments.size() == 1) {
                    yield composite.handle(request);
                }
                if (segments.size() == 2 && segments.get(1).equals("sobjects")) {
                    yield collections.handle(request);
                }
                throw SalesforceException.notFound();
            }
            default -> throw SalesforceException.notFound();
        };
    }

    private static ApiResponse resources(ApiRequest request) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (String name : List.of("query", "search", "parameterizedSearch", "sobjects", "composite")) {
            body.put(name, "/services/data/" + request.version() + "/" + name);
        }
        return ApiResponse.ok(body);
    }
}
