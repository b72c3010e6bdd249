package io.ctibridge.emulator.http;

import io.ctibridge.emulator.RecordStore;
import io.ctibridge.emulator.error.SalesforceException;
import io.ctibridge.emulator.schema.FieldAccess;
import io.ctibridge.emulator.schema.FieldDef;
import io.ctibridge.emulator.schema.ObjectSchema;
import io.ctibridge.emulator.soql.FieldReader;
import io.ctibridge.emulator.soql.RecordProjector;
import io.ctibridge.emulator.write.RecordWriter;
import io.ctibridge.emulator.write.SaveResult;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /sobjects}: describeGlobal, {@code POST /sobjects/Type/} (create), {@code GET /sobjects/Type/describe},
 * {@code GET|PATCH|DELETE /sobjects/Type/id} (retrieve, update, delete).
 */
final class SObjectResource {
    private final RecordStore store;
    private final RecordWriter writer;
    private final JsonBodies bodies;
    private final DescribeJson describe;

    SObjectResource(RecordStore store, RecordWriter writer, JsonBodies bodies, FieldAccess.Overrides access) {
        this.describe = new DescribeJson(access);
        this.store = store;
        this.writer = writer;
        this.bodies = bodies;
    }

    ApiResponse handle(ApiRequest request) {
        List<String> segments = request.segments();
        if (segments.size() == 1) {
            return describeGlobal(request);
        }
        ObjectSchema object = store.schema().object(segments.get(1)).orElseThrow(SalesforceException::notFound);
        if (segments.size() == 2) {
            if (!request.method().equals("POST")) {
                throw Routes.methodNotAllowed(request, "POST");
            }
            return create(request, object);
        }
        if (segments.size() == 3 && segments.get(2).equals("describe")) {
            return ApiResponse.ok(describe.object(object));
        }
        if (segments.size() == 3) {
            return switch (request.method()) {
                case "GET" -> retrieve(request, object, segments.get(2));
                case "PATCH" -> update(request, object, segments.get(2));
                case "DELETE" -> delete(object, segments.get(2));
                default -> throw Routes.methodNotAllowed(request, "GET, PATCH, DELETE");
            };
        }
        throw SalesforceException.notFound();
    }

    private ApiResponse create(ApiRequest request, ObjectSchema object) {
        SaveResult result =
                writer.save(writer.prepareCreate(object.name(), bodies.fields(bodies.object(request.body()))));
        if (!result.success()) {
            throw SaveResults.asException(result);
        }
        return ApiResponse.created(
                SaveResults.json(result),
                "/services/data/" + request.version() + "/sobjects/" + object.name() + "/" + result.id());
    }

    private ApiResponse update(ApiRequest request, ObjectSchema object, String id) {
        SaveResult result =
                writer.save(writer.prepareUpdate(object.name(), id, bodies.fields(bodies.object(request.body()))));
        if (!result.success()) {
            throw SaveResults.asException(result);
        }
        return ApiResponse.noContent();
    }

    /** 204 as Salesforce answers; a record of another object, or none, is 404 NOT_FOUND. */
    private ApiResponse delete(ObjectSchema object, String id) {
        boolean ofThisObject = store.get(id).isPresent()
                && store.schema().objectForId(id).filter(o -> o == object).isPresent();
        if (!ofThisObject || !store.delete(id)) {
            throw SalesforceException.notFound();
        }
        return ApiResponse.noContent();
    }

    private ApiResponse retrieve(ApiRequest request, ObjectSchema object, String id) {
        Map<String, Object> record = store.get(id)
                .filter(r ->
                        store.schema().objectForId(id).filter(o -> o == object).isPresent())
                .orElseThrow(SalesforceException::notFound);
        List<String> wanted = request.param("fields")
                .map(f -> Arrays.stream(f.split(","))
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .toList())
                .orElse(object.fields().stream().map(FieldDef::name).toList());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put(
                "attributes",
                new RecordProjector(new FieldReader(store), request.version()).attributes(object, record));
        for (String name : wanted) {
            FieldDef field = object.field(name)
                    .orElseThrow(() -> SalesforceException.badRequest(
                            "INVALID_FIELD", "No such column '" + name + "' on sobject of type " + object.name()));
            body.put(field.name(), record.get(field.name()));
        }
        return ApiResponse.ok(body);
    }

    private ApiResponse describeGlobal(ApiRequest request) {
        if (!request.method().equals("GET")) {
            throw Routes.methodNotAllowed(request, "GET");
        }
        return ApiResponse.ok(describe.global(store.schema().objects()));
    }
}
