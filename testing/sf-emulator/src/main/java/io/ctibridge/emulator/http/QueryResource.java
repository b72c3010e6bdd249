package io.ctibridge.emulator.http;

import io.ctibridge.emulator.error.SalesforceException;
import io.ctibridge.emulator.soql.QueryService;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code GET /query?q=SOQL} and {@code GET /query/<locator>-<offset>}. Batches are 2000 records, or what the
 * {@code Sforce-Query-Options: batchSize=N} header asks (clamped to 200..2000, as Salesforce does).
 */
final class QueryResource {
    static final int DEFAULT_BATCH = 2000;
    private static final int MIN_BATCH = 200;
    private static final Pattern BATCH_SIZE = Pattern.compile("batchSize\\s*=\\s*(\\d+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern LOCATOR = Pattern.compile("(01g[a-zA-Z0-9]{15})-(\\d+)");

    private final QueryService queries;
    private final QueryCursors cursors = new QueryCursors();

    QueryResource(QueryService queries) {
        this.queries = queries;
    }

    ApiResponse handle(ApiRequest request) {
        List<String> segments = request.segments();
        if (!request.method().equals("GET")) {
            throw Routes.methodNotAllowed(request, "GET");
        }
        if (segments.size() == 1) {
            String soql = request.param("q")
                    .filter(q -> !q.isBlank())
                    .orElseThrow(() ->
                            SalesforceException.badRequest("MALFORMED_QUERY", "A query string has to be specified"));
            QueryService.Result result = queries.query(soql, request.version());
            return ApiResponse.ok(
                    body(request, result.totalSize(), cursors.first(result.records(), batchSize(request))));
        }
        if (segments.size() == 2) {
            Matcher locator = LOCATOR.matcher(segments.get(1));
            if (!locator.matches()) {
                throw SalesforceException.badRequest("INVALID_QUERY_LOCATOR", "invalid query locator");
            }
            QueryCursors.Page page = cursors.page(locator.group(1), Integer.parseInt(locator.group(2)));
            return ApiResponse.ok(body(request, page.totalSize(), page));
        }
        throw SalesforceException.notFound();
    }

    private static Map<String, Object> body(ApiRequest request, int totalSize, QueryCursors.Page page) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("totalSize", totalSize);
        body.put("done", page.nextLocator() == null);
        if (page.nextLocator() != null) {
            body.put("nextRecordsUrl", "/services/data/" + request.version() + "/query/" + page.nextLocator());
        }
        body.put("records", page.records());
        return body;
    }

    private static int batchSize(ApiRequest request) {
        return request.header("Sforce-Query-Options")
                .map(BATCH_SIZE::matcher)
                .filter(Matcher::find)
                .map(m -> Integer.parseInt(m.group(1)))
                .map(n -> Math.max(MIN_BATCH, Math.min(DEFAULT_BATCH, n)))
                .orElse(DEFAULT_BATCH);
    }
}
