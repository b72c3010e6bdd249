package io.ctibridge.emulator.write;

import io.ctibridge.emulator.RecordStore;
import io.ctibridge.emulator.error.SalesforceException;
import io.ctibridge.emulator.schema.FieldDef;
import io.ctibridge.emulator.schema.FieldValues;
import io.ctibridge.emulator.schema.ObjectSchema;
import io.ctibridge.emulator.schema.SalesforceIds;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * API writes: sObject create and update, one record or a batch. Problems with the request itself (unknown
 * object or field, a value of the wrong JSON type) throw a {@link SalesforceException}, as Salesforce rejects
 * the whole request while reading it; rule violations become per-record {@link SaveResult} errors.
 */
public final class RecordWriter {
    private static final RecordError ROLLED_BACK = new RecordError(
            "ALL_OR_NONE_OPERATION_ROLLED_BACK",
            "Record rolled back because not all records were valid and the request was using AllOrNone header",
            List.of());

    private final RecordStore store;
    private final RecordValidator validator;
    private final RecordFaultInjector faults;
    private final ActivityRollup activityRollup;

    public RecordWriter(RecordStore store, RecordFaultInjector faults, Clock clock) {
        this.store = store;
        this.validator = new RecordValidator(store);
        this.faults = faults;
        this.activityRollup = new ActivityRollup(store, clock);
    }

    /** Checks a create of {@code sobject} with the JSON fields received (an {@code attributes} key is ignored). */
    public PreparedWrite prepareCreate(String sobject, Map<String, Object> json) {
        ObjectSchema object = objectNamed(sobject);
        Map<String, Object> changes = canonical(object, json);
        Optional<RecordError> error =
                validator.check(object, true, changes, changes).or(() -> faults.failureFor(asSent(object, changes)));
        return error.<PreparedWrite>map(e -> new PreparedWrite.Invalid(null, List.of(e)))
                .orElseGet(() -> new PreparedWrite.Valid(object, null, changes));
    }

    /**
     * Checks an update of record {@code id}; {@code sobject} is the type the client declared (may be null when
     * the URL names the record).
     */
    public PreparedWrite prepareUpdate(String sobject, String id, Map<String, Object> json) {
        if (id == null || id.isBlank()) {
            return invalid(null, "MISSING_ARGUMENT", "Id not specified in an update call", List.of());
        }
        Optional<ObjectSchema> idObject = store.schema().objectForId(id);
        ObjectSchema object = sobject != null
                ? objectNamed(sobject)
                : idObject.orElseThrow(() -> SalesforceException.badRequest("MALFORMED_ID", "malformed id " + id));
        Map<String, Object> changes = canonical(object, json);
        changes.remove("Id");
        if (!SalesforceIds.isWellFormed(id) || idObject.filter(o -> o == object).isEmpty()) {
            return invalid(id, "MALFORMED_ID", object.name() + " ID: id value of incorrect type: " + id, List.of("Id"));
        }
        Optional<Map<String, Object>> existing = store.get(id);
        if (existing.isEmpty()) {
            return invalid(id, "INVALID_CROSS_REFERENCE_KEY", "invalid cross reference id", List.of("Id"));
        }
        Map<String, Object> merged = new LinkedHashMap<>(existing.get());
        merged.putAll(changes);
        Map<String, Object> sent = asSent(object, changes);
        sent.put("Id", id);
        Optional<RecordError> error =
                validator.check(object, false, changes, merged).or(() -> faults.failureFor(sent));
        return error.<PreparedWrite>map(e -> new PreparedWrite.Invalid(id, List.of(e)))
                .orElseGet(() -> new PreparedWrite.Valid(object, id, changes));
    }

    /**
     * Saves the valid records. With {@code allOrNone}, one invalid record means nothing is saved and the valid
     * ones report ALL_OR_NONE_OPERATION_ROLLED_BACK.
     */
    public List<SaveResult> saveAll(List<PreparedWrite> writes, boolean allOrNone) {
        boolean anyInvalid = writes.stream().anyMatch(w -> w instanceof PreparedWrite.Invalid);
        List<SaveResult> results = new ArrayList<>();
        for (PreparedWrite write : writes) {
            results.add(
                    switch (write) {
                        case PreparedWrite.Invalid invalid -> SaveResult.failed(invalid.id(), invalid.errors());
                        case PreparedWrite.Valid valid
                        when allOrNone && anyInvalid -> SaveResult.failed(valid.id(), List.of(ROLLED_BACK));
                        case PreparedWrite.Valid valid -> save(valid);
                    });
        }
        return results;
    }

    public SaveResult save(PreparedWrite write) {
        return saveAll(List.of(write), false).getFirst();
    }

    private SaveResult save(PreparedWrite.Valid valid) {
        String id;
        if (valid.isCreate()) {
            id = store.insert(valid.object().name(), valid.fields());
        } else {
            store.update(valid.id(), valid.fields());
            id = SalesforceIds.to18(SalesforceIds.key(valid.id()).orElseThrow());
        }
        if (valid.object().name().equals("Task")) {
            store.get(id).ifPresent(activityRollup::taskSaved);
        }
        return SaveResult.saved(id);
    }

    private ObjectSchema objectNamed(String sobject) {
        return store.schema()
                .object(sobject)
                .orElseThrow(() -> SalesforceException.badRequest(
                        "INVALID_TYPE", "sObject type '" + sobject + "' is not supported."));
    }

    private static Map<String, Object> canonical(ObjectSchema object, Map<String, Object> json) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<String, Object> entry : json.entrySet()) {
            if (entry.getKey().equals("attributes")) {
                continue;
            }
            FieldDef field = object.field(entry.getKey())
                    .orElseThrow(() -> SalesforceException.badRequest(
                            "INVALID_FIELD",
                            "No such column '" + entry.getKey() + "' on sobject of type " + object.name()));
            try {
                out.put(field.name(), FieldValues.normalize(field, entry.getValue()));
            } catch (IllegalArgumentException | ArithmeticException e) {
                throw SalesforceException.badRequest("JSON_PARSER_ERROR", e.getMessage());
            }
        }
        return out;
    }

    private static Map<String, Object> asSent(ObjectSchema object, Map<String, Object> changes) {
        Map<String, Object> sent = new LinkedHashMap<>();
        sent.put("attributes", Map.of("type", object.name()));
        sent.putAll(changes);
        return sent;
    }

    private static PreparedWrite invalid(String id, String statusCode, String message, List<String> fields) {
        return new PreparedWrite.Invalid(id, List.of(new RecordError(statusCode, message, fields)));
    }
}
