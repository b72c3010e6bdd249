package io.ctibridge.emulator.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.ctibridge.emulator.error.SalesforceException;
import io.ctibridge.emulator.write.PreparedWrite;
import io.ctibridge.emulator.write.RecordWriter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * sObject Collections: {@code POST /composite/sobjects} creates, {@code PATCH} updates (records carry their
 * {@code id}), at most 200 records, each with {@code attributes.type}. Answers 200 with one save result per
 * record, in order.
 */
final class CollectionsResource {
    static final int MAX_RECORDS = 200;

    private final RecordWriter writer;
    private final JsonBodies bodies;

    CollectionsResource(RecordWriter writer, JsonBodies bodies) {
        this.writer = writer;
        this.bodies = bodies;
    }

    ApiResponse handle(ApiRequest request) {
        boolean create = switch (request.method()) {
            case "POST" -> true;
            case "PATCH" -> false;
            default -> throw Routes.methodNotAllowed(request, "POST, PATCH");
        };
        JsonNode body = bodies.object(request.body());
        JsonNode records = body.path("records");
        if (!records.isArray()) {
            throw SalesforceException.badRequest("JSON_PARSER_ERROR", "records must be an array");
        }
        if (records.size() > MAX_RECORDS) {
            throw SalesforceException.badRequest(
                    "EXCEEDED_ID_LIMIT",
                    "record limit reached. cannot submit more than " + MAX_RECORDS + " records into this call");
        }
        // Read every record first: a malformed one fails the whole request before anything is saved.
        List<PreparedWrite> writes = new ArrayList<>();
        for (JsonNode record : records) {
            String type = record.path("attributes").path("type").asText("");
            if (type.isEmpty()) {
                throw SalesforceException.badRequest("INVALID_TYPE", "Must send a concrete entity type.");
            }
            Map<String, Object> fields = bodies.fields(record);
            writes.add(
                    create ? writer.prepareCreate(type, fields) : writer.prepareUpdate(type, takeId(fields), fields));
        }
        return ApiResponse.ok(
                SaveResults.json(writer.saveAll(writes, body.path("allOrNone").asBoolean(false))));
    }

    private static String takeId(Map<String, Object> fields) {
        for (Iterator<Map.Entry<String, Object>> it = fields.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<String, Object> entry = it.next();
            if (entry.getKey().equalsIgnoreCase("id")) {
                it.remove();
                return entry.getValue() instanceof String id ? id : null;
            }
        }
        return null;
    }
}
