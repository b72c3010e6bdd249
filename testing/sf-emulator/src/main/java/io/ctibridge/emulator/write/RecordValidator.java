package io.ctibridge.emulator.write;

import io.ctibridge.emulator.RecordStore;
import io.ctibridge.emulator.schema.FieldDef;
import io.ctibridge.emulator.schema.FieldType;
import io.ctibridge.emulator.schema.ObjectSchema;
import io.ctibridge.emulator.schema.SalesforceIds;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Salesforce's per-record save rules, answered with the first failing one as Salesforce does: field
 * createability/updateability, required fields, text length, restricted picklists, reference targets, then
 * object-specific rules.
 */
final class RecordValidator {
    private static final int MAX_VALUE_IN_MESSAGE = 20;

    private final RecordStore store;
    private final TaskRules taskRules;

    RecordValidator(RecordStore store) {
        this.store = store;
        this.taskRules = new TaskRules(store.schema());
    }

    /**
     * @param changes canonical field values being written
     * @param merged  the record as it would be after the write (equal to changes for a create)
     */
    Optional<RecordError> check(
            ObjectSchema object, boolean create, Map<String, Object> changes, Map<String, Object> merged) {
        return writable(object, create, changes)
                .or(() -> required(object, create, changes))
                .or(() -> firstFieldError(object, changes))
                .or(() -> object.name().equals("Task") ? taskRules.check(merged) : Optional.empty());
    }

    private static Optional<RecordError> writable(ObjectSchema object, boolean create, Map<String, Object> changes) {
        if (create && changes.containsKey("Id")) {
            return Optional.of(new RecordError(
                    "INVALID_FIELD_FOR_INSERT_UPDATE",
                    "Record ID: cannot specify Id in an insert call",
                    List.of("Id")));
        }
        List<String> readOnly = new ArrayList<>();
        for (String name : changes.keySet()) {
            FieldDef field = object.field(name).orElseThrow();
            if (!name.equals("Id") && !(create ? field.createable() : field.updateable())) {
                readOnly.add(field.name());
            }
        }
        if (readOnly.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new RecordError(
                "INVALID_FIELD_FOR_INSERT_UPDATE",
                "Unable to create/update fields: "
                        + String.join(", ", readOnly)
                        + ". Please check the security settings of this field and verify that"
                        + " it is read/write for your profile or permission set.",
                readOnly));
    }

    private static Optional<RecordError> required(ObjectSchema object, boolean create, Map<String, Object> changes) {
        List<String> missing = new ArrayList<>();
        for (FieldDef field : object.fields()) {
            if (!field.requiredOnCreate()) {
                continue;
            }
            boolean absentOnCreate = create && changes.get(field.name()) == null;
            boolean clearedOnUpdate = !create && changes.containsKey(field.name()) && changes.get(field.name()) == null;
            if (absentOnCreate || clearedOnUpdate) {
                missing.add(field.name());
            }
        }
        if (missing.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new RecordError(
                "REQUIRED_FIELD_MISSING",
                "Required fields are missing: [" + String.join(", ", missing) + "]",
                missing));
    }

    private Optional<RecordError> firstFieldError(ObjectSchema object, Map<String, Object> changes) {
        for (Map.Entry<String, Object> change : changes.entrySet()) {
            FieldDef field = object.field(change.getKey()).orElseThrow();
            Optional<RecordError> error = fieldError(field, change.getValue());
            if (error.isPresent()) {
                return error;
            }
        }
        return Optional.empty();
    }

    private Optional<RecordError> fieldError(FieldDef field, Object value) {
        if (value == null) {
            return Optional.empty();
        }
        String text = value.toString();
        if (field.length() > 0 && field.type().isText() && text.length() > field.length()) {
            return Optional.of(new RecordError(
                    "STRING_TOO_LONG",
                    field.label() + ": data value too large: " + abbreviate(text) + " (max length=" + field.length()
                            + ")",
                    List.of(field.name())));
        }
        boolean restricted = field.type() == FieldType.PICKLIST && field.restrictedPicklist();
        if (restricted && !field.picklistValues().contains(text)) {
            return Optional.of(new RecordError(
                    "INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST",
                    field.label() + ": bad value for restricted picklist field: " + abbreviate(text),
                    List.of(field.name())));
        }
        if (field.type() == FieldType.REFERENCE) {
            return referenceError(field, text);
        }
        return Optional.empty();
    }

    private Optional<RecordError> referenceError(FieldDef field, String id) {
        List<String> fields = List.of(field.name());
        if (!SalesforceIds.isWellFormed(id)) {
            return Optional.of(new RecordError(
                    "MALFORMED_ID", field.label() + ": id value of incorrect type: " + abbreviate(id), fields));
        }
        Optional<ObjectSchema> target = store.schema().objectForId(id);
        boolean allowed =
                target.map(o -> field.referenceTo().contains(o.name())).orElse(false);
        if (!allowed) {
            return Optional.of(new RecordError(
                    "FIELD_INTEGRITY_EXCEPTION", field.label() + ": id value of incorrect type: " + id, fields));
        }
        if (store.get(id).isEmpty()) {
            return Optional.of(new RecordError("INVALID_CROSS_REFERENCE_KEY", "invalid cross reference id", fields));
        }
        return Optional.empty();
    }

    private static String abbreviate(String value) {
        return value.length() <= MAX_VALUE_IN_MESSAGE ? value : value.substring(0, MAX_VALUE_IN_MESSAGE) + "...";
    }
}
