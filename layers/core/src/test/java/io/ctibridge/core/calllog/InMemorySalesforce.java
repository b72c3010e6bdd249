package io.ctibridge.core.calllog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ctibridge.core.observability.JsonLog;
import io.ctibridge.core.salesforce.ApiVersion;
import io.ctibridge.core.salesforce.api.SalesforceApi;
import io.ctibridge.core.salesforce.session.SalesforceSession;
import io.ctibridge.core.salesforce.session.SessionProvider;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;

/**
 * The part of a Salesforce org the call log talks to, answered from memory by an OkHttp application interceptor
 * (the technique of {@code priming.CannedSalesforce}): nothing leaves the JVM, while the real {@link SalesforceApi},
 * its transport and its error mapping run. Keeps the Tasks it saved, answers the owner query on User and the
 * CallObject query on Task, searches the records it holds by phone digits (parameterizedSearch: the search text's
 * ORed words, each matched against the digits of a record's fields), and fails whole calls or single records when a
 * test says so.
 */
final class InMemorySalesforce implements Interceptor {

    static final String COLLECTIONS_PATH = ApiVersion.DEFAULT.dataPath() + "composite/sobjects";
    static final String QUERY_PATH = ApiVersion.DEFAULT.dataPath() + "query";
    static final String SEARCH_PATH = ApiVersion.DEFAULT.dataPath() + "parameterizedSearch/";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final MediaType JSON_TYPE = MediaType.get("application/json; charset=utf-8");
    private static final Pattern QUOTED = Pattern.compile("'([^']*)'");

    /** One API request as Salesforce received it. */
    record Call(String method, String path, String soql, JsonNode body) {

        boolean isCreateCollection() {
            return method.equals("POST") && path.equals(COLLECTIONS_PATH);
        }

        boolean isUpdateCollection() {
            return method.equals("PATCH") && path.equals(COLLECTIONS_PATH);
        }

        boolean isSearch() {
            return method.equals("POST") && path.equals(SEARCH_PATH);
        }

        boolean isQueryOn(String object) {
            return method.equals("GET") && path.equals(QUERY_PATH) && soql.contains(" FROM " + object + " ");
        }

        /** The records of a Collections call, as sent. */
        List<JsonNode> records() {
            List<JsonNode> records = new ArrayList<>();
            body.path("records").forEach(records::add);
            return records;
        }
    }

    /** A whole Collections call that fails; {@code savedAnyway}: the records were saved before the answer was lost. */
    private record CallFailure(int status, String errorCode, boolean savedAnyway) {}

    /** A record that Salesforce refuses, e.g. by a validation rule. */
    private record Rejection(Predicate<JsonNode> applies, String statusCode, String message, String field) {}

    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final Map<String, ObjectNode> tasks = new LinkedHashMap<>();
    private final Map<String, String> userIdsByUsername = new LinkedHashMap<>();
    private final Queue<CallFailure> collectionFailures = new ArrayDeque<>();
    private final List<Rejection> rejections = new ArrayList<>();
    private final List<ObjectNode> searchable = new ArrayList<>();
    private final Queue<String> searchFailures = new ArrayDeque<>();
    private int nextTaskNumber = 1;

    /** An API over this org: OkHttp with this interceptor, and a session that needs no token request. */
    SalesforceApi api() {
        OkHttpClient http = new OkHttpClient.Builder().addInterceptor(this).build();
        SessionProvider sessions = new SessionProvider(
                deadline -> new SalesforceSession(
                        "test-token", URI.create("https://test.invalid"), Instant.parse("2026-11-25T00:00:00Z")),
                new JsonLog(
                        "session",
                        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                        Clock.systemUTC()));
        return new SalesforceApi(http, sessions, ApiVersion.DEFAULT);
    }

    /** An active User whose Username and FederationIdentifier are {@code username}. */
    synchronized InMemorySalesforce withUser(String username, String userId) {
        userIdsByUsername.put(username, userId);
        return this;
    }

    /** A record the searches may find: {@code type}, its Id, and its fields (phones as people type them). */
    synchronized InMemorySalesforce withRecord(String type, String id, Map<String, String> fields) {
        ObjectNode record = JSON.createObjectNode();
        record.putObject("attributes").put("type", type);
        record.put("Id", id);
        fields.forEach(record::put);
        searchable.add(record);
        return this;
    }

    /** The next parameterizedSearch fails with 503 and {@code errorCode}. */
    synchronized void failNextSearch(String errorCode) {
        searchFailures.add(errorCode);
    }

    List<Call> searches() {
        return calls.stream().filter(Call::isSearch).toList();
    }

    /** The next Collections call fails as a whole with {@code status} and {@code errorCode}. */
    synchronized void failNextCollectionCall(int status, String errorCode) {
        collectionFailures.add(new CallFailure(status, errorCode, false));
    }

    /** The next Collections call saves its records, but the caller gets {@code status} instead of the results. */
    synchronized void saveButFailNextCollectionCall(int status, String errorCode) {
        collectionFailures.add(new CallFailure(status, errorCode, true));
    }

    /** Records matching {@code applies} are refused with {@code statusCode}, each on its own. */
    synchronized void reject(Predicate<JsonNode> applies, String statusCode, String message, String field) {
        rejections.add(new Rejection(applies, statusCode, message, field));
    }

    List<Call> calls() {
        return List.copyOf(calls);
    }

    List<Call> creates() {
        return calls.stream().filter(Call::isCreateCollection).toList();
    }

    List<Call> updates() {
        return calls.stream().filter(Call::isUpdateCollection).toList();
    }

    /** The Tasks saved so far, by Id, as they stand. */
    synchronized Map<String, JsonNode> tasks() {
        return Map.copyOf(tasks);
    }

    @Override
    public synchronized Response intercept(Chain chain) {
        Request request = chain.request();
        Call call = new Call(
                request.method(),
                request.url().encodedPath(),
                Objects.requireNonNullElse(request.url().queryParameter("q"), ""),
                body(request));
        calls.add(call);
        if (call.isCreateCollection() || call.isUpdateCollection()) {
            CallFailure failure = collectionFailures.poll();
            if (failure != null) {
                if (failure.savedAnyway()) {
                    save(call);
                }
                return answer(request, failure.status(), errors(failure.errorCode()));
            }
            return answer(request, 200, save(call));
        }
        if (call.isSearch()) {
            String failure = searchFailures.poll();
            return failure == null ? answer(request, 200, search(call.body())) : answer(request, 503, errors(failure));
        }
        if (call.isQueryOn("User")) {
            return answer(request, 200, users(call.soql()));
        }
        if (call.isQueryOn("Task")) {
            return answer(request, 200, tasksByCallObject(call.soql()));
        }
        return answer(request, 404, errors("NOT_FOUND"));
    }

    /** Saves each record on its own ({@code allOrNone=false}), results in record order. */
    private String save(Call call) {
        ArrayNode results = JSON.createArrayNode();
        for (JsonNode record : call.records()) {
            ObjectNode result = results.addObject();
            Rejection rejection = rejections.stream()
                    .filter(r -> r.applies().test(record))
                    .findFirst()
                    .orElse(null);
            String id = record.path("Id").asText(null);
            if (rejection != null) {
                fail(result, rejection.statusCode(), rejection.message(), rejection.field());
            } else if (call.isCreateCollection()) {
                id = "00T%012dAAA".formatted(nextTaskNumber++);
                ObjectNode task = record.deepCopy();
                task.remove("attributes");
                task.put("Id", id);
                tasks.put(id, task);
                result.put("id", id).put("success", true).putArray("errors");
            } else if (id != null && tasks.containsKey(id)) {
                ObjectNode task = tasks.get(id);
                record.properties().forEach(field -> {
                    if (!field.getKey().equals("attributes")) {
                        task.set(field.getKey(), field.getValue());
                    }
                });
                result.put("id", id).put("success", true).putArray("errors");
            } else {
                fail(result, "ENTITY_IS_DELETED", "entity is deleted", null);
            }
        }
        return results.toString();
    }

    private static void fail(ObjectNode result, String statusCode, String message, String field) {
        result.putNull("id");
        result.put("success", false);
        ObjectNode error = result.putArray("errors").addObject();
        error.put("statusCode", statusCode).put("message", message);
        ArrayNode fields = error.putArray("fields");
        if (field != null) {
            fields.add(field);
        }
    }

    /** Records of the searched objects with a field whose digits are one of the ORed words, up to each limit. */
    private String search(JsonNode body) {
        List<String> words = List.of(body.path("q").asText().split(" OR "));
        ArrayNode found = JSON.createArrayNode();
        for (JsonNode target : body.path("sobjects")) {
            String type = target.path("name").asText();
            int limit = target.path("limit").asInt(Integer.MAX_VALUE);
            searchable.stream()
                    .filter(record ->
                            record.path("attributes").path("type").asText().equals(type))
                    .filter(record -> record.properties().stream()
                            .anyMatch(field ->
                                    words.contains(field.getValue().asText().replaceAll("[^0-9]", ""))))
                    .limit(limit)
                    .forEach(found::add);
        }
        ObjectNode answer = JSON.createObjectNode();
        answer.set("searchRecords", found);
        return answer.toString();
    }

    private String users(String soql) {
        List<String> asked = quoted(soql);
        ArrayNode records = JSON.createArrayNode();
        userIdsByUsername.forEach((username, id) -> {
            if (asked.contains(username)) {
                ObjectNode user = records.addObject();
                user.putObject("attributes").put("type", "User");
                user.put("Id", id).put("Username", username).put("FederationIdentifier", username);
            }
        });
        return page(records);
    }

    private String tasksByCallObject(String soql) {
        List<String> contactIds = quoted(soql);
        ArrayNode records = JSON.createArrayNode();
        tasks.forEach((id, task) -> {
            if (contactIds.contains(task.path("CallObject").asText())) {
                ObjectNode found = records.addObject();
                found.putObject("attributes").put("type", "Task");
                found.put("Id", id).put("CallObject", task.path("CallObject").asText());
            }
        });
        return page(records);
    }

    private static String page(ArrayNode records) {
        ObjectNode page = JSON.createObjectNode();
        page.put("totalSize", records.size()).put("done", true).set("records", records);
        return page.toString();
    }

    private static List<String> quoted(String soql) {
        List<String> values = new ArrayList<>();
        Matcher matcher = QUOTED.matcher(soql);
        while (matcher.find()) {
            values.add(matcher.group(1));
        }
        return values;
    }

    private static String errors(String errorCode) {
        return "[{\"errorCode\":\"" + errorCode + "\",\"message\":\"scripted failure\",\"fields\":[]}]";
    }

    private static JsonNode body(Request request) {
        if (request.body() == null) {
            return JSON.missingNode();
        }
        try (Buffer buffer = new Buffer()) {
            request.body().writeTo(buffer);
            return JSON.readTree(buffer.readUtf8());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Response answer(Request request, int status, String body) {
        return new Response.Builder()
                .request(request)
                .protocol(Protocol.HTTP_1_1)
                .code(status)
                .message(status == 200 ? "OK" : "Error")
                .body(ResponseBody.create(body, JSON_TYPE))
                .build();
    }
}
