package io.ctibridge.core.salesforce.api;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import io.ctibridge.core.salesforce.ApiUsage;
import io.ctibridge.core.salesforce.ApiVersion;
import io.ctibridge.core.salesforce.SalesforceApiException;
import io.ctibridge.core.salesforce.SalesforceError;
import io.ctibridge.core.salesforce.Soql;
import io.ctibridge.core.salesforce.session.SessionProvider;
import io.ctibridge.core.time.Deadline;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import okhttp3.OkHttpClient;

/**
 * The Salesforce REST API, one method per endpoint. Immutable and thread-safe; {@link #withDeadline} and
 * {@link #withQueryBatchSize} return views that share the connection pool and the session.
 *
 * <p>Every method throws {@link io.ctibridge.core.salesforce.SalesforceException} subtypes: error
 * answers as {@link io.ctibridge.core.salesforce.SalesforceApiException}, a passed deadline as
 * {@link io.ctibridge.core.salesforce.SalesforceTimeoutException}, network failures as
 * {@link io.ctibridge.core.salesforce.SalesforceConnectionException}. A 401 is answered by one session
 * refresh and one resend; nothing else is retried here.
 */
public final class SalesforceApi {

    /** sObject Collections take at most 200 records per call. */
    public static final int MAX_COLLECTION_SIZE = 200;

    private static final TypeReference<List<SaveResult>> SAVE_RESULTS = new TypeReference<>() {};
    /** Ids go into the path: only the characters a record id has. */
    private static final Pattern RECORD_ID = Pattern.compile("[a-zA-Z0-9]{15}|[a-zA-Z0-9]{18}");

    private final ApiTransport transport;
    private final ApiVersion version;
    private final Deadline deadline;
    private final int queryBatchSize;

    /** An API with a usage record of its own (tools and tests, which do not guard the org's budget). */
    public SalesforceApi(OkHttpClient http, SessionProvider sessions, ApiVersion version) {
        this(http, sessions, version, new ApiUsage(), Clock.systemUTC());
    }

    /** @param usage where the org's API usage reported on each answer is recorded, stamped with {@code clock} */
    public SalesforceApi(OkHttpClient http, SessionProvider sessions, ApiVersion version, ApiUsage usage, Clock clock) {
        this(
                new ApiTransport(
                        http, sessions, Objects.requireNonNull(usage, "usage"), Objects.requireNonNull(clock, "clock")),
                Objects.requireNonNull(version, "version"),
                Deadline.none(),
                0);
    }

    private SalesforceApi(ApiTransport transport, ApiVersion version, Deadline deadline, int queryBatchSize) {
        this.transport = transport;
        this.version = version;
        this.deadline = deadline;
        this.queryBatchSize = queryBatchSize;
    }

    /** A view whose calls, including any token refresh on the way, must all finish by {@code deadline}. */
    public SalesforceApi withDeadline(Deadline deadline) {
        return new SalesforceApi(transport, version, Objects.requireNonNull(deadline, "deadline"), queryBatchSize);
    }

    /** A view whose calls must finish within {@code timeout} from now. */
    public SalesforceApi withTimeout(Duration timeout) {
        return withDeadline(Deadline.after(timeout));
    }

    /** A view whose queries ask for pages of {@code size} records (200..2000, a hint Salesforce may lower). */
    public SalesforceApi withQueryBatchSize(int size) {
        if (size < 200 || size > 2000) {
            throw new IllegalArgumentException("query batch size must be 200..2000, got " + size);
        }
        return new SalesforceApi(transport, version, deadline, size);
    }

    public ApiVersion version() {
        return version;
    }

    /**
     * All records of a SOQL query, following {@code nextRecordsUrl} to the last page.
     *
     * @see <a href="https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/resources_query.htm">Query</a>
     */
    public List<SObject> query(String soql) {
        return queryStream(soql).toList();
    }

    /** The records of a SOQL query as a stream that fetches each next page only when it is reached. */
    public Stream<SObject> queryStream(String soql) {
        return Stream.iterate(
                        queryPage(soql),
                        Objects::nonNull,
                        page -> page.nextRecordsUrl().map(this::queryMore).orElse(null))
                .flatMap(page -> page.records().stream());
    }

    /**
     * The first page of a SOQL query.
     *
     * @see <a href="https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/resources_query.htm">Query</a>
     */
    public QueryPage queryPage(String soql) {
        return toPage(transport.send(ApiCall.get(dataPath("query"), Map.of("q", soql), queryHeaders()), deadline));
    }

    /**
     * The page at {@code nextRecordsUrl} of an earlier page.
     *
     * @see <a href="https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/resources_query_more_results.htm">Retrieving the remaining query results</a>
     */
    public QueryPage queryMore(String nextRecordsUrl) {
        // The bearer token goes wherever this path points: accept only query locators on the instance.
        if (!nextRecordsUrl.startsWith("/services/data/")
                || !nextRecordsUrl.contains("/query/")
                || nextRecordsUrl.contains("..")
                || nextRecordsUrl.contains("?")
                || nextRecordsUrl.contains("//")) {
            throw new IllegalArgumentException("not a query locator path: " + nextRecordsUrl);
        }
        return toPage(transport.send(ApiCall.get(nextRecordsUrl, Map.of(), queryHeaders()), deadline));
    }

    /**
     * Records found by a SOSL search.
     *
     * @see <a href="https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/resources_search.htm">Search</a>
     */
    public List<SObject> search(String sosl) {
        return searchRecords(transport.send(ApiCall.get(dataPath("search"), Map.of("q", sosl), Map.of()), deadline));
    }

    /**
     * Records found by a parameterized search (POST form, one round trip for all objects).
     *
     * @see <a href="https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/resources_search_parameterized.htm">Parameterized Search</a>
     */
    public List<SObject> parameterizedSearch(ParameterizedSearch search) {
        return searchRecords(transport.send(ApiCall.readingPost(dataPath("parameterizedSearch/"), search), deadline));
    }

    /**
     * Creates one record and returns its id.
     *
     * @see <a href="https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/dome_sobject_create.htm">Create a Record</a>
     */
    public String create(String sobjectType, Map<String, Object> fields) {
        String path = dataPath("sobjects/" + Soql.identifier(sobjectType) + "/");
        JsonNode answer = transport.send(ApiCall.write("POST", path, fields), deadline);
        if (!answer.path("id").isTextual()) {
            throw new SalesforceApiException(
                    201, List.of(new SalesforceError("INVALID_RESPONSE", "create answer has no id", List.of())));
        }
        return answer.get("id").asText();
    }

    /**
     * Updates fields of one record (PATCH; Salesforce answers 204 without a body).
     *
     * @throws IllegalArgumentException when {@code id} is not a 15- or 18-character record id, before sending anything
     * @see <a href="https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/dome_update_fields.htm">Update a Record</a>
     */
    public void update(String sobjectType, String id, Map<String, Object> fields) {
        String path = dataPath("sobjects/" + Soql.identifier(sobjectType) + "/" + recordId(id));
        transport.send(ApiCall.write("PATCH", path, fields), deadline);
    }

    /** {@code id} when it has only the characters and length of a record id, so it can go into a path. */
    public static String recordId(String id) {
        if (id == null || !RECORD_ID.matcher(id).matches()) {
            throw new IllegalArgumentException("not a Salesforce record id: " + id);
        }
        return id;
    }

    /**
     * Deletes one record (it goes to the recycle bin, as from the UI).
     *
     * @throws IllegalArgumentException when {@code id} is not a 15- or 18-character record id, before sending anything
     * @see <a href="https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/dome_delete_record.htm">Delete a Record</a>
     */
    public void delete(String sobjectType, String id) {
        if (id == null || !RECORD_ID.matcher(id).matches()) {
            throw new IllegalArgumentException("not a Salesforce record id: " + id);
        }
        String path = dataPath("sobjects/" + Soql.identifier(sobjectType) + "/" + id);
        transport.send(ApiCall.write("DELETE", path, null), deadline);
    }

    /**
     * Creates up to 200 records, each on its own ({@code allOrNone=false}); results in record order.
     *
     * @see <a href="https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/resources_composite_sobjects_collections_create.htm">sObject Collections: create</a>
     */
    public List<SaveResult> createCollection(List<SObject> records) {
        checkCollection(records);
        for (SObject record : records) {
            if (record.id().isPresent()) {
                throw new IllegalArgumentException("records to create must not carry an Id");
            }
        }
        return saveCollection("POST", records);
    }

    /**
     * Updates up to 200 records by {@code Id}, each on its own ({@code allOrNone=false}); results in record order.
     *
     * @see <a href="https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/resources_composite_sobjects_collections_update.htm">sObject Collections: update</a>
     */
    public List<SaveResult> updateCollection(List<SObject> records) {
        checkCollection(records);
        for (SObject record : records) {
            if (record.id().isEmpty()) {
                throw new IllegalArgumentException("records to update must carry an Id");
            }
        }
        return saveCollection("PATCH", records);
    }

    /**
     * Runs up to 25 subrequests in one round trip. The call answers 200 whatever the subrequests do; read
     * each subresponse's {@code httpStatusCode}.
     *
     * @see <a href="https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/resources_composite_composite.htm">Composite</a>
     */
    public CompositeResponse composite(CompositeRequest request) {
        List<Map<String, Object>> subrequests = new ArrayList<>();
        for (CompositeSubrequest subrequest : request.subrequests()) {
            Map<String, Object> wire = new LinkedHashMap<>();
            wire.put("method", subrequest.method());
            wire.put("url", subrequest.url().startsWith("/") ? subrequest.url() : dataPath(subrequest.url()));
            wire.put("referenceId", subrequest.referenceId());
            if (subrequest.body() != null) {
                wire.put("body", subrequest.body());
            }
            subrequests.add(wire);
        }
        Map<String, Object> body = Map.of("allOrNone", request.allOrNone(), "compositeRequest", subrequests);
        JsonNode answer = transport.send(ApiCall.write("POST", dataPath("composite"), body), deadline);
        List<CompositeSubresponse> subresponses = new ArrayList<>();
        for (JsonNode node : answer.path("compositeResponse")) {
            Map<String, String> headers = new LinkedHashMap<>();
            node.path("httpHeaders")
                    .properties()
                    .forEach(header ->
                            headers.put(header.getKey(), header.getValue().asText()));
            subresponses.add(new CompositeSubresponse(
                    node.path("referenceId").asText(),
                    node.path("httpStatusCode").asInt(),
                    headers,
                    node.get("body")));
        }
        return new CompositeResponse(subresponses);
    }

    private List<SaveResult> saveCollection(String method, List<SObject> records) {
        if (records.isEmpty()) {
            return List.of();
        }
        Map<String, Object> body = Map.of(
                "allOrNone",
                false,
                "records",
                records.stream().map(SObject::toWire).toList());
        JsonNode answer = transport.send(ApiCall.write(method, dataPath("composite/sobjects"), body), deadline);
        return Json.MAPPER.convertValue(answer, SAVE_RESULTS);
    }

    private static void checkCollection(List<SObject> records) {
        if (records.size() > MAX_COLLECTION_SIZE) {
            throw new IllegalArgumentException("sObject Collections take at most " + MAX_COLLECTION_SIZE
                    + " records per call, got " + records.size());
        }
    }

    private Map<String, String> queryHeaders() {
        return queryBatchSize == 0 ? Map.of() : Map.of("Sforce-Query-Options", "batchSize=" + queryBatchSize);
    }

    private String dataPath(String resource) {
        return version.dataPath() + resource;
    }

    private static QueryPage toPage(JsonNode answer) {
        List<SObject> records = new ArrayList<>();
        answer.path("records").forEach(record -> records.add(SObject.fromWire(record)));
        JsonNode next = answer.path("nextRecordsUrl");
        return new QueryPage(
                answer.path("totalSize").asInt(),
                answer.path("done").asBoolean(true),
                records,
                next.isTextual() ? Optional.of(next.asText()) : Optional.empty());
    }

    private static List<SObject> searchRecords(JsonNode answer) {
        List<SObject> records = new ArrayList<>();
        answer.path("searchRecords").forEach(record -> records.add(SObject.fromWire(record)));
        return records;
    }
}
